package com.hoopai.invoices.client.internal;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A value built on first use, once, whichever thread asks first; later readers see the same instance. The
 * client builds its HTTP stack (OkHttp, whose TLS set-up reads the JDK's trust store, and Jackson) this way,
 * so an application that creates a client at startup pays for them at its first call, not while it starts.
 *
 * <pre>{@code
 * Lazy<OkHttpClient> http = Lazy.of(() -> new OkHttpClient.Builder().build());
 * http.get().newCall(request);                                  // built here
 * http.ifBuilt(h -> h.connectionPool().evictAll());             // on close: nothing to do if never built
 * }</pre>
 *
 * @param <T> the value's type
 */
public final class Lazy<T> {

  private final Object lock = new Object();
  private Supplier<? extends T> factory;
  private volatile T value;

  private Lazy(Supplier<? extends T> factory) {
    this.factory = factory;
  }

  /**
   * A value that {@code factory} builds when first asked for.
   *
   * @param factory builds the value; called at most once (again after it threw)
   * @param <T> the value's type
   * @return the lazy value
   */
  public static <T> Lazy<T> of(Supplier<? extends T> factory) {
    return new Lazy<>(Objects.requireNonNull(factory, "factory"));
  }

  /**
   * The value, built now if this is the first call.
   *
   * @return the value, never null
   */
  public T get() {
    T built = value;
    if (built == null) {
      synchronized (lock) {
        built = value;
        if (built == null) {
          built = Objects.requireNonNull(factory.get(), "the lazy value's factory returned null");
          value = built;
          factory = null;   // lets what the factory captured go
        }
      }
    }
    return built;
  }

  /**
   * Runs {@code action} on the value if it was built, without building it.
   *
   * @param action what to do with the value
   */
  public void ifBuilt(Consumer<? super T> action) {
    T built = value;
    if (built != null) {
      action.accept(built);
    }
  }

  @Override
  public String toString() {
    return value == null ? "Lazy{not built}" : "Lazy{built}";
  }
}
