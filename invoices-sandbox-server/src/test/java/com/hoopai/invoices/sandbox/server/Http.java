package com.hoopai.invoices.sandbox.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Plain HTTP to a server, as any client would send it. */
final class Http {

  static final String VERSION = "2021-07-28";

  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final SandboxServer server;

  Http(SandboxServer server) {
    this.server = server;
  }

  HttpResponse<String> get(String pathAndQuery, String token) throws IOException {
    return send(request(pathAndQuery, token).GET().build());
  }

  HttpResponse<String> postJson(String pathAndQuery, String token, String json) throws IOException {
    return send(request(pathAndQuery, token).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)).build());
  }

  HttpResponse<String> postForm(String path, String token, String form) throws IOException {
    return send(request(path, token).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build());
  }

  HttpRequest.Builder request(String pathAndQuery, String token) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(server.url(pathAndQuery)))
        .timeout(Duration.ofSeconds(5)).header("Version", VERSION);
    return token == null ? builder : builder.header("Authorization", "Bearer " + token);
  }

  HttpResponse<String> send(HttpRequest request) throws IOException {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UncheckedIOException(new IOException(e));
    }
  }

  static String refreshForm(SandboxServer server, String refreshToken) {
    return "client_id=" + server.oauth().clientId() + "&client_secret=" + server.oauth().clientSecret()
        + "&grant_type=refresh_token&refresh_token=" + refreshToken;
  }
}
