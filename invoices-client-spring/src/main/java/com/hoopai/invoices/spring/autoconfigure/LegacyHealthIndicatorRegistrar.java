package com.hoopai.invoices.spring.autoconfigure;

import com.hoopai.invoices.client.AccessTokenProvider;
import com.hoopai.invoices.client.InvoicesClient;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Map;
import org.springframework.beans.factory.BeanClassLoaderAware;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.util.ClassUtils;

/**
 * Registers the client's health indicator on Spring Boot 3.5, whose {@code org.springframework.boot.actuate.health}
 * API no longer exists in Boot 4, which this starter is compiled against. The indicator is therefore made by
 * name: a proxy of Boot 3.5's {@code HealthIndicator} whose {@code Health} is built through its public
 * {@code Health.Builder}. The bean definition declares the interface as its type, so the health endpoint finds
 * it without creating it early. The logic is {@link HoopAiInvoicesHealth}'s, shared with Boot 4.
 */
final class LegacyHealthIndicatorRegistrar implements ImportBeanDefinitionRegistrar, BeanClassLoaderAware {

  static final String INDICATOR = "org.springframework.boot.actuate.health.HealthIndicator";
  private static final String BUILDER = "org.springframework.boot.actuate.health.Health$Builder";

  private ClassLoader classLoader;

  @Override
  public void setBeanClassLoader(ClassLoader classLoader) {
    this.classLoader = classLoader;
  }

  @Override
  public void registerBeanDefinitions(AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
    if (registry.containsBeanDefinition(HoopAiInvoicesHealth.BEAN_NAME) || !(registry instanceof BeanFactory beans)) {
      return;
    }
    Class<?> indicator = ClassUtils.resolveClassName(INDICATOR, classLoader);
    ObjectProvider<InvoicesClient> client = beans.getBeanProvider(InvoicesClient.class);
    ObjectProvider<AccessTokenProvider> tokens = beans.getBeanProvider(AccessTokenProvider.class);
    RootBeanDefinition definition = new RootBeanDefinition();
    definition.setTargetType(indicator);
    definition.setInstanceSupplier(() -> indicator(indicator,
        new HoopAiInvoicesHealth(client::getIfUnique, tokens::getIfUnique)));
    registry.registerBeanDefinition(HoopAiInvoicesHealth.BEAN_NAME, definition);
  }

  private Object indicator(Class<?> indicator, HoopAiInvoicesHealth health) {
    Class<?> builderType = ClassUtils.resolveClassName(BUILDER, classLoader);
    return Proxy.newProxyInstance(classLoader, new Class<?>[] {indicator}, (proxy, method, args) -> {
      switch (method.getName()) {
        case "health":
          return build(builderType, health.report(), true);
        case "getHealth":   // getHealth(boolean includeDetails), a default method of the interface
          return build(builderType, health.report(), (Boolean) args[0]);
        case "toString":
          return "HoopAiInvoicesHealthIndicator";
        case "hashCode":
          return System.identityHashCode(proxy);
        case "equals":
          return proxy == args[0];
        default:
          throw new UnsupportedOperationException(method.toString());
      }
    });
  }

  private static Object build(Class<?> builderType, HoopAiInvoicesHealth.Report report, boolean details)
      throws ReflectiveOperationException {
    try {
      Object builder = builderType.getConstructor().newInstance();
      call(builderType, "status", String.class).invoke(builder, report.status());
      if (details) {
        call(builderType, "withDetails", Map.class).invoke(builder, report.details());
      }
      return call(builderType, "build").invoke(builder);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw e;
    }
  }

  private static Method call(Class<?> type, String name, Class<?>... parameters) throws NoSuchMethodException {
    return type.getMethod(name, parameters);
  }
}
