package com.hoopai.invoices.sandbox.server.internal;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Validates every answer the sandbox gives against the spec, as an OkHttp network interceptor: the
 * status must be one the operation documents, the body must fit its schema, the headers theirs. Collects
 * the problems (and which operations were seen) for the test to assert on.
 */
public final class SpecResponses implements Interceptor {

  private final OpenApiInteractionValidator validator;
  private final Router router;
  private final List<String> problems = Collections.synchronizedList(new ArrayList<>());
  private final Set<String> seen = ConcurrentHashMap.newKeySet();

  public SpecResponses() {
    SpecDocument spec = SpecDocument.load(SpecResponses.class.getClassLoader());
    this.validator = OpenApiInteractionValidator.createFor(spec.api()).build();
    this.router = new Router(spec.api());
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    String path = chain.request().url().encodedPath();
    String method = chain.request().method();
    byte[] body = response.body().bytes();
    MediaType type = response.body().contentType();
    SimpleResponse.Builder answer = new SimpleResponse.Builder(response.code());
    response.headers().names().forEach(name -> answer.withHeader(name, response.headers(name)));
    if (body.length > 0) {
      answer.withBody(body);
    }
    ValidationReport report = validator.validateResponse(path, Request.Method.valueOf(method), answer.build());
    for (ValidationReport.Message message : report.getMessages()) {
      if (message.getLevel() == ValidationReport.Level.ERROR) {
        problems.add(method + " " + path + " -> " + response.code() + ": " + message.getKey() + " "
            + message.getMessage() + "\n  body: " + new String(body, java.nio.charset.StandardCharsets.UTF_8));
      }
    }
    List<String> segments = chain.request().url().pathSegments().stream().filter(p -> !p.isEmpty()).toList();
    seen.add(router.match(method, segments, path).route().operationId());
    return response.newBuilder().body(ResponseBody.create(body, type)).build();
  }

  /** The operations answered so far. */
  public Set<String> operationsSeen() {
    return Set.copyOf(seen);
  }

  /** Every problem found so far. */
  public List<String> problems() {
    synchronized (problems) {
      return List.copyOf(problems);
    }
  }
}
