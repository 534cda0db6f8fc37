package com.hoopai.invoices.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.hoopai.invoices.client.errors.HoopAiConnectionException;
import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Building a client costs little: OkHttp's client (its TLS set-up, on OkHttp's Platform, reads the trust
 * store) and Jackson's mapper are built at the first call. Checked in a class loader of its own, which starts with none of the
 * SDK's classes loaded, by the classes it has loaded.
 */
class LazyStartupTest {

  @Test
  void buildingAClientSetsUpNeitherOkHttpNorJackson() throws Exception {
    try (Isolated loader = new Isolated()) {
      Class<?> clients = loader.loadClass(InvoicesClient.class.getName());
      Object builder = clients.getMethod("builder").invoke(null);
      builder.getClass().getMethod("accessToken", String.class).invoke(builder, "pit-token");
      builder.getClass().getMethod("baseUrl", String.class).invoke(builder, "http://127.0.0.1:9");
      Class<?> policies = loader.loadClass(RetryPolicy.class.getName());
      builder.getClass().getMethod("retryPolicy", policies).invoke(builder, policies.getMethod("none").invoke(null));
      Object client = builder.getClass().getMethod("build").invoke(builder);

      assertThat(loader.loaded("okhttp3.internal.platform.Platform")).isFalse();
      assertThat(loader.loaded("tools.jackson.databind.ObjectMapper")).isFalse();
      assertThat(loader.loaded("com.fasterxml.jackson.databind.ObjectMapper")).isFalse();

      Object location = clients.getMethod("forLocation", String.class).invoke(client, "loc_1");
      Object api = location.getClass().getMethod("invoices").invoke(location);
      assertThat(loader.loaded("okhttp3.internal.platform.Platform")).isFalse();

      try {   // the first call builds them (and fails: nothing listens on port 9)
        api.getClass().getMethod("getInvoice", String.class).invoke(api, "inv_1");
      } catch (InvocationTargetException expected) {
        assertThat(expected.getCause().getClass().getSimpleName()).isEqualTo("HoopAiConnectionException");
      }
      assertThat(loader.loaded("okhttp3.internal.platform.Platform")).isTrue();
      // Jackson 3 is on this class path, so the client uses it (JsonLibrary.AUTO) and never loads Jackson 2.
      assertThat(loader.loaded("tools.jackson.databind.ObjectMapper")).isTrue();
      assertThat(loader.loaded("com.fasterxml.jackson.databind.ObjectMapper")).isFalse();
      clients.getMethod("close").invoke(client);
    }
  }

  @Test
  void closingAClientNeverUsedBuildsNothing() throws Exception {
    try (Isolated loader = new Isolated()) {
      Class<?> clients = loader.loadClass(InvoicesClient.class.getName());
      Object builder = clients.getMethod("builder").invoke(null);
      builder.getClass().getMethod("accessToken", String.class).invoke(builder, "pit-token");
      Object client = builder.getClass().getMethod("build").invoke(builder);
      clients.getMethod("close").invoke(client);
      assertThat(loader.loaded("okhttp3.internal.platform.Platform")).isFalse();
    }
  }

  /** Loads every class of the test class path itself (child first), the JDK's from the platform. */
  private static final class Isolated extends URLClassLoader {

    Isolated() {
      super(classPath(), ClassLoader.getPlatformClassLoader());
    }

    boolean loaded(String name) {
      return findLoadedClass(name) != null;
    }

    private static URL[] classPath() {
      return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator)).map(path -> {
        try {
          return new File(path).toURI().toURL();
        } catch (MalformedURLException e) {
          throw new IllegalStateException(e);
        }
      }).toArray(URL[]::new);
    }
  }
}
