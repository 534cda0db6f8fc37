package com.hoopai.invoices.client.internal;

import com.hoopai.invoices.client.RequestOptions;
import com.hoopai.invoices.client.RetryMode;
import okhttp3.OkHttpClient;

/**
 * What a view of the client sets for the calls made through it: the options (retries, timeouts, headers)
 * and the location it is bound to. Immutable; each {@code withOptions} or {@code forLocation} derives one.
 */
public final class CallScope {

  private final ClientRuntime runtime;
  private final RequestOptions options;
  private final String boundLocation;
  private final CallPolicy policy;
  private final Lazy<OkHttpClient> http;

  CallScope(ClientRuntime runtime, RequestOptions options, String boundLocation, CallPolicy policy,
      Lazy<OkHttpClient> http) {
    this.runtime = runtime;
    this.options = options;
    this.boundLocation = boundLocation;
    this.policy = policy;
    this.http = http;
  }

  /**
   * This scope with more options on top.
   *
   * @param more the options that take precedence
   * @return the derived scope (this one when {@code more} changes nothing)
   */
  public CallScope with(RequestOptions more) {
    if (more == null || more.isEmpty()) {
      return this;
    }
    RequestOptions merged = options.merge(more);
    CallPolicy derivedPolicy = more.retryPolicy().isPresent()
        ? runtime.policyFor(merged.retryPolicy().orElseThrow()) : policy;
    Lazy<OkHttpClient> derivedHttp = http;
    if (more.connectTimeout().isPresent() || more.readTimeout().isPresent()) {
      derivedHttp = Lazy.of(() -> {
        OkHttpClient.Builder builder = runtime.httpClient().newBuilder(); // shares the pool
        merged.connectTimeout().ifPresent(builder::connectTimeout);
        merged.readTimeout().ifPresent(timeout -> builder.readTimeout(timeout).writeTimeout(timeout));
        return builder.build();
      });
    }
    return new CallScope(runtime, merged, boundLocation, derivedPolicy, derivedHttp);
  }

  /**
   * This scope bound to a location.
   *
   * @param locationId the location every call is about
   * @return the derived scope
   */
  public CallScope boundTo(String locationId) {
    return new CallScope(runtime, options, locationId, policy, http);
  }

  /**
   * The options of this scope.
   *
   * @return the merged options
   */
  public RequestOptions options() {
    return options;
  }

  ClientRuntime runtime() {
    return runtime;
  }

  String boundLocation() {
    return boundLocation;
  }

  CallPolicy policy() {
    return policy;
  }

  RetryMode retryMode() {
    return options.retryMode().orElse(RetryMode.DEFAULT);
  }

  OkHttpClient http() {
    return http.get();
  }

  String basePath() {
    return runtime.basePath();
  }
}
