package com.hoopai.invoices.spring.autoconfigure;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.function.Supplier;

/**
 * An API bean that asks the client for its proxy at the first call, not when the context starts: the client's
 * proxy reads every method of its interface and brings up the HTTP stack, which an application that never
 * calls the API, or calls it later, should not wait for at startup.
 *
 * <pre>{@code
 * InvoicesApi invoices = LazyApi.of(InvoicesApi.class, () -> client.getObject().invoices());
 * }</pre>
 */
final class LazyApi<T> implements InvocationHandler {

  private final Class<T> api;
  private final Supplier<T> target;
  private volatile T delegate;

  private LazyApi(Class<T> api, Supplier<T> target) {
    this.api = api;
    this.target = target;
  }

  /**
   * A proxy of {@code api} whose calls go to what {@code target} gives, asked once, at the first call.
   *
   * @param api the API interface
   * @param target the client's proxy of it
   * @param <T> its type
   * @return the lazy proxy
   */
  static <T> T of(Class<T> api, Supplier<T> target) {
    return api.cast(Proxy.newProxyInstance(api.getClassLoader(), new Class<?>[] {api}, new LazyApi<>(api, target)));
  }

  @Override
  public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
    if (method.getDeclaringClass() == Object.class) {
      return switch (method.getName()) {
        case "equals" -> proxy == args[0];
        case "hashCode" -> System.identityHashCode(proxy);
        default -> delegate == null ? api.getSimpleName() + "(built at its first call)" : delegate.toString();
      };
    }
    try {
      return method.invoke(delegate(), args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  private T delegate() {
    T built = delegate;
    if (built == null) {
      synchronized (this) {
        built = delegate;
        if (built == null) {
          built = target.get();
          delegate = built;
        }
      }
    }
    return built;
  }
}
