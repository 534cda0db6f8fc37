package com.hoopai.invoices.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The configuration metadata IDEs read: every property has its default, except those that have none by design
 * (credentials, ids, a path, an endpoint derived from another), and the health switch is there.
 */
class ConfigurationMetadataTests {

  /** Set by the application or not at all: no default exists. */
  private static final Set<String> NO_DEFAULT = Set.of(
      "hoopai.invoices.access-token",
      "hoopai.invoices.oauth.client-id",
      "hoopai.invoices.oauth.client-secret",
      "hoopai.invoices.oauth.location-token-url",   // derived from token-url
      "hoopai.invoices.agency.company-id",
      "hoopai.invoices.token-store.path",
      "hoopai.invoices.rate-limit.app-id",      // derived from oauth.client-id
      "hoopai.invoices.rate-limit.redis-url",   // derived from spring.data.redis.*
      "hoopai.invoices.webhooks.app-id");       // derived from oauth.client-id

  @Test
  void everyPropertyHasItsDefaultValueAndADescription() throws IOException {
    Map<String, Map<String, Object>> properties = properties();
    assertThat(properties.keySet()).filteredOn(name -> name.startsWith("hoopai.invoices."))
        .hasSizeGreaterThan(NO_DEFAULT.size());
    properties.forEach((name, property) -> {
      assertThat(property.get("description")).as(name + " description").asString().isNotBlank();
      if (!NO_DEFAULT.contains(name)) {
        assertThat(property).as(name).containsKey("defaultValue");
      }
    });
    assertThat(properties.get("hoopai.invoices.circuit-breaker.enabled")).containsEntry("defaultValue", false);
    assertThat(properties.get("hoopai.invoices.oauth.user-type")).containsEntry("defaultValue", "location");
    assertThat(properties.get("hoopai.invoices.token-store.create-table")).containsEntry("defaultValue", false);
  }

  @Test
  void theHealthSwitchIsDescribed() throws IOException {
    assertThat(properties().get("management.health.hoopai-invoices.enabled"))
        .containsEntry("type", "java.lang.Boolean").containsEntry("defaultValue", true);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Map<String, Object>> properties() throws IOException {
    // The starter's own file, beside its classes (every Boot jar has one of these).
    URL classes = HoopAiInvoicesProperties.class.getProtectionDomain().getCodeSource().getLocation();
    try (URLClassLoader starter = new URLClassLoader(new URL[] {classes}, null);
        InputStream in = starter.getResourceAsStream("META-INF/spring-configuration-metadata.json")) {
      assertThat(in).as("the starter's configuration metadata").isNotNull();
      Map<String, Object> metadata = new ObjectMapper().readValue(in, Map.class);
      return ((List<Map<String, Object>>) metadata.get("properties")).stream()
          .collect(Collectors.toMap(p -> (String) p.get("name"), p -> p));
    }
  }
}
