package com.hoopai.invoices.client.internal;

import feign.Client;
import feign.Request;
import feign.Response;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;

/**
 * Sends a Feign request with OkHttp and gives the answer back as a Feign response, streaming its body. The
 * timeouts are the OkHttp client's own (the SDK sets them there and in nothing else), so no per-request
 * client is ever derived; the response is built once.
 */
final class OkHttpTransport implements Client {

  private final OkHttpClient http;
  private final String baseUrl;
  private final HttpUrl base;
  private final String basePath;

  /**
   * A transport for one client.
   *
   * @param http the pooled OkHttp client
   * @param baseUrl the client's base URL (scheme, host, port), parsed once here
   */
  OkHttpTransport(OkHttpClient http, String baseUrl) {
    this.http = http;
    this.baseUrl = baseUrl;
    this.base = HttpUrl.get(baseUrl);
    this.basePath = base.encodedPath().equals("/") ? "" : base.encodedPath();
  }

  @Override
  public Response execute(Request request, Request.Options options) throws IOException {
    okhttp3.Request.Builder builder = new okhttp3.Request.Builder().url(url(request.url()));
    String contentType = null;
    for (Map.Entry<String, Collection<String>> header : request.headers().entrySet()) {
      for (String value : header.getValue()) {
        builder.addHeader(header.getKey(), value);
        if (header.getKey().equalsIgnoreCase("Content-Type")) {
          contentType = value;
        }
      }
    }
    String method = request.httpMethod().name();
    byte[] body = request.body();
    RequestBody requestBody = null;
    if (body != null) {
      requestBody = RequestBody.create(body, contentType == null ? null : MediaType.parse(contentType));
    } else if (method.equals("POST") || method.equals("PUT") || method.equals("PATCH")) {
      requestBody = RequestBody.create(new byte[0], null);
    }
    okhttp3.Response response = http.newCall(builder.method(method, requestBody).build()).execute();
    ResponseBody responseBody = response.body();
    long length = responseBody.contentLength();
    return Response.builder()
        .protocolVersion(protocol(response.protocol()))
        .status(response.code())
        .reason(response.message())
        .request(request)
        .headers(headers(response.headers()))
        .body(responseBody.byteStream(), length >= 0 && length <= Integer.MAX_VALUE ? (int) length : null)
        .build();
  }

  /** The answer's headers as Feign takes them (Feign copies them into its own case-insensitive map). */
  private static Map<String, Collection<String>> headers(okhttp3.Headers headers) {
    Map<String, Collection<String>> map = new LinkedHashMap<>(headers.size() * 2);
    for (int i = 0; i < headers.size(); i++) {
      String name = headers.name(i);
      Collection<String> values = map.get(name);
      if (values == null) {
        map.put(name, List.of(headers.value(i)));
      } else {
        List<String> more = new ArrayList<>(values);
        more.add(headers.value(i));
        map.put(name, more);
      }
    }
    return map;
  }

  /** The URL, reusing the parsed base: parsing the host again costs more than the rest of the request. */
  private HttpUrl url(String url) {
    if (!url.startsWith(baseUrl) || url.length() == baseUrl.length() || url.charAt(baseUrl.length()) != '/') {
      return HttpUrl.get(url);
    }
    int question = url.indexOf('?', baseUrl.length());
    String path = question < 0 ? url.substring(baseUrl.length()) : url.substring(baseUrl.length(), question);
    return base.newBuilder()
        .encodedPath(basePath + path)
        .encodedQuery(question < 0 ? null : url.substring(question + 1))
        .build();
  }

  private static Request.ProtocolVersion protocol(okhttp3.Protocol protocol) {
    return switch (protocol) {
      case HTTP_1_0 -> Request.ProtocolVersion.HTTP_1_0;
      case HTTP_2, H2_PRIOR_KNOWLEDGE -> Request.ProtocolVersion.HTTP_2;
      default -> Request.ProtocolVersion.HTTP_1_1;
    };
  }
}
