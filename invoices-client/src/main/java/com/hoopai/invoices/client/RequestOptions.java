package com.hoopai.invoices.client;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a call, or every call of a view, may set apart from the client: which failures are retried and how,
 * the timeouts, and extra headers. Immutable; anything left unset falls back to the view's, then the
 * client's settings.
 *
 * <pre>{@code
 * RequestOptions patient = RequestOptions.builder()
 *     .readTimeout(Duration.ofSeconds(90))
 *     .retryPolicy(RetryPolicy.builder().maxAttempts(6).build())
 *     .build();
 * InvoicesClient slow = client.withOptions(patient);                                  // a view
 * acme.invoices().recordInvoicePayment(invoiceId, payment,
 *     RequestOptions.builder().retryMode(RetryMode.NEVER).header("X-Request-Origin", "pos-7").build()); // one call
 * }</pre>
 */
public final class RequestOptions {

  private static final RequestOptions NONE = new RequestOptions(new Builder());
  /** Headers the client owns; a call cannot set them. */
  private static final Set<String> MANAGED_HEADERS = Set.of("authorization", "proxy-authorization", "version",
      "host", "content-type", "content-length", "transfer-encoding", "connection", "cookie");

  private final RetryMode retryMode;
  private final RetryPolicy retryPolicy;
  private final Duration connectTimeout;
  private final Duration readTimeout;
  private final Map<String, String> headers;

  private RequestOptions(Builder builder) {
    this.retryMode = builder.retryMode;
    this.retryPolicy = builder.retryPolicy;
    this.connectTimeout = builder.connectTimeout;
    this.readTimeout = builder.readTimeout;
    this.headers = Map.copyOf(builder.headers);
  }

  /**
   * Options that change nothing.
   *
   * @return the empty options
   */
  public static RequestOptions none() {
    return NONE;
  }

  /**
   * A builder with nothing set.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder preset with these options.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.retryMode = retryMode;
    builder.retryPolicy = retryPolicy;
    builder.connectTimeout = connectTimeout;
    builder.readTimeout = readTimeout;
    builder.headers.putAll(headers);
    return builder;
  }

  /**
   * These options with {@code over}'s set values on top (headers are combined, {@code over}'s win).
   *
   * @param over the options that take precedence
   * @return the combined options
   */
  public RequestOptions merge(RequestOptions over) {
    Objects.requireNonNull(over, "options");
    if (over.isEmpty()) {
      return this;
    }
    if (isEmpty()) {
      return over;
    }
    Builder merged = toBuilder();
    if (over.retryMode != null) {
      merged.retryMode = over.retryMode;
    }
    if (over.retryPolicy != null) {
      merged.retryPolicy = over.retryPolicy;
    }
    if (over.connectTimeout != null) {
      merged.connectTimeout = over.connectTimeout;
    }
    if (over.readTimeout != null) {
      merged.readTimeout = over.readTimeout;
    }
    merged.headers.putAll(over.headers);
    return merged.build();
  }

  /**
   * Whether nothing is set.
   *
   * @return {@code true} for options that change nothing
   */
  public boolean isEmpty() {
    return retryMode == null && retryPolicy == null && connectTimeout == null && readTimeout == null
        && headers.isEmpty();
  }

  /**
   * Which failed calls are sent again.
   *
   * @return the mode, when set
   */
  public Optional<RetryMode> retryMode() {
    return Optional.ofNullable(retryMode);
  }

  /**
   * How often and how long to wait before sending a failed call again.
   *
   * @return the policy, when set
   */
  public Optional<RetryPolicy> retryPolicy() {
    return Optional.ofNullable(retryPolicy);
  }

  /**
   * How long to wait for a connection.
   *
   * @return the timeout, when set
   */
  public Optional<Duration> connectTimeout() {
    return Optional.ofNullable(connectTimeout);
  }

  /**
   * How long to wait for each read and write on the connection.
   *
   * @return the timeout, when set
   */
  public Optional<Duration> readTimeout() {
    return Optional.ofNullable(readTimeout);
  }

  /**
   * Extra headers sent with the call.
   *
   * @return names and values, unmodifiable
   */
  public Map<String, String> headers() {
    return headers;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RequestOptions that && Objects.equals(retryMode, that.retryMode)
        && Objects.equals(retryPolicy, that.retryPolicy) && Objects.equals(connectTimeout, that.connectTimeout)
        && Objects.equals(readTimeout, that.readTimeout) && headers.equals(that.headers);
  }

  @Override
  public int hashCode() {
    return Objects.hash(retryMode, retryPolicy, connectTimeout, readTimeout, headers);
  }

  /** Names the headers set but not their values, which may be credentials of the application's own. */
  @Override
  public String toString() {
    return "RequestOptions{retryMode=" + retryMode + ", retryPolicy=" + retryPolicy + ", connectTimeout="
        + connectTimeout + ", readTimeout=" + readTimeout + ", headers=" + headers.keySet() + "}";
  }

  /** Builds {@link RequestOptions}; each setter checks its input at once. */
  public static final class Builder {
    private RetryMode retryMode;
    private RetryPolicy retryPolicy;
    private Duration connectTimeout;
    private Duration readTimeout;
    private final Map<String, String> headers = new LinkedHashMap<>();

    private Builder() {
    }

    /**
     * Which failed calls are sent again: {@link RetryMode#NEVER} for a caller that reconciles by itself,
     * {@link RetryMode#ALWAYS} for one that vouches the call is safe to repeat.
     *
     * @param retryMode the mode, or {@code null} to keep the view's
     * @return this builder
     */
    public Builder retryMode(RetryMode retryMode) {
      this.retryMode = retryMode;
      return this;
    }

    /**
     * How often and how long to wait before sending a failed call again.
     *
     * @param retryPolicy the policy, or {@code null} to keep the view's
     * @return this builder
     */
    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = retryPolicy;
      return this;
    }

    /**
     * How long to wait for a connection.
     *
     * @param timeout positive, or {@code null} to keep the view's
     * @return this builder
     * @throws IllegalArgumentException if zero or negative
     */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = checkTimeout(timeout, "connectTimeout");
      return this;
    }

    /**
     * How long to wait for each read and write on the connection.
     *
     * @param timeout positive, or {@code null} to keep the view's
     * @return this builder
     * @throws IllegalArgumentException if zero or negative
     */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = checkTimeout(timeout, "readTimeout");
      return this;
    }

    /**
     * An extra header. The headers the client owns ({@code Authorization}, {@code Version},
     * {@code Content-Type}...) cannot be set.
     *
     * @param name the header name
     * @param value its value, printable ASCII
     * @return this builder
     * @throws IllegalArgumentException if the name is managed by the client or either is malformed
     */
    public Builder header(String name, String value) {
      if (name == null || name.isEmpty() || !name.chars().allMatch(Builder::isTokenChar)) {
        throw new IllegalArgumentException("header name must be a non-empty HTTP token, was '" + name + "'");
      }
      if (MANAGED_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException("header " + name + " is set by the client and cannot be overridden");
      }
      if (value == null || !value.chars().allMatch(c -> c == '\t' || (c >= 0x20 && c < 0x7f))) {
        throw new IllegalArgumentException("header " + name + " must have a printable ASCII value");
      }
      headers.put(name, value);
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the options
     */
    public RequestOptions build() {
      return new RequestOptions(this);
    }

    private static boolean isTokenChar(int c) {
      return c > 0x20 && c < 0x7f && "()<>@,;:\\\"/[]?={}".indexOf(c) < 0;
    }

    private static Duration checkTimeout(Duration timeout, String name) {
      if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
        throw new IllegalArgumentException(name + " must be positive, was " + timeout);
      }
      return timeout;
    }
  }
}
