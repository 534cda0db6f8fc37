package com.hoopai.invoices.spring.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hoopai.invoices.client.webhooks.InMemoryWebhookReplayStore;
import com.hoopai.invoices.client.webhooks.JdbcWebhookReplayStore;
import com.hoopai.invoices.client.webhooks.WebhookReplayStore;
import com.hoopai.invoices.client.webhooks.WebhookTestSigner;
import com.hoopai.invoices.client.webhooks.WebhookVerifier;
import com.hoopai.invoices.spring.autoconfigure.HoopAiInvoicesConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.ConfigurableApplicationContext;

/** What the properties switch on, what a user's bean replaces, and the startup report on bad settings. */
class HoopAiWebhooksAutoConfigurationTests {

  private static final WebhookTestSigner SIGNER = WebhookTestSigner.create();
  private static final String PAID = "{\"type\":\"InvoicePaid\",\"_id\":\"inv_1\",\"altId\":\"loc_1\",\"status\":\"paid\"}";

  private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(HoopAiWebhooksAutoConfiguration.class));

  @Test
  void nothingIsServedUntilEnabled() {
    runner.run(context -> assertThat(context).doesNotHaveBean(WebhookVerifier.class)
        .doesNotHaveBean("hoopAiWebhookServlet"));
    runner.withPropertyValues("hoopai.invoices.webhooks.enabled=true").run(context -> {
      assertThat(context).hasSingleBean(WebhookVerifier.class).hasBean("hoopAiWebhookServlet");
      assertThat(context.getBean(WebhookReplayStore.class)).isInstanceOf(InMemoryWebhookReplayStore.class);
      assertThat(context.getBean(WebhookVerifier.class).toString()).contains("ed25519Keys=1", "rsaKeys=1");
    });
  }

  @Test
  void notInANonWebApplication() {
    new org.springframework.boot.test.context.runner.ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(HoopAiWebhooksAutoConfiguration.class))
        .withPropertyValues("hoopai.invoices.webhooks.enabled=true")
        .run(context -> assertThat(context).doesNotHaveBean(WebhookVerifier.class));
  }

  @Test
  void enablingItWithoutJackson2WhoseTreesTheEventsCarryStopsTheStartWithAReport() {
    WebApplicationContextRunner withoutJackson2 = new WebApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(HoopAiWebhooksAutoConfiguration.class,
            HoopAiWebhooksJacksonCheck.class))
        .withClassLoader(new org.springframework.boot.test.context.FilteredClassLoader(
            com.fasterxml.jackson.databind.node.ObjectNode.class));

    withoutJackson2.run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(WebhookVerifier.class));
    withoutJackson2.withPropertyValues("hoopai.invoices.webhooks.enabled=true").run(context -> {
      assertThat(configurationFailure(context))
          .isInstanceOfSatisfying(HoopAiInvoicesConfigurationException.class, e -> {
        assertThat(e.property()).isEqualTo("hoopai.invoices.webhooks.enabled");
        assertThat(e.getMessage()).contains("com.fasterxml.jackson.core:jackson-databind");
      });
    });
  }

  @Test
  void theApplicationsOwnBeansWin() {
    WebhookVerifier own = SIGNER.verifierBuilder().build();
    WebhookReplayStore store = new InMemoryWebhookReplayStore(10);
    runner.withPropertyValues("hoopai.invoices.webhooks.enabled=true")
        .withBean(WebhookVerifier.class, () -> own).withBean(WebhookReplayStore.class, () -> store)
        .run(context -> {
          assertThat(context.getBean(WebhookVerifier.class)).isSameAs(own);
          assertThat(context.getBean(WebhookReplayStore.class)).isSameAs(store);
        });
  }

  @Test
  void keysListsAndLimitsComeFromTheProperties() {
    runner.withPropertyValues("hoopai.invoices.webhooks.enabled=true",
        "hoopai.invoices.webhooks.ed25519-keys[0]=" + SIGNER.ed25519PublicKey(),
        "hoopai.invoices.webhooks.ed25519-keys[1]=" + WebhookVerifier.HOOPAI_ED25519_KEY,
        "hoopai.invoices.webhooks.rsa-keys=",
        "hoopai.invoices.webhooks.tolerance=2m", "hoopai.invoices.webhooks.clock-skew=5s",
        "hoopai.invoices.webhooks.max-body-size=64KB", "hoopai.invoices.webhooks.replay-store.max-entries=50")
        .run(context -> {
          assertThat(context.getBean(WebhookVerifier.class).toString()).contains("ed25519Keys=2", "rsaKeys=0",
              "tolerance=PT2M", "clockSkew=PT5S", "maxBodyBytes=65536");
          assertThat(context.getBean(WebhookReplayStore.class).toString()).contains("maxEntries=50");
        });
  }

  @Test
  void aBadKeyStopsTheStartWithAReportNamingTheProperty() {
    runner.withPropertyValues("hoopai.invoices.webhooks.enabled=true",
        "hoopai.invoices.webhooks.ed25519-keys[0]=" + SIGNER.ed25519PublicKey(),
        "hoopai.invoices.webhooks.ed25519-keys[1]=bm90IGEga2V5",
        "hoopai.invoices.webhooks.rsa-keys[0]=" + SIGNER.ed25519PublicKey()).run(context -> {
          assertThat(configurationFailure(context))
          .isInstanceOfSatisfying(HoopAiInvoicesConfigurationException.class, e -> {
            assertThat(e.property()).isEqualTo("hoopai.invoices.webhooks.ed25519-keys");
            assertThat(e.getMessage()).contains("hoopai.invoices.webhooks.ed25519-keys[1] is not an X.509 Ed25519 public key",
                "hoopai.invoices.webhooks.rsa-keys[0] is not an X.509 RSA public key").doesNotContain("bm90IGEga2V5");
            assertThat(e.action()).contains("base64 X.509");
          });
        });
  }

  @Test
  void badValuesAreNamed() {
    runner.withPropertyValues("hoopai.invoices.webhooks.enabled=true", "hoopai.invoices.webhooks.tolerance=0s")
        .run(context -> assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("tolerance must be positive"));
    runner.withPropertyValues("hoopai.invoices.webhooks.enabled=true", "hoopai.invoices.webhooks.path=/hooks/*")
        .run(context -> assertThat(context.getStartupFailure()).rootCause()
            .hasMessageContaining("not a plain path"));
    runner.withPropertyValues("hoopai.invoices.webhooks.enabled=true", "hoopai.invoices.webhooks.replay-store.type=jdbc")
        .run(context -> assertThat(context.getStartupFailure()).rootCause()
            .hasMessageContaining("no single DataSource"));
  }

  @Test
  void switchingSignaturesOffIsLoggedLoudlyAtStart() {
    List<String> warnings = new CopyOnWriteArrayList<>();
    Logger logger = Logger.getLogger("com.hoopai.invoices.webhooks");
    Handler handler = new Handler() {
      @Override
      public void publish(LogRecord record) {
        if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
          warnings.add(record.getMessage());
        }
      }

      @Override
      public void flush() {
      }

      @Override
      public void close() {
      }
    };
    logger.setUseParentHandlers(false);
    logger.addHandler(handler);
    try {
      runner.withPropertyValues("hoopai.invoices.webhooks.enabled=true",
          "hoopai.invoices.webhooks.insecure-skip-signature-check=true").run(context -> {
            assertThat(context.getBean(WebhookVerifier.class).checksSignatures()).isFalse();
          });
    } finally {
      logger.removeHandler(handler);
      logger.setUseParentHandlers(true);
    }
    assertThat(warnings).singleElement().asString().contains("WEBHOOK SIGNATURES ARE NOT CHECKED");
  }

  @Test
  void twoInstancesSharingTheJdbcStoreProcessADeliveryOnce() throws IOException {
    String database = "jdbc:h2:mem:webhooks-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    Map<String, Object> properties = WebhookApplications.properties(SIGNER,
        "hoopai.invoices.webhooks.replay-store.type=jdbc", "hoopai.invoices.webhooks.replay-store.create-table=true",
        "spring.datasource.url=" + database);
    try (ConfigurableApplicationContext first = WebhookApplications.start(properties);
        ConfigurableApplicationContext second = WebhookApplications.start(properties)) {
      assertThat(first.getBean(WebhookReplayStore.class)).isInstanceOf(JdbcWebhookReplayStore.class);
      byte[] body = SIGNER.withReplayFields(PAID);
      Map<String, String> headers = SIGNER.headers(body);

      assertThat(WebhookApplications.post(WebhookApplications.url(first, "/hoopai/webhooks"), body, headers).status())
          .isEqualTo(200);
      assertThat(WebhookApplications.post(WebhookApplications.url(second, "/hoopai/webhooks"), body, headers).status())
          .isEqualTo(200);

      assertThat(first.getBean(WebhookApplications.Received.class).events).hasSize(1);
      assertThat(second.getBean(WebhookApplications.Received.class).events).isEmpty();
    }
  }

  @Test
  void everyPropertyHasMetadataWithADescriptionAndItsDefault() throws IOException {
    JsonNode metadata;
    try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
      metadata = new ObjectMapper().readTree(in);
    }
    Map<String, JsonNode> byName = new java.util.HashMap<>();
    metadata.get("properties").forEach(property -> byName.put(property.get("name").asText(), property));
    List<String> expected = List.of("enabled", "path", "ed25519-keys", "rsa-keys", "tolerance", "clock-skew",
        "max-body-size", "require-replay-fields", "insecure-skip-signature-check", "app-id",
        "manage-installation-tokens", "install-concurrency", "replay-store.type", "replay-store.max-entries",
        "replay-store.table-name", "replay-store.create-table");
    Set<String> missing = new HashSet<>();
    List<String> withoutDefault = new ArrayList<>();
    for (String name : expected) {
      JsonNode property = byName.get("hoopai.invoices.webhooks." + name);
      if (property == null || !property.hasNonNull("description")) {
        missing.add(name);
      } else if (!name.equals("app-id") && !property.has("defaultValue")) {
        withoutDefault.add(name);
      }
    }
    assertThat(missing).isEmpty();
    assertThat(withoutDefault).isEmpty();
    assertThat(byName.keySet().stream().filter(n -> n.startsWith("hoopai.invoices.webhooks.")))
        .hasSize(expected.size());
  }

  /** The report a failed start carries, found along the causes Spring wrapped it in. */
  private static Throwable configurationFailure(
      org.springframework.boot.test.context.assertj.AssertableWebApplicationContext context) {
    assertThat(context).hasFailed();
    Throwable failure = context.getStartupFailure();
    while (failure != null && !(failure instanceof HoopAiInvoicesConfigurationException)) {
      failure = failure.getCause();
    }
    return failure;
  }
}
