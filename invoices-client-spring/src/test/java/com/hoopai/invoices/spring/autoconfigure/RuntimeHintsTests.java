package com.hoopai.invoices.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import com.hoopai.invoices.api.InvoicesApi;
import com.hoopai.invoices.client.oauth.JdbcTokenStore;
import com.hoopai.invoices.model.Invoice;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.TypeHint;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;

/**
 * The runtime hints cover every generated model and API interface: listed here from the client's jar (or
 * classes directory) itself, independently of how the registrar finds them, and checked with Spring's
 * {@link RuntimeHintsPredicates}.
 */
class RuntimeHintsTests {

  private static final RuntimeHints HINTS = new RuntimeHints();
  private static List<Class<?>> models;
  private static List<Class<?>> apis;

  @BeforeAll
  static void register() throws Exception {
    new HoopAiInvoicesRuntimeHints().registerHints(HINTS, RuntimeHintsTests.class.getClassLoader());
    models = classesBeside(Invoice.class);
    apis = classesBeside(InvoicesApi.class).stream().filter(Class::isInterface).toList();
  }

  @Test
  void everyGeneratedModelIsBoundForJackson() {
    assertThat(models).hasSizeGreaterThan(90);   // the spec's schemas, with their nested enums
    for (Class<?> model : models) {
      assertThat(RuntimeHintsPredicates.reflection().onType(model)).as(model.getName()).accepts(HINTS);
      TypeHint hint = HINTS.reflection().getTypeHint(model);
      for (Method method : model.getDeclaredMethods()) {
        boolean accessor = Modifier.isPublic(method.getModifiers()) && !method.isSynthetic()
            && (method.getName().startsWith("get") || method.getName().startsWith("set"))
            && !Modifier.isStatic(method.getModifiers());
        if (accessor) {
          assertThat(hint.methods()).as(model.getSimpleName() + "." + method.getName())
              .anyMatch(m -> m.getName().equals(method.getName()));
        }
      }
    }
  }

  @Test
  void everyApiInterfaceCanBeProxiedAndItsMethodsInvoked() {
    assertThat(apis).contains(InvoicesApi.class).hasSizeGreaterThanOrEqualTo(5);   // the location views are classes
    for (Class<?> api : apis) {
      assertThat(RuntimeHintsPredicates.proxies().forInterfaces(api)).as(api.getName()).accepts(HINTS);
      assertThat(RuntimeHintsPredicates.reflection().onType(api)).as(api.getName()).accepts(HINTS);
    }
  }

  @Test
  void theResourcesTheClientReadsAreIncluded() {
    assertThat(RuntimeHintsPredicates.resource().forResource(JdbcTokenStore.SCHEMA_RESOURCE.substring(1)))
        .accepts(HINTS);
  }

  @Test
  void theAutoConfigurationImportsTheHints() {
    assertThat(HoopAiInvoicesAutoConfiguration.class
        .getAnnotation(org.springframework.context.annotation.ImportRuntimeHints.class).value())
        .contains(HoopAiInvoicesRuntimeHints.class);
  }

  /** Every class in the package of {@code type}, read from the jar or directory it was loaded from. */
  private static List<Class<?>> classesBeside(Class<?> type) throws IOException, URISyntaxException,
      ClassNotFoundException {
    Path location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    String directory = type.getPackageName().replace('.', '/') + "/";
    List<String> entries = new ArrayList<>();
    if (Files.isDirectory(location)) {
      try (Stream<Path> files = Files.list(location.resolve(directory))) {
        files.map(file -> directory + file.getFileName()).forEach(entries::add);
      }
    } else {
      try (JarFile jar = new JarFile(location.toFile())) {
        jar.stream().map(entry -> entry.getName())
            .filter(name -> name.startsWith(directory) && name.indexOf('/', directory.length()) < 0)
            .forEach(entries::add);
      }
    }
    List<Class<?>> classes = new ArrayList<>();
    for (String entry : entries) {
      if (entry.endsWith(".class") && !entry.endsWith("package-info.class")) {
        String name = entry.substring(0, entry.length() - ".class".length()).replace('/', '.');
        classes.add(Class.forName(name, false, RuntimeHintsTests.class.getClassLoader()));
      }
    }
    return classes;
  }
}
