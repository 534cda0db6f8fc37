package com.hoopai.invoices.spring.webhooks;

import com.hoopai.invoices.client.AccessTokenProvider;
import com.hoopai.invoices.client.webhooks.InMemoryWebhookReplayStore;
import com.hoopai.invoices.client.webhooks.JdbcWebhookReplayStore;
import com.hoopai.invoices.client.webhooks.WebhookReplayStore;
import com.hoopai.invoices.client.webhooks.WebhookReplayStoreException;
import com.hoopai.invoices.client.webhooks.WebhookVerifier;
import com.hoopai.invoices.spring.autoconfigure.HoopAiInvoicesConfigurationException;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServlet;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The HoopAI webhook endpoint of a servlet application, when {@code hoopai.invoices.webhooks.enabled=true}:
 * a {@link WebhookVerifier} built from the {@code hoopai.invoices.webhooks.*} properties, a
 * {@link WebhookReplayStore} (in memory, or JDBC on the application's {@link DataSource}), and a servlet at
 * {@code hoopai.invoices.webhooks.path} that verifies each request and publishes its event as a Spring
 * application event. Each bean backs off when the application defines its own.
 *
 * <pre>{@code
 * @EventListener
 * void paid(InvoiceWebhookEvent event) {
 *   if (event.eventType() == InvoiceEventType.INVOICE_PAID) {
 *     ledger.settle(event.invoice().getId());
 *   }
 * }
 * }</pre>
 */
@AutoConfiguration(afterName = {
    "com.hoopai.invoices.spring.autoconfigure.HoopAiInvoicesAutoConfiguration",
    "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
    "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration"})
// Webhook events expose Jackson 2's ObjectNode: the endpoint needs the application's Jackson 2 databind (the
// starter's calls run on Jackson 3 and do not bring it).
@ConditionalOnClass(value = {WebhookVerifier.class, HttpServlet.class}, name = "com.fasterxml.jackson.databind.node.ObjectNode")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBooleanProperty(prefix = "hoopai.invoices.webhooks", name = "enabled")
@EnableConfigurationProperties(HoopAiWebhooksProperties.class)
public final class HoopAiWebhooksAutoConfiguration {

  private static final String PREFIX = "hoopai.invoices.webhooks.";

  /**
   * The verifier, from the properties.
   *
   * @param properties the properties
   * @param replayStore the replay store
   * @return the verifier
   * @throws HoopAiInvoicesConfigurationException naming the property of a bad key or value
   */
  @Bean
  @ConditionalOnMissingBean
  public WebhookVerifier hoopAiWebhookVerifier(HoopAiWebhooksProperties properties, WebhookReplayStore replayStore) {
    WebhookVerifier.Builder builder = WebhookVerifier.builder().replayStore(replayStore)
        .requireReplayFields(properties.isRequireReplayFields());
    builder.ed25519Keys(nonNull(properties.getEd25519Keys())).rsaKeys(nonNull(properties.getRsaKeys()));
    setting("tolerance", () -> builder.tolerance(properties.getTolerance()));
    setting("clock-skew", () -> builder.clockSkew(properties.getClockSkew()));
    setting("max-body-size", () -> builder.maxBodyBytes((int) maxBodyBytes(properties)));
    if (properties.isInsecureSkipSignatureCheck()) {
      builder.insecureSkipSignatureCheck();
    }
    try {
      return builder.build();
    } catch (IllegalArgumentException e) {
      String message = e.getMessage().replace("ed25519Keys", PREFIX + "ed25519-keys")
          .replace("rsaKeys", PREFIX + "rsa-keys");
      String property = message.contains(PREFIX + "ed25519-keys") ? PREFIX + "ed25519-keys" : PREFIX + "rsa-keys";
      throw new HoopAiInvoicesConfigurationException(property, message + ".",
          "Give each key as the base64 X.509 (SubjectPublicKeyInfo) text or PEM block HoopAI publishes: Ed25519 keys in "
              + PREFIX + "ed25519-keys, RSA keys in " + PREFIX + "rsa-keys.", e);
    }
  }

  /**
   * The servlet at the configured path.
   *
   * @param properties the properties
   * @param verifier the verifier
   * @param publisher where events go
   * @param observers the metrics, if any
   * @return the registration
   */
  @Bean
  @ConditionalOnMissingBean(name = "hoopAiWebhookServlet")
  public ServletRegistrationBean<HttpServlet> hoopAiWebhookServlet(HoopAiWebhooksProperties properties,
      WebhookVerifier verifier, ApplicationEventPublisher publisher, ObjectProvider<WebhookObserver> observers) {
    String path = properties.getPath();
    if (path == null || !path.startsWith("/") || path.contains("*") || path.contains("?")) {
      throw new HoopAiInvoicesConfigurationException(PREFIX + "path", "the webhook path is not a plain path.",
          "Set " + PREFIX + "path to a path such as /hoopai/webhooks.");
    }
    HoopAiWebhookServlet servlet = new HoopAiWebhookServlet(verifier, publisher,
        observers.getIfUnique(() -> WebhookObserver.NONE), maxBodyBytes(properties));
    ServletRegistrationBean<HttpServlet> registration = new ServletRegistrationBean<>(servlet, path);
    registration.setName("hoopAiWebhooks");
    registration.setLoadOnStartup(1);
    return registration;
  }

  /**
   * Mints and deletes an agency's location tokens on INSTALL and UNINSTALL.
   *
   * @param tokens the client's token provider, if any
   * @param properties the properties
   * @return the listener
   */
  @Bean
  @ConditionalOnBooleanProperty(prefix = "hoopai.invoices.webhooks", name = "manage-installation-tokens", matchIfMissing = true)
  InstallationTokensListener hoopAiWebhookInstallationTokens(ObjectProvider<AccessTokenProvider> tokens,
      HoopAiWebhooksProperties properties) {
    return new InstallationTokensListener(tokens::getIfUnique, properties);
  }

  private static long maxBodyBytes(HoopAiWebhooksProperties properties) {
    long bytes = properties.getMaxBodySize() == null ? -1 : properties.getMaxBodySize().toBytes();
    if (bytes < 1 || bytes > Integer.MAX_VALUE - 1) {
      throw new HoopAiInvoicesConfigurationException(PREFIX + "max-body-size", "max-body-size must be 1 byte to 2 GB.",
          "Set " + PREFIX + "max-body-size to a size such as 1MB.");
    }
    return bytes;
  }

  private static void setting(String property, Runnable apply) {
    try {
      apply.run();
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new HoopAiInvoicesConfigurationException(PREFIX + property, PREFIX + property + " is invalid: "
          + e.getMessage() + ".", "Correct " + PREFIX + property + ".", e);
    }
  }

  private static List<String> nonNull(List<String> keys) {
    return keys == null ? List.of() : keys.stream().map(key -> key == null ? "" : key).toList();
  }

  /** The in-memory replay store (the default). */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnProperty(prefix = "hoopai.invoices.webhooks.replay-store", name = "type", havingValue = "memory",
      matchIfMissing = true)
  static class MemoryReplayStoreConfiguration {

    @Bean
    @ConditionalOnMissingBean
    WebhookReplayStore hoopAiWebhookReplayStore(HoopAiWebhooksProperties properties) {
      if (properties.getReplayStore().getMaxEntries() < 1) {
        throw new HoopAiInvoicesConfigurationException(PREFIX + "replay-store.max-entries",
            "replay-store.max-entries must be positive.", "Set " + PREFIX + "replay-store.max-entries to 1 or more.");
      }
      return new InMemoryWebhookReplayStore(properties.getReplayStore().getMaxEntries());
    }
  }

  /** The JDBC replay store on the application's DataSource. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(DataSource.class)
  @ConditionalOnProperty(prefix = "hoopai.invoices.webhooks.replay-store", name = "type", havingValue = "jdbc")
  static class JdbcReplayStoreConfiguration {

    @Bean
    @ConditionalOnMissingBean
    WebhookReplayStore hoopAiWebhookReplayStore(HoopAiWebhooksProperties properties,
        ObjectProvider<DataSource> dataSource) {
      DataSource source = dataSource.getIfUnique();
      if (source == null) {
        throw new HoopAiInvoicesConfigurationException(PREFIX + "replay-store.type",
            "replay-store.type is jdbc but the application has no single DataSource.",
            "Configure a DataSource (spring.datasource.*), or set " + PREFIX + "replay-store.type=memory.");
      }
      JdbcWebhookReplayStore store;
      try {
        store = JdbcWebhookReplayStore.builder(source).tableName(properties.getReplayStore().getTableName()).build();
      } catch (IllegalArgumentException e) {
        throw new HoopAiInvoicesConfigurationException(PREFIX + "replay-store.table-name", e.getMessage() + ".",
            "Set " + PREFIX + "replay-store.table-name to a plain or schema-qualified SQL identifier.", e);
      }
      if (properties.getReplayStore().isCreateTable()) {
        try {
          store.createTableIfMissing();
        } catch (WebhookReplayStoreException e) {
          throw new HoopAiInvoicesConfigurationException(PREFIX + "replay-store.create-table", e.getMessage() + ".",
              "Check the DataSource, or create the table from " + JdbcWebhookReplayStore.SCHEMA_RESOURCE
                  + " and set " + PREFIX + "replay-store.create-table=false.", e);
        }
      }
      return store;
    }
  }

  /** Micrometer counters of the endpoint. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(MeterRegistry.class)
  @ConditionalOnSingleCandidate(MeterRegistry.class)
  static class MetricsConfiguration {

    @Bean
    @ConditionalOnMissingBean
    HoopAiWebhookMetrics hoopAiWebhookMetrics(MeterRegistry registry) {
      return new HoopAiWebhookMetrics(registry);
    }
  }
}
