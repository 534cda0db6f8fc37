package com.hoopai.invoices.spring.webhooks;

import com.hoopai.invoices.client.webhooks.AppInstallationHandler;
import com.hoopai.invoices.client.webhooks.InMemoryWebhookReplayStore;
import com.hoopai.invoices.client.webhooks.JdbcWebhookReplayStore;
import com.hoopai.invoices.client.webhooks.WebhookVerifier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The {@code hoopai.invoices.webhooks.*} properties of the auto-configured webhook endpoint.
 *
 * <pre>{@code
 * hoopai:
 *   invoices:
 *     webhooks:
 *       enabled: true
 *       path: /hoopai/webhooks
 *       replay-store:
 *         type: jdbc          # several app instances behind a load balancer
 * }</pre>
 */
@ConfigurationProperties("hoopai.invoices.webhooks")
public class HoopAiWebhooksProperties {

  /** Whether to serve the webhook endpoint (a servlet application only); off until you switch it on. */
  private boolean enabled = false;

  /** Where HoopAI posts the events: the path of the app's webhook URL. */
  private String path = "/hoopai/webhooks";

  /** The Ed25519 public keys (base64 X.509 or PEM) of x-ghl-signature; list the old and the new during a rotation. */
  private List<String> ed25519Keys = new ArrayList<>(List.of(WebhookVerifier.HOOPAI_ED25519_KEY));

  /** The RSA public keys (PEM or base64 X.509) of x-wh-signature, deprecated by HoopAI on 2026-07-01; empty refuses RSA. */
  private List<String> rsaKeys = new ArrayList<>(List.of(WebhookVerifier.HOOPAI_RSA_KEY));

  /** How old an event's timestamp may be. */
  private Duration tolerance = WebhookVerifier.DEFAULT_TOLERANCE;

  /** How far HoopAI's clock and ours may disagree: added to the tolerance, and allowed into the future. */
  private Duration clockSkew = WebhookVerifier.DEFAULT_CLOCK_SKEW;

  /** The largest body accepted; a larger one is answered 413 without being read. */
  private DataSize maxBodySize = DataSize.ofBytes(WebhookVerifier.DEFAULT_MAX_BODY_BYTES);

  /** Whether an event without timestamp or webhookId is refused (HoopAI documents both on every event). */
  private boolean requireReplayFields = true;

  /** Accepts events without checking their signature: anyone can then post events. Local experiments only; logged loudly at start. */
  private boolean insecureSkipSignatureCheck = false;

  /** The Marketplace app id whose INSTALL/UNINSTALL events are handled; default the part of oauth.client-id before its first '-'. */
  private String appId;

  /** Whether INSTALL and UNINSTALL events mint and delete the agency's location tokens (needs agency.company-id). */
  private boolean manageInstallationTokens = true;

  /** How many locations of a bulk INSTALL are minted at once. */
  private int installConcurrency = AppInstallationHandler.DEFAULT_CONCURRENCY;

  private final ReplayStore replayStore = new ReplayStore();

  /**
   * Whether the endpoint is served.
   *
   * @return the flag
   */
  public boolean isEnabled() {
    return enabled;
  }

  /**
   * Sets whether the endpoint is served.
   *
   * @param enabled the flag
   */
  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  /**
   * The endpoint's path.
   *
   * @return the path
   */
  public String getPath() {
    return path;
  }

  /**
   * Sets the endpoint's path.
   *
   * @param path a path starting with {@code /}
   */
  public void setPath(String path) {
    this.path = path;
  }

  /**
   * The Ed25519 keys.
   *
   * @return the keys
   */
  public List<String> getEd25519Keys() {
    return ed25519Keys;
  }

  /**
   * Sets the Ed25519 keys.
   *
   * @param ed25519Keys the keys
   */
  public void setEd25519Keys(List<String> ed25519Keys) {
    this.ed25519Keys = ed25519Keys;
  }

  /**
   * The RSA keys.
   *
   * @return the keys
   */
  public List<String> getRsaKeys() {
    return rsaKeys;
  }

  /**
   * Sets the RSA keys.
   *
   * @param rsaKeys the keys
   */
  public void setRsaKeys(List<String> rsaKeys) {
    this.rsaKeys = rsaKeys;
  }

  /**
   * The timestamp tolerance.
   *
   * @return the tolerance
   */
  public Duration getTolerance() {
    return tolerance;
  }

  /**
   * Sets the timestamp tolerance.
   *
   * @param tolerance positive
   */
  public void setTolerance(Duration tolerance) {
    this.tolerance = tolerance;
  }

  /**
   * The clock-skew allowance.
   *
   * @return the allowance
   */
  public Duration getClockSkew() {
    return clockSkew;
  }

  /**
   * Sets the clock-skew allowance.
   *
   * @param clockSkew zero or more
   */
  public void setClockSkew(Duration clockSkew) {
    this.clockSkew = clockSkew;
  }

  /**
   * The largest body accepted.
   *
   * @return the size
   */
  public DataSize getMaxBodySize() {
    return maxBodySize;
  }

  /**
   * Sets the largest body accepted.
   *
   * @param maxBodySize positive, at most 2 GB
   */
  public void setMaxBodySize(DataSize maxBodySize) {
    this.maxBodySize = maxBodySize;
  }

  /**
   * Whether timestamp and webhookId are required.
   *
   * @return the flag
   */
  public boolean isRequireReplayFields() {
    return requireReplayFields;
  }

  /**
   * Sets whether timestamp and webhookId are required.
   *
   * @param requireReplayFields the flag
   */
  public void setRequireReplayFields(boolean requireReplayFields) {
    this.requireReplayFields = requireReplayFields;
  }

  /**
   * Whether signatures are not checked.
   *
   * @return the flag
   */
  public boolean isInsecureSkipSignatureCheck() {
    return insecureSkipSignatureCheck;
  }

  /**
   * Sets whether signatures are not checked.
   *
   * @param insecureSkipSignatureCheck the flag
   */
  public void setInsecureSkipSignatureCheck(boolean insecureSkipSignatureCheck) {
    this.insecureSkipSignatureCheck = insecureSkipSignatureCheck;
  }

  /**
   * The app id.
   *
   * @return the app id, or {@code null} for the one of the client id
   */
  public String getAppId() {
    return appId;
  }

  /**
   * Sets the app id.
   *
   * @param appId the Marketplace app id
   */
  public void setAppId(String appId) {
    this.appId = appId;
  }

  /**
   * Whether install events manage the agency's location tokens.
   *
   * @return the flag
   */
  public boolean isManageInstallationTokens() {
    return manageInstallationTokens;
  }

  /**
   * Sets whether install events manage the agency's location tokens.
   *
   * @param manageInstallationTokens the flag
   */
  public void setManageInstallationTokens(boolean manageInstallationTokens) {
    this.manageInstallationTokens = manageInstallationTokens;
  }

  /**
   * How many locations are minted at once.
   *
   * @return the concurrency
   */
  public int getInstallConcurrency() {
    return installConcurrency;
  }

  /**
   * Sets how many locations are minted at once.
   *
   * @param installConcurrency 1 to 64
   */
  public void setInstallConcurrency(int installConcurrency) {
    this.installConcurrency = installConcurrency;
  }

  /**
   * The replay store settings.
   *
   * @return the settings
   */
  public ReplayStore getReplayStore() {
    return replayStore;
  }

  /** Where processed webhookIds are kept. */
  public static class ReplayStore {

    /** The kind of store: memory (one instance) or jdbc (the application's DataSource, shared by every instance). */
    private Type type = Type.MEMORY;

    /** How many ids the in-memory store keeps at most. */
    private int maxEntries = InMemoryWebhookReplayStore.DEFAULT_MAX_ENTRIES;

    /** The JDBC store's table. */
    private String tableName = JdbcWebhookReplayStore.DEFAULT_TABLE;

    /** Whether to create the JDBC store's table at start when it is missing. */
    private boolean createTable = false;

    /**
     * The kind of store.
     *
     * @return the kind
     */
    public Type getType() {
      return type;
    }

    /**
     * Sets the kind of store.
     *
     * @param type the kind
     */
    public void setType(Type type) {
      this.type = type;
    }

    /**
     * The in-memory store's size.
     *
     * @return the size
     */
    public int getMaxEntries() {
      return maxEntries;
    }

    /**
     * Sets the in-memory store's size.
     *
     * @param maxEntries positive
     */
    public void setMaxEntries(int maxEntries) {
      this.maxEntries = maxEntries;
    }

    /**
     * The JDBC table.
     *
     * @return the table name
     */
    public String getTableName() {
      return tableName;
    }

    /**
     * Sets the JDBC table.
     *
     * @param tableName a plain or schema-qualified SQL identifier
     */
    public void setTableName(String tableName) {
      this.tableName = tableName;
    }

    /**
     * Whether to create the table.
     *
     * @return the flag
     */
    public boolean isCreateTable() {
      return createTable;
    }

    /**
     * Sets whether to create the table.
     *
     * @param createTable the flag
     */
    public void setCreateTable(boolean createTable) {
      this.createTable = createTable;
    }

    /** The kinds of replay store. */
    public enum Type {
      /** In memory: protects one application instance. */
      MEMORY,
      /** In a table on the application's DataSource: shared by every instance. */
      JDBC
    }
  }
}
