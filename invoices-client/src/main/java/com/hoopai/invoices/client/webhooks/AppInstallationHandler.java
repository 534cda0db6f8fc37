package com.hoopai.invoices.client.webhooks;

import com.hoopai.invoices.client.oauth.AgencyLocationTokenProvider;
import com.hoopai.invoices.client.oauth.TokenStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Keeps an agency app's tokens in step with installs: on {@code INSTALL} (one {@code locationId} or a bulk
 * {@code locationIds}) it mints each location's token through the {@link AgencyLocationTokenProvider}, at
 * most {@code concurrency} at a time, and stores it in the {@link TokenStore} when HoopAI's answer carries a
 * refresh token; on {@code UNINSTALL} it deletes the stored tokens of the location (or of the company, for
 * an agency uninstall) and drops the cached ones. Events of another app id, and installs in another
 * company, are ignored.
 *
 * <pre>{@code
 * AppInstallationHandler installations = AppInstallationHandler.builder(locationTokens).build();
 * WebhookDispatcher dispatcher = WebhookDispatcher.builder().onAny(installations).build();
 * }</pre>
 */
public final class AppInstallationHandler implements WebhookHandler<WebhookEvent> {

  /** Locations minted at once by default, as HoopAI's own SDK does. */
  public static final int DEFAULT_CONCURRENCY = 5;

  private static final System.Logger LOG = System.getLogger("com.hoopai.invoices.webhooks");

  private final AgencyLocationTokenProvider tokens;
  private final TokenStore store;
  private final String appId;
  private final int concurrency;

  private AppInstallationHandler(Builder builder) {
    this.tokens = builder.tokens;
    this.store = builder.store != null ? builder.store : tokens.agencyTokens().tokenStore();
    this.appId = builder.appId != null ? builder.appId : appIdOf(tokens.agencyTokens().credentials().clientId());
    this.concurrency = builder.concurrency;
  }

  /**
   * A builder for the agency's location tokens.
   *
   * @param locationTokens the provider that mints location tokens
   * @return a new builder
   */
  public static Builder builder(AgencyLocationTokenProvider locationTokens) {
    return new Builder(locationTokens);
  }

  /**
   * The app id of a Marketplace client id: the part before the first {@code -}.
   *
   * @param clientId the OAuth client id
   * @return the app id
   */
  public static String appIdOf(String clientId) {
    Objects.requireNonNull(clientId, "clientId");
    int dash = clientId.indexOf('-');
    return dash < 0 ? clientId : clientId.substring(0, dash);
  }

  /**
   * Handles {@link AppInstallEvent} and {@link AppUninstallEvent}; ignores every other event.
   *
   * @param event a verified event
   * @throws WebhookHandlerException naming the locations whose token could not be minted or stored
   */
  @Override
  public void handle(WebhookEvent event) {
    if (event instanceof AppInstallEvent install) {
      onInstall(install);
    } else if (event instanceof AppUninstallEvent uninstall) {
      onUninstall(uninstall);
    }
  }

  /**
   * Mints and stores the tokens of every location an install covers.
   *
   * @param event the install
   * @return the locations whose token was minted (empty when the event was ignored)
   * @throws WebhookHandlerException naming the locations that failed, after trying them all
   */
  public List<String> onInstall(AppInstallEvent event) {
    if (!ours(event.appId().orElse(null))) {
      return List.of();
    }
    String company = event.companyId().orElse(null);
    if (company != null && !company.equals(tokens.companyId())) {
      LOG.log(System.Logger.Level.INFO, () -> "INSTALL in company " + company + " ignored: the tokens are those of "
          + tokens.companyId());
      return List.of();
    }
    List<String> locations = event.allLocationIds();
    if (locations.isEmpty()) {
      return List.of();
    }
    Map<String, Throwable> failed = new TreeMap<>();
    List<String> minted = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(concurrency, locations.size()), threads());
    try {
      List<Future<?>> results = new ArrayList<>();
      for (String location : locations) {
        results.add(pool.submit(() -> tokens.prepareLocation(location).ifPresent(store::put)));
      }
      for (int i = 0; i < locations.size(); i++) {
        try {
          results.get(i).get();
          minted.add(locations.get(i));
        } catch (ExecutionException e) {
          failed.put(locations.get(i), e.getCause());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          failed.put(locations.get(i), e);
        }
      }
    } finally {
      pool.shutdownNow();
    }
    if (!failed.isEmpty()) {
      WebhookHandlerException failure = new WebhookHandlerException("INSTALL: the tokens of " + failed.size() + " of "
          + locations.size() + " locations could not be minted or stored: " + failed.keySet(), failed.size(),
          failed.values().iterator().next());
      failed.values().stream().skip(1).forEach(failure::addSuppressed);
      throw failure;
    }
    LOG.log(System.Logger.Level.INFO, () -> "INSTALL: tokens ready for " + minted.size() + " locations");
    return List.copyOf(minted);
  }

  /**
   * Deletes the stored tokens of the uninstalled location, or of the company for an agency uninstall.
   *
   * @param event the uninstall
   * @return true if a stored record was deleted
   */
  public boolean onUninstall(AppUninstallEvent event) {
    if (!ours(event.appId().orElse(null))) {
      return false;
    }
    if (event.locationId().isPresent()) {
      String location = event.locationId().get();
      tokens.invalidate(location);
      return store.delete(location);
    }
    if (event.companyId().isPresent()) {
      tokens.invalidateAll();
      return store.delete(event.companyId().get());
    }
    return false;
  }

  @Override
  public String toString() {
    return "AppInstallationHandler{appId=" + appId + ", companyId=" + tokens.companyId() + ", concurrency="
        + concurrency + "}";
  }

  private boolean ours(String eventAppId) {
    if (appId.equals(eventAppId)) {
      return true;
    }
    LOG.log(System.Logger.Level.DEBUG, () -> "install event of another app ignored");
    return false;
  }

  private static ThreadFactory threads() {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, "hoopai-webhook-install-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  /**
   * Configures an {@link AppInstallationHandler}.
   *
   * <pre>{@code
   * AppInstallationHandler installations = AppInstallationHandler.builder(locationTokens)
   *     .appId("64f1a2b3c4d5e6f7a8b9c0d1")
   *     .tokenStore(new JdbcTokenStore(dataSource))
   *     .concurrency(8)
   *     .build();
   * }</pre>
   */
  public static final class Builder {
    private final AgencyLocationTokenProvider tokens;
    private TokenStore store;
    private String appId;
    private int concurrency = DEFAULT_CONCURRENCY;

    private Builder(AgencyLocationTokenProvider tokens) {
      this.tokens = Objects.requireNonNull(tokens, "locationTokens");
    }

    /**
     * The app whose events are handled; default the part of the OAuth client id before its first
     * {@code -}.
     *
     * @param appId the Marketplace app id
     * @return this builder
     */
    public Builder appId(String appId) {
      if (appId == null || appId.isBlank()) {
        throw new IllegalArgumentException("appId must not be blank");
      }
      this.appId = appId.strip();
      return this;
    }

    /**
     * Where location tokens are stored and deleted; default the agency provider's store.
     *
     * @param store the store
     * @return this builder
     */
    public Builder tokenStore(TokenStore store) {
      this.store = Objects.requireNonNull(store, "tokenStore");
      return this;
    }

    /**
     * How many locations of a bulk install are minted at once; default {@value #DEFAULT_CONCURRENCY}.
     *
     * @param concurrency 1 to 64
     * @return this builder
     */
    public Builder concurrency(int concurrency) {
      if (concurrency < 1 || concurrency > 64) {
        throw new IllegalArgumentException("concurrency must be 1 to 64: " + concurrency);
      }
      this.concurrency = concurrency;
      return this;
    }

    /**
     * The handler.
     *
     * @return a new handler
     */
    public AppInstallationHandler build() {
      return new AppInstallationHandler(this);
    }
  }
}
