package com.hoopai.invoices.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.hoopai.invoices.client.errors.NotFoundException;
import com.hoopai.invoices.client.support.HoopAiMock;
import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The client on a class path with one Jackson only, as an application has it: the SDK's classes loaded in a
 * class loader of their own from this test's class path minus one library's jars, calling a server on
 * loopback. On Jackson 3 alone (a Spring Boot 4 application that excludes Jackson 2) and on Jackson 2 alone,
 * calls read, write and fail the same; asking for the missing one fails the client's build, naming it.
 */
class JsonClassPathTest {

  private static final List<String> JACKSON_2 = List.of("/com/fasterxml/jackson/core/jackson-databind/",
      "/com/fasterxml/jackson/core/jackson-core/", "/com/fasterxml/jackson/datatype/");
  private static final List<String> JACKSON_3 = List.of("/tools/jackson/");

  @RegisterExtension
  final HoopAiMock hoopAi = new HoopAiMock();

  @Test
  void callsWorkWithoutJackson2() throws Exception {
    try (Isolated loader = new Isolated(JACKSON_2)) {
      assertThat(loader.getResource("com/fasterxml/jackson/databind/ObjectMapper.class")).isNull();

      makeCalls(loader, "AUTO");

      assertThat(loader.loaded("tools.jackson.databind.ObjectMapper")).isTrue();
      assertThat(failureToBuild(loader, "JACKSON_2")).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("com.fasterxml.jackson.core:jackson-databind");
    }
  }

  @Test
  void callsWorkWithoutJackson3() throws Exception {
    try (Isolated loader = new Isolated(JACKSON_3)) {
      assertThat(loader.getResource("tools/jackson/databind/ObjectMapper.class")).isNull();

      makeCalls(loader, "AUTO");

      assertThat(loader.loaded("com.fasterxml.jackson.databind.ObjectMapper")).isTrue();
      assertThat(failureToBuild(loader, "JACKSON_3")).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("tools.jackson.core:jackson-databind");
    }
  }

  @Test
  void withBothTheDefaultIsJackson3AndJackson2IsNeverLoaded() throws Exception {
    try (Isolated loader = new Isolated(List.of())) {
      makeCalls(loader, "AUTO");

      assertThat(loader.loaded("tools.jackson.databind.ObjectMapper")).isTrue();
      assertThat(loader.loaded("com.fasterxml.jackson.databind.ObjectMapper")).isFalse();
    }
  }

  @Test
  void withNeitherTheBuildFailsNamingBoth() throws Exception {
    List<String> neither = new java.util.ArrayList<>(JACKSON_2);
    neither.addAll(JACKSON_3);
    try (Isolated loader = new Isolated(neither)) {
      assertThat(failureToBuild(loader, "AUTO")).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("tools.jackson.core:jackson-databind (3.1 or later) or "
              + "com.fasterxml.jackson.core:jackson-databind (2.x)");
    }
  }

  /** A read, a write through a location view and an error answer, on a client built in {@code loader}. */
  private void makeCalls(Isolated loader, String library) throws Exception {
    hoopAi.enqueueJson(200, "{\"_id\":\"inv1\",\"invoiceNumber\":19,\"status\":\"refunded\",\"total\":\"12.50\","
        + "\"createdAt\":\"2026-03-01T09:27:42.355Z\",\"newField\":[1]}");
    hoopAi.enqueueJson(200, "{\"_id\":\"inv2\"}");
    hoopAi.enqueueJson(404, "{\"statusCode\":404,\"message\":[\"Invoice not found\"],\"error\":\"Not Found\"}");

    Object client = build(loader, library);
    Class<?> clients = client.getClass();
    try {
      Object location = clients.getMethod("forLocation", String.class).invoke(client, "loc_1");
      Object invoices = location.getClass().getMethod("invoices").invoke(location);

      Object invoice = invoices.getClass().getMethod("getInvoice", String.class).invoke(invoices, "inv1");
      assertThat(invoice.getClass().getMethod("getInvoiceNumber").invoke(invoice)).isEqualTo("19");
      assertThat(invoice.getClass().getMethod("getStatus").invoke(invoice)).hasToString("unknown");
      assertThat(invoice.getClass().getMethod("getTotal").invoke(invoice)).hasToString("12.50");
      assertThat(invoice.getClass().getMethod("getCreatedAt").invoke(invoice)).hasToString("2026-03-01T09:27:42.355Z");

      Class<?> payments = loader.loadClass("com.hoopai.invoices.model.RecordPaymentRequest");
      Class<?> modes = loader.loadClass("com.hoopai.invoices.model.RecordPaymentMode");
      Object payment = payments.getConstructor().newInstance();
      payments.getMethod("mode", modes).invoke(payment, modes.getField("CASH").get(null));
      payments.getMethod("notes", String.class).invoke(payment, "cash at the counter");
      Method record = invoices.getClass().getMethod("recordInvoicePayment", String.class, payments);
      record.invoke(invoices, "inv2", payment);

      Throwable notFound = catchThrowable(() -> invoices.getClass().getMethod("getInvoice", String.class)
          .invoke(invoices, "inv3"));
      assertThat(notFound).isInstanceOf(InvocationTargetException.class);
      assertThat(notFound.getCause().getClass().getSimpleName()).isEqualTo("NotFoundException");
      assertThat(notFound.getCause().getMessage()).contains("Invoice not found");
    } finally {
      clients.getMethod("close").invoke(client);
    }

    hoopAi.server().takeRequest(5, TimeUnit.SECONDS);
    RecordedRequest write = hoopAi.server().takeRequest(5, TimeUnit.SECONDS);
    assertThat(write.getBody().utf8()).isEqualTo(
        "{\"altId\":\"loc_1\",\"altType\":\"location\",\"mode\":\"cash\",\"notes\":\"cash at the counter\"}");
  }

  private Object build(Isolated loader, String library) throws Exception {
    Class<?> clients = loader.loadClass(InvoicesClient.class.getName());
    Object builder = clients.getMethod("builder").invoke(null);
    Class<?> builders = builder.getClass();
    builders.getMethod("accessToken", String.class).invoke(builder, "pit-token");
    builders.getMethod("baseUrl", String.class).invoke(builder, hoopAi.server().url("/").toString());
    builders.getMethod("paceRateLimits", boolean.class).invoke(builder, false);
    Class<?> libraries = loader.loadClass(JsonLibrary.class.getName());
    builders.getMethod("jsonLibrary", libraries).invoke(builder, libraries.getField(library).get(null));
    return builders.getMethod("build").invoke(builder);
  }

  private Throwable failureToBuild(Isolated loader, String library) {
    Throwable thrown = catchThrowable(() -> build(loader, library));
    assertThat(thrown).as("the build fails").isInstanceOf(InvocationTargetException.class);
    return thrown.getCause();
  }


  /** Loads every class of the test class path but the given jars itself (child first), the JDK's from the platform. */
  private static final class Isolated extends URLClassLoader {

    Isolated(List<String> without) {
      super(classPath(without), ClassLoader.getPlatformClassLoader());
    }

    boolean loaded(String name) {
      return findLoadedClass(name) != null;
    }

    private static URL[] classPath(List<String> without) {
      return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
          .filter(path -> without.stream().noneMatch(path.replace(File.separatorChar, '/')::contains))
          .map(path -> {
            try {
              return new File(path).toURI().toURL();
            } catch (MalformedURLException e) {
              throw new IllegalStateException(e);
            }
          }).toArray(URL[]::new);
    }
  }
}
