package com.hoopai.invoices.spring.autoconfigure;

import com.hoopai.invoices.api.InvoicesApi;
import com.hoopai.invoices.client.oauth.JdbcTokenStore;
import com.hoopai.invoices.model.Invoice;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.aot.hint.BindingReflectionHintsRegistrar;
import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.SimpleMetadataReaderFactory;
import org.springframework.util.ClassUtils;

/**
 * What a native image (or the JVM in AOT mode) needs to know about the client ahead of time:
 * <ul>
 *   <li>every generated model, found on the class path (its package, nested types included), bound for Jackson:
 *       constructors, getters, setters, fields and the types they reach;
 *   <li>every generated API interface: a JDK proxy of it (the client's, and the starter's lazy one), and its
 *       methods, whose annotations the client reads to build requests and whose default methods (auto-paging)
 *       it invokes;
 *   <li>the resources the client reads: the JDBC token store's schema.
 * </ul>
 * Found, not listed: a model or an operation added to the spec is covered at the next build.
 *
 * <pre>{@code
 * @ImportRuntimeHints(HoopAiInvoicesRuntimeHints.class)
 * }</pre>
 */
class HoopAiInvoicesRuntimeHints implements RuntimeHintsRegistrar {

  /** The generated models' package. */
  static final String MODEL_PACKAGE = Invoice.class.getPackageName();
  /** The generated API interfaces' package. */
  static final String API_PACKAGE = InvoicesApi.class.getPackageName();

  @Override
  public void registerHints(RuntimeHints hints, ClassLoader classLoader) {
    ClassLoader loader = classLoader == null ? getClass().getClassLoader() : classLoader;
    BindingReflectionHintsRegistrar binding = new BindingReflectionHintsRegistrar();
    for (Class<?> model : classesIn(MODEL_PACKAGE, loader)) {
      binding.registerReflectionHints(hints.reflection(), model);
    }
    for (Class<?> api : classesIn(API_PACKAGE, loader)) {
      if (api.isInterface()) {
        hints.proxies().registerJdkProxy(api);
        hints.reflection().registerType(api, MemberCategory.INVOKE_PUBLIC_METHODS);
      }
    }
    hints.resources().registerPattern(JdbcTokenStore.SCHEMA_RESOURCE.substring(1));
  }

  /** Every class of a package (nested ones too), from every class-path entry that has it. */
  static List<Class<?>> classesIn(String packageName, ClassLoader loader) {
    PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(loader);
    SimpleMetadataReaderFactory readers = new SimpleMetadataReaderFactory(loader);
    List<Class<?>> classes = new ArrayList<>();
    try {
      for (Resource resource : resolver.getResources(
          "classpath*:" + ClassUtils.convertClassNameToResourcePath(packageName) + "/*.class")) {
        MetadataReader reader = readers.getMetadataReader(resource);
        String name = reader.getClassMetadata().getClassName();
        if (!name.endsWith("package-info")) {
          classes.add(ClassUtils.resolveClassName(name, loader));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not list the classes of " + packageName, e);
    }
    return classes;
  }
}
