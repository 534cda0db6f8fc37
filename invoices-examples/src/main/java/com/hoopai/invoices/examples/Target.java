package com.hoopai.invoices.examples;

import com.hoopai.invoices.client.InvoicesClient;
import com.hoopai.invoices.client.LocationClient;
import com.hoopai.invoices.sandbox.HoopAiSandbox;
import java.util.Map;

/**
 * Where an example runs: the real HoopAI API when the environment names a token and a location, otherwise
 * an embedded {@link HoopAiSandbox}, so that the examples run on a fresh machine with no account at all.
 *
 * <pre>{@code
 * try (Target target = Target.fromEnvironment(System.getenv())) {
 *   new BillingWorkflow(target.location(), target.customer(), target.liveMode(), System.out).run();
 * }
 * }</pre>
 */
public final class Target implements AutoCloseable {

  /** The variables that switch the examples to the real API. */
  public static final String TOKEN = "HOOPAI_ACCESS_TOKEN";
  /** The location (sub-account) to work in. */
  public static final String LOCATION = "HOOPAI_LOCATION_ID";
  /** A contact of that location to bill (the real API needs an existing one). */
  public static final String CONTACT = "HOOPAI_CONTACT_ID";

  private final HoopAiSandbox sandbox;
  private final InvoicesClient client;
  private final LocationClient location;
  private final Customer customer;

  private Target(HoopAiSandbox sandbox, InvoicesClient client, String locationId, Customer customer) {
    this.sandbox = sandbox;
    this.client = client;
    this.location = client.forLocation(locationId);
    this.customer = customer;
  }

  /**
   * The real API if {@value #TOKEN} and {@value #LOCATION} are set (and {@value #CONTACT}, since invoices need
   * a real contact), else a new sandbox.
   *
   * @param env the environment
   * @return the target; close it when done
   * @throws IllegalStateException if the real API is asked for without a contact id
   */
  public static Target fromEnvironment(Map<String, String> env) {
    String token = blankToNull(env.get(TOKEN));
    String locationId = blankToNull(env.get(LOCATION));
    if (token == null || locationId == null) {
      HoopAiSandbox sandbox = HoopAiSandbox.start();
      return new Target(sandbox, sandbox.client(), sandbox.locationId(), Customer.SANDBOX);
    }
    String contactId = blankToNull(env.get(CONTACT));
    if (contactId == null) {
      throw new IllegalStateException(TOKEN + " and " + LOCATION + " are set, so the example would write to your"
          + " location; it also needs " + CONTACT + " (a contact of that location to bill), and reads"
          + " HOOPAI_CONTACT_NAME and HOOPAI_CONTACT_EMAIL if set. Unset " + TOKEN + " to use the sandbox.");
    }
    Customer customer = new Customer(contactId, env.getOrDefault("HOOPAI_CONTACT_NAME", "HoopAI SDK example"),
        env.getOrDefault("HOOPAI_CONTACT_EMAIL", "sdk-example@example.com"));
    InvoicesClient client = InvoicesClient.builder().accessToken(token).userAgentSuffix("hoopai-examples").build();
    return new Target(null, client, locationId, customer);
  }

  /** The location to work in. */
  public LocationClient location() {
    return location;
  }

  /** Whom to bill. */
  public Customer customer() {
    return customer;
  }

  /** Whether this is the embedded sandbox. */
  public boolean isSandbox() {
    return sandbox != null;
  }

  /**
   * Whether to create records in live mode: yes in the sandbox; on the real API the examples create test-mode
   * records only, so no real money can move.
   */
  public boolean liveMode() {
    return isSandbox();
  }

  /** Where the example runs, in words. */
  public String describe() {
    return isSandbox()
        ? "the embedded sandbox at " + sandbox.baseUrl() + " (set " + TOKEN + ", " + LOCATION + " and " + CONTACT
            + " for HoopAI)"
        : "HoopAI, location " + location.locationId() + ", in test mode";
  }

  @Override
  public void close() {
    if (sandbox != null) {
      sandbox.close();
    } else {
      client.close();
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
