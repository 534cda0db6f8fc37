package com.hoopai.invoices.spring.webhooks;

import com.hoopai.invoices.client.webhooks.WebhookEvent;
import com.hoopai.invoices.client.webhooks.WebhookTestSigner;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;

/** Applications with the starter on an embedded Tomcat (random port), and a client that posts to them. */
final class WebhookApplications {

  private static final OkHttpClient HTTP = new OkHttpClient();

  private WebhookApplications() {
  }

  /** What the application's listeners received. */
  static final class Received {
    final List<WebhookEvent> events = new CopyOnWriteArrayList<>();
    volatile RuntimeException failWith;

    @EventListener
    public void on(WebhookEvent event) {
      events.add(event);
      if (failWith != null) {
        throw failWith;
      }
    }
  }

  @SpringBootConfiguration
  @EnableAutoConfiguration
  static class Application {

    @Bean
    Received received() {
      return new Received();
    }

    @Bean
    MeterRegistry meterRegistry() {
      return new SimpleMeterRegistry();
    }
  }

  /** The properties every test application has, and the signer's keys as the webhook keys. */
  static Map<String, Object> properties(WebhookTestSigner signer, String... more) {
    Map<String, Object> properties = new HashMap<>();
    properties.put("server.port", "0");
    properties.put("spring.main.banner-mode", "off");
    properties.put("spring.main.log-startup-info", "false");
    properties.put("logging.level.root", "warn");
    properties.put("hoopai.invoices.access-token", "unused-token");
    properties.put("hoopai.invoices.base-url", "http://127.0.0.1:9");
    properties.put("hoopai.invoices.webhooks.enabled", "true");
    properties.put("hoopai.invoices.webhooks.ed25519-keys[0]", signer.ed25519PublicKey());
    properties.put("hoopai.invoices.webhooks.rsa-keys[0]", signer.rsaPublicKeyPem());
    for (String property : more) {
      int equals = property.indexOf('=');
      properties.put(property.substring(0, equals), property.substring(equals + 1));
    }
    return properties;
  }

  static ConfigurableApplicationContext start(Map<String, Object> properties) {
    return new SpringApplicationBuilder(Application.class).web(WebApplicationType.SERVLET).properties(properties).run();
  }

  static String url(ConfigurableApplicationContext context, String path) {
    return "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port") + path;
  }

  /** Status and body of a POST. */
  record Answer(int status, String body) {
  }

  static Answer post(String url, byte[] body, Map<String, String> headers) throws IOException {
    Request.Builder request = new Request.Builder().url(url).post(RequestBody.create(body, MediaType.get("application/json")));
    headers.forEach(request::header);
    try (Response response = HTTP.newCall(request.build()).execute()) {
      return new Answer(response.code(), response.body().string());
    }
  }
}
