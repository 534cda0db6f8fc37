package com.hoopai.invoices.sandbox.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** Plain HTTP to the sandbox, for what the SDK's client would never send (no token, a bad body...). */
public final class RawHttp {

  private static final MediaType JSON = MediaType.get("application/json");
  private static final MediaType FORM = MediaType.get("application/x-www-form-urlencoded");

  private final OkHttpClient http;
  private final String baseUrl;
  private final ObjectMapper mapper = new ObjectMapper();
  private final Map<String, String> headers = new LinkedHashMap<>();

  public RawHttp(String baseUrl) {
    this(baseUrl, new OkHttpClient());
  }

  public RawHttp(String baseUrl, OkHttpClient http) {
    this.baseUrl = baseUrl;
    this.http = http;
  }

  /** A copy that sends the token and the Version header, as the API wants. */
  public RawHttp authorized(String token) {
    RawHttp copy = new RawHttp(baseUrl, http);
    copy.headers.put("Authorization", "Bearer " + token);
    copy.headers.put("Version", "2021-07-28");
    return copy;
  }

  /** A copy with one more (or one less, for {@code null}) header. */
  public RawHttp header(String name, String value) {
    RawHttp copy = new RawHttp(baseUrl, http);
    copy.headers.putAll(headers);
    if (value == null) {
      copy.headers.remove(name);
    } else {
      copy.headers.put(name, value);
    }
    return copy;
  }

  public Answer get(String pathAndQuery) {
    return send("GET", pathAndQuery, null);
  }

  public Answer post(String path, String json) {
    return send("POST", path, RequestBody.create(json, JSON));
  }

  public Answer postForm(String path, String form) {
    return send("POST", path, RequestBody.create(form, FORM));
  }

  public Answer send(String method, String path, RequestBody body) {
    Request.Builder request = new Request.Builder().url(baseUrl + path).method(method, body);
    headers.forEach(request::header);
    try (Response response = http.newCall(request.build()).execute()) {
      String text = response.body().string();
      JsonNode json = text.isEmpty() ? null : mapper.readTree(text);
      return new Answer(response.code(), response.headers(), json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A status, headers and JSON body (null when empty). */
  public record Answer(int status, Headers headers, JsonNode json) {
  }
}
