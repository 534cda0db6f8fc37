package com.hoopai.invoices.client.internal;

import okhttp3.HttpUrl;

/**
 * One call in flight, from the API proxy down to the HTTP exchange: what every layer needs to know of it,
 * worked out once. The retry policy, the governor, the error decoder and the 401 replay read it instead of
 * reading the sent request back.
 */
final class ApiCall {

  private final RequestPlan plan;
  private final CallScope scope;
  private final boolean raw;
  private final String locationId;
  private final String pathAndQuery;
  private final HttpUrl url;
  private final String path;
  private final byte[] body;
  private final CallTraces.Trace trace;
  /** The bearer token of the latest attempt, for the 401 replay. */
  private String tokenSent;

  ApiCall(RequestPlan plan, CallScope scope, boolean raw, String locationId, String pathAndQuery, HttpUrl url,
      byte[] body, CallTraces.Trace trace) {
    this.plan = plan;
    this.scope = scope;
    this.raw = raw;
    this.locationId = locationId;
    this.pathAndQuery = pathAndQuery;
    this.url = url;
    int question = pathAndQuery.indexOf('?');
    this.path = scope.basePath() + (question < 0 ? pathAndQuery : pathAndQuery.substring(0, question));
    this.body = body;
    this.trace = trace;
  }

  RequestPlan plan() {
    return plan;
  }

  CallScope scope() {
    return scope;
  }

  /** Whether the caller asked for the answer's status and headers too. */
  boolean raw() {
    return raw;
  }

  String operationId() {
    return plan.operationId();
  }

  boolean idempotent() {
    return plan.idempotent();
  }

  String method() {
    return plan.httpMethod();
  }

  /** The URL path the request goes to, without the query: what exception messages name. */
  String path() {
    return path;
  }

  /** The encoded path and query, relative to the base URL. */
  String pathAndQuery() {
    return pathAndQuery;
  }

  /** The full URL, built once per call. */
  HttpUrl url() {
    return url;
  }

  /** The location the call is about, or null. */
  String locationId() {
    return locationId;
  }

  /** The encoded body, or null. */
  byte[] body() {
    return body;
  }

  CallTraces.Trace trace() {
    return trace;
  }

  String tokenSent() {
    return tokenSent;
  }

  void tokenSent(String token) {
    this.tokenSent = token;
  }

  /** Never shows the token or the body. */
  @Override
  public String toString() {
    return "ApiCall{" + plan.operationId() + " " + plan.httpMethod() + " " + path + "}";
  }
}
