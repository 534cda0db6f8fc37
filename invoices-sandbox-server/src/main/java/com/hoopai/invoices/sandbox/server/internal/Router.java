package com.hoopai.invoices.sandbox.server.internal;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Finds the spec operation of a request; built from the spec, so every operation it has is routed. */
final class Router {

  private final List<Route> routes;

  /**
   * The routes of every operation in the spec.
   *
   * @param api the parsed spec
   */
  public Router(OpenAPI api) {
    List<Route> all = new ArrayList<>();
    api.getPaths().forEach((template, item) -> item.readOperationsMap().forEach((method, operation) ->
        all.add(new Route(method.name(), template, operation.getOperationId(), scopes(operation),
            operation.getRequestBody() != null, locationTokensOnly(operation)))));
    // A literal segment wins over a variable: /invoices/template before /invoices/{invoiceId}.
    all.sort(Comparator.comparingInt(Route::variableCount));
    this.routes = List.copyOf(all);
  }

  /** Every route, one per operation. */
  public List<Route> routes() {
    return routes;
  }

  /**
   * The route and path variables of a request.
   *
   * @param method the HTTP method
   * @param segments the decoded path segments, without empty ones
   * @param rawPath the path as sent, for the error message
   * @return the match
   * @throws ApiException 404, as NestJS answers a path or method it does not serve
   */
  public Match match(String method, List<String> segments, String rawPath) {
    for (Route route : routes) {
      Map<String, String> variables = route.method().equals(method) ? route.match(segments) : null;
      if (variables != null) {
        return new Match(route, variables);
      }
    }
    throw ApiException.notFound("Cannot " + method + " " + rawPath);
  }

  private static boolean locationTokensOnly(Operation operation) {
    List<SecurityRequirement> security = operation.getSecurity();
    return security != null && security.stream().noneMatch(s -> s.containsKey("Agency-Access"));
  }

  private static List<String> scopes(Operation operation) {
    List<SecurityRequirement> security = operation.getSecurity();
    if (security == null) {
      return List.of();
    }
    // Each scheme (Location-Access, Agency-Access) lists the same scopes.
    return security.stream().flatMap(s -> s.values().stream()).flatMap(List::stream).distinct().toList();
  }

  /**
   * A request's route with its path variables.
   *
   * @param route the route
   * @param variables the path variables, decoded
   */
  public record Match(Route route, Map<String, String> variables) {
  }
}
