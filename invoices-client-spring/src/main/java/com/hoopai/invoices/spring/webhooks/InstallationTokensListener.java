package com.hoopai.invoices.spring.webhooks;

import com.hoopai.invoices.client.AccessTokenProvider;
import com.hoopai.invoices.client.oauth.AgencyLocationTokenProvider;
import com.hoopai.invoices.client.webhooks.AppInstallEvent;
import com.hoopai.invoices.client.webhooks.AppInstallationHandler;
import com.hoopai.invoices.client.webhooks.AppUninstallEvent;
import java.util.function.Supplier;
import org.springframework.context.event.EventListener;

/**
 * Hands INSTALL and UNINSTALL events to an {@link AppInstallationHandler} when the client's tokens are an
 * agency's ({@code hoopai.invoices.agency.company-id}); does nothing otherwise.
 */
final class InstallationTokensListener {

  private final Supplier<AccessTokenProvider> tokens;
  private final HoopAiWebhooksProperties properties;
  private volatile AppInstallationHandler handler;

  InstallationTokensListener(Supplier<AccessTokenProvider> tokens, HoopAiWebhooksProperties properties) {
    this.tokens = tokens;
    this.properties = properties;
  }

  @EventListener
  public void onInstall(AppInstallEvent event) {
    AppInstallationHandler installations = handler();
    if (installations != null) {
      installations.onInstall(event);
    }
  }

  @EventListener
  public void onUninstall(AppUninstallEvent event) {
    AppInstallationHandler installations = handler();
    if (installations != null) {
      installations.onUninstall(event);
    }
  }

  private AppInstallationHandler handler() {
    AppInstallationHandler current = handler;
    if (current == null && tokens.get() instanceof AgencyLocationTokenProvider agency) {
      AppInstallationHandler.Builder builder = AppInstallationHandler.builder(agency)
          .concurrency(properties.getInstallConcurrency());
      if (properties.getAppId() != null && !properties.getAppId().isBlank()) {
        builder.appId(properties.getAppId());
      }
      current = builder.build();
      handler = current;
    }
    return current;
  }
}
