package com.hoopai.invoices.sandbox.server.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.hoopai.invoices.sandbox.server.InvoiceEvents;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * The sandbox server: answers each request as the HoopAI API would, and lets {@code HoopAiSandbox} read and
 * reset its state.
 *
 * <pre>{@code
 * MockWebServer server = new MockWebServer();
 * server.setDispatcher(SandboxDispatcher.create(classLoader, config));
 * }</pre>
 *
 * <p>Each request, in order: find the operation (404),
 * count the request against its location's rate limit (429), check the bearer token and its scope (401),
 * the {@code Version} header (400), validate the request against the spec (400 for a body that is not
 * JSON, 422 for the rest), check the token may address the location (403), then run the operation under
 * the location's lock. Every answer carries the {@code X-RateLimit-*} headers. Thread-safe.
 */
public final class SandboxDispatcher extends Dispatcher {

  private static final System.Logger LOG = System.getLogger(SandboxDispatcher.class.getName());
  private static final Map<String, Collection> ID_VARIABLES = Map.of(
      "invoiceId", Collection.INVOICES, "scheduleId", Collection.INVOICE_SCHEDULES,
      "estimateId", Collection.ESTIMATES);

  /** Where the sandbox serves its OpenAPI description. */
  public static final String SPEC_PATH = "/openapi.yaml";


  private final SandboxConfig config;
  private final ObjectMapper mapper = JsonMapper.builder().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
      .build();
  private final Router router;
  private final RequestValidator validator;
  private final Operations operations;
  private final Store store = new Store();
  private final Ids ids = new Ids();
  private final TokenStore tokens;
  private final OAuthState oauthState;
  private final RateLimiter limiter;
  private final OAuthTokenEndpoint oauth;
  private final LocationTokenEndpoint locationTokens;
  private final Answers answers;
  private final String specYaml;

  /**
   * A server of the spec with the given settings.
   *
   * @param spec the parsed spec
   * @param config the settings
   */
  SandboxDispatcher(SpecDocument spec, SandboxConfig config, InvoiceEvents events) {
    Objects.requireNonNull(events, "events");
    this.config = config;
    this.router = new Router(spec.api());
    this.validator = new RequestValidator(spec.api());
    this.operations = new Operations(spec, router.routes(), events);
    this.tokens = new TokenStore(config.clock(), config.accessTokenLifetime());
    this.tokens.addFixedToken(config.accessToken());
    this.limiter = new RateLimiter(config.clock(), config.rateLimitMax(), config.rateLimitWindow(),
        config.dailyLimit());
    this.oauthState = new OAuthState(tokens, config.companyId());
    this.oauth = new OAuthTokenEndpoint(oauthState, config.clientId(), config.clientSecret(), mapper);
    this.locationTokens = new LocationTokenEndpoint(oauthState, mapper);
    this.answers = new Answers(mapper, config.checkResponses() ? new ResponseChecker(spec.api()) : null);
    this.specYaml = spec.text();
  }

  @Override
  public MockResponse dispatch(RecordedRequest recorded) {
    IncomingRequest request = IncomingRequest.of(recorded);
    if (request.rawPath().equals(SPEC_PATH) && request.method().equals("GET")) {
      // The description every request is validated against, for code generators and API tools; no token.
      return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/yaml; charset=utf-8")
          .body(specYaml).build();
    }
    RateLimiter.Usage usage = null;
    Router.Match match = null;
    Reply reply;
    try {
      if (request.segments().size() >= 2 && request.segments().get(0).equals("oauth")) {
        usage = acquire("oauth:" + config.clientId());
        if (request.rawPath().equals(LocationTokenEndpoint.PATH)) {
          return answers.respond(locationTokens.handle(request), usage, null);
        }
        if (!request.segments().equals(List.of("oauth", "token"))) {
          throw ApiException.notFound("Cannot " + request.method() + " " + request.rawPath());
        }
        return answers.respond(oauth.handle(request), usage, null);
      }
      String token = bearer(request);
      try {
        match = router.match(request.method(), request.segments(), request.rawPath());
      } catch (ApiException unknownRoute) {
        usage = acquire(keyOf(locationFromRequest(request), token));
        throw unknownRoute;
      }
      String locationId = locationOf(match, request);
      usage = acquire(keyOf(locationId, token));
      reply = serve(match, request, token, locationId);
    } catch (LimitedException e) {
      usage = e.usage;
      ApiException limited = ApiException.tooManyRequests();
      reply = new Reply(limited.status(), limited.body());
    } catch (ApiException e) {
      reply = new Reply(e.status(), e.body());
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.WARNING, "sandbox failed on " + request.method() + " " + request.rawPath(), e);
      reply = new Reply(500, mapper.createObjectNode().put("statusCode", 500).put("message", "Internal server error"));
    }
    return answers.respond(reply, usage, match);
  }

  /** Counts a request; over a limit, the answer is 429. */
  private RateLimiter.Usage acquire(String key) {
    RateLimiter.Usage usage = limiter.acquire(key);
    if (usage.limited()) {
      throw new LimitedException(usage);
    }
    return usage;
  }

  private static String keyOf(String locationId, String token) {
    return locationId != null ? locationId : "token:" + token;
  }

  private Reply serve(Router.Match match, IncomingRequest request, String token, String locationId) {
    Route route = match.route();
    Grant grant = tokens.authenticate(token);
    if (grant == null) {
      throw ApiException.unauthorized("Invalid token: access token is invalid");
    }
    if (!grant.hasAnyScope(route.scopes()) || (route.locationTokensOnly() && grant.agency())) {
      throw ApiException.unauthorized("The token is not authorized for this scope.");
    }
    String version = request.header("Version");
    if (version == null || version.isBlank()) {
      throw ApiException.badRequest("Version header was not found");
    }
    if (!version.strip().equals(SandboxConfig.API_VERSION)) {
      throw ApiException.badRequest("Version header is invalid: the API serves " + SandboxConfig.API_VERSION);
    }
    ObjectNode body = route.hasBody() ? request.jsonObject(mapper) : mapper.createObjectNode();
    validator.validate(request, route.method(), route.expand(match.variables()),
        route.hasBody() ? body.toString() : null);
    if (!grant.allows(locationId)) {
      throw ApiException.forbidden("The token does not have access to this location.");
    }
    if (locationId == null) {
      throw missingRecord(match, body);
    }
    Operation operation = operations.get(route.operationId());
    return store.inLocation(locationId, state ->
        operation.handle(new Call(request, match.variables(), body, state, grant, config.clock(), ids, store)));
  }

  /**
   * The location a request concerns: its {@code altId} (query or body), else the location of the record
   * it names (for the three operations that carry no {@code altId}).
   */
  private String locationOf(Router.Match match, IncomingRequest request) {
    String named = locationFromRequest(request);
    if (named != null) {
      return named;
    }
    JsonNode body = lenientBody(request);
    for (Map.Entry<String, String> variable : match.variables().entrySet()) {
      if (ID_VARIABLES.containsKey(variable.getKey())) {
        return store.locationOf(variable.getValue());
      }
    }
    for (String field : ID_VARIABLES.keySet()) {
      if (body.hasNonNull(field)) {
        return store.locationOf(body.get(field).asText());
      }
    }
    return null;
  }

  /** The {@code altId} of the query or the JSON body, or {@code null}. */
  private String locationFromRequest(IncomingRequest request) {
    String altId = request.query("altId");
    if (altId != null && !altId.isBlank()) {
      return altId;
    }
    JsonNode body = lenientBody(request);
    return body.hasNonNull("altId") ? body.get("altId").asText() : null;
  }

  private static ApiException missingRecord(Router.Match match, JsonNode body) {
    for (Map.Entry<String, Collection> id : ID_VARIABLES.entrySet()) {
      if (match.variables().containsKey(id.getKey()) || body.has(id.getKey())) {
        return id.getValue().notFound();
      }
    }
    return ApiException.badRequest("altId should not be empty");
  }

  private JsonNode lenientBody(IncomingRequest request) {
    try {
      return request.jsonObject(mapper);
    } catch (ApiException e) {
      return mapper.createObjectNode();
    }
  }

  private static String bearer(IncomingRequest request) {
    String authorization = request.header("Authorization");
    if (authorization == null || !authorization.toLowerCase(Locale.ROOT).startsWith("bearer ")) {
      return null;
    }
    String token = authorization.substring(7).strip();
    return token.isEmpty() ? null : token;
  }

  /** 429, with the usage that exceeded the limit for the headers. */
  private static final class LimitedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient RateLimiter.Usage usage;

    LimitedException(RateLimiter.Usage usage) {
      super("rate limited", null, false, false);
      this.usage = usage;
    }
  }

  /**
   * A server of the spec found on the class path ({@code hoopai-invoices-spec}).
   *
   * @param loader the class loader that sees the spec
   * @param config the settings
   * @return the dispatcher
   */
  public static SandboxDispatcher create(ClassLoader loader, SandboxConfig config) {
    return create(loader, config, InvoiceEvents.NONE);
  }

  /**
   * A dispatcher serving the spec found on the class loader, telling {@code events} of every invoice
   * state change.
   *
   * @param loader where {@code openapi/invoices-api.yaml} is
   * @param config the settings
   * @param events hears invoice changes (the webhook sender)
   * @return the dispatcher
   */
  public static SandboxDispatcher create(ClassLoader loader, SandboxConfig config, InvoiceEvents events) {
    return new SandboxDispatcher(SpecDocument.load(loader), config, events);
  }

  /**
   * A copy of every record of a kind in a location, oldest first, as the API would show them.
   *
   * @param locationId the location
   * @param kind the kind of record
   * @return the records
   */
  public List<ObjectNode> records(String locationId, Collection kind) {
    return store.inLocation(locationId, state -> state.all(kind).stream()
        .map(node -> kind == Collection.INVOICE_SCHEDULES ? ScheduleView.render(state, node) : node.deepCopy())
        .toList());
  }

  /**
   * A copy of one record of any location.
   *
   * @param kind the kind of record
   * @param id its id
   * @return the record, or {@code null}
   */
  public ObjectNode record(Collection kind, String id) {
    String locationId = store.locationOf(id);
    if (locationId == null) {
      return null;
    }
    return store.inLocation(locationId, state -> {
      ObjectNode found = state.find(kind, id);
      return found == null ? null : found.deepCopy();
    });
  }

  /**
   * Stores a copy of a record in a location, as if an operation had created it.
   *
   * @param locationId the location
   * @param kind the kind of record
   * @param record the record, with its {@code _id}
   */
  public void put(String locationId, Collection kind, ObjectNode record) {
    ObjectNode copy = record.deepCopy();
    store.inLocation(locationId, state -> {
      state.put(kind, copy);
      return null;
    });
    store.index(copy.get("_id").asText(), locationId);
  }

  /**
   * The operation a request asks for: its {@code operationId} in the spec, {@code oauth/token} or
   * {@code oauth/locationToken}, or {@code null} when no route matches.
   *
   * @param recorded the request
   * @return the operation
   */
  public String operationOf(RecordedRequest recorded) {
    String path = recorded.getUrl().encodedPath();
    if (path.equals(OAuthTokenEndpoint.PATH) || path.equals(LocationTokenEndpoint.PATH)) {
      return path.substring(1);
    }
    List<String> segments = recorded.getUrl().pathSegments().stream().filter(s -> !s.isEmpty()).toList();
    try {
      return router.match(recorded.getMethod(), segments, path).route().operationId();
    } catch (ApiException unknown) {
      return null;
    }
  }

  /**
   * Every operation a request can ask for: the spec's {@code operationId}s and the two OAuth endpoints.
   *
   * @return the names
   */
  public Set<String> operationIds() {
    Set<String> names = new TreeSet<>();
    router.routes().forEach(route -> names.add(route.operationId()));
    names.add(OAuthTokenEndpoint.PATH.substring(1));
    names.add(LocationTokenEndpoint.PATH.substring(1));
    return names;
  }

  /**
   * The OAuth state tests steer: installs, revoked tokens, inactive locations, counters.
   *
   * @return the state
   */
  public OAuthState oauth() {
    return oauthState;
  }

  /**
   * Changes the rate limits; every window starts afresh.
   *
   * @param max requests per window
   * @param window the window
   * @param daily requests per day
   */
  public void rateLimit(int max, Duration window, long daily) {
    limiter.configure(max, window, daily);
  }

  /**
   * How many requests were answered 429 since the sandbox started.
   *
   * @return the count
   */
  public long rateLimitedCount() {
    return limiter.rejected();
  }

  /** Forgets every record and OAuth token and restores the configured limits. */
  public void reset() {
    store.clear();
    oauthState.reset();
    limiter.configure(config.rateLimitMax(), config.rateLimitWindow(), config.dailyLimit());
  }
}
