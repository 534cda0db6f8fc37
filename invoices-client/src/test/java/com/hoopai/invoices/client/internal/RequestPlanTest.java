package com.hoopai.invoices.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hoopai.invoices.client.ApiOperation;
import com.hoopai.invoices.client.PathSegmentExpander;
import feign.Headers;
import feign.Param;
import feign.QueryMap;
import feign.RequestLine;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A request plan supports what the api template writes and refuses, when the API proxy is built, any Feign
 * feature it does not implement, so a template change cannot silently send wrong requests.
 */
class RequestPlanTest {

  /** A params class as the params template writes them. */
  static final class ThingParams {
    @Param("altId")
    private final String altId;
    @Param("q")
    private final String q;

    ThingParams(String altId, String q) {
      this.altId = altId;
      this.q = q;
    }
  }

  interface Supported {
    @ApiOperation(id = "getThing", idempotent = true)
    @RequestLine("GET /things/{thingId}?kind=fixed")
    @Headers({"Accept: application/json"})
    Object get(@Param(value = "thingId", expander = PathSegmentExpander.class, encoded = true) String thingId,
        @QueryMap ThingParams params);
  }

  interface PathWithoutSegmentExpander {
    @ApiOperation(id = "x", idempotent = true)
    @RequestLine("GET /things/{thingId}")
    Object get(@Param("thingId") String thingId);
  }

  interface TemplatedQuery {
    @ApiOperation(id = "x", idempotent = true)
    @RequestLine("GET /things?q={q}")
    Object get(@QueryMap ThingParams params);
  }

  interface HeaderTemplate {
    @ApiOperation(id = "x", idempotent = true)
    @RequestLine("GET /things")
    @Headers({"X-Thing: {thing}"})
    Object get();
  }

  interface TwoBodies {
    @ApiOperation(id = "x", idempotent = false)
    @RequestLine("POST /things")
    Object post(Object first, Object second);
  }

  @Test
  void aSupportedMethodBecomesTheRequestStockFeignWouldHaveSent() {
    RequestPlan plan = RequestPlan.of(Supported.class, method(Supported.class));

    assertThat(plan.pathAndQuery(new Object[] {"a/b", new ThingParams("loc 1", "x&y")}, "loc 1"))
        .isEqualTo("/things/a%2Fb?kind=fixed&altId=loc%201&q=x%26y");
    assertThat(plan.pathAndQuery(new Object[] {"t", new ThingParams(null, null)}, "bound"))
        .isEqualTo("/things/t?kind=fixed&altId=bound");
    assertThat(plan.locationId(new Object[] {"a/b", new ThingParams("loc 1", null)}, null)).isEqualTo("loc 1");
    assertThat(plan.locationId(new Object[] {"a/b", null}, "bound")).isEqualTo("bound");
    assertThat(plan.staticHeaders()).containsExactly("Accept", "application/json");
    assertThat(plan.logTag()).isEqualTo("[Supported#get] ");
  }

  @Test
  void everyArgumentProblemIsCollected() {
    RequestPlan plan = RequestPlan.of(Supported.class, method(Supported.class));
    List<String> problems = new ArrayList<>();

    plan.check(new Object[] {"..", new ThingParams("other", null)}, "bound", problems);

    assertThat(problems).containsExactly("thingId must not be '..'",
        "params.altId 'other' differs from this view's location 'bound'");
  }

  @Test
  void unsupportedFeignFeaturesAreRefusedWhenTheClientIsBuilt() {
    assertThatThrownBy(() -> RequestPlan.of(PathWithoutSegmentExpander.class,
        method(PathWithoutSegmentExpander.class)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("without PathSegmentExpander");
    assertThatThrownBy(() -> RequestPlan.of(TemplatedQuery.class, method(TemplatedQuery.class)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("a templated query");
    assertThatThrownBy(() -> RequestPlan.of(HeaderTemplate.class, method(HeaderTemplate.class)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("header 'X-Thing: {thing}'");
    assertThatThrownBy(() -> RequestPlan.of(TwoBodies.class, method(TwoBodies.class)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("more than one body argument");
  }

  private static Method method(Class<?> type) {
    return type.getDeclaredMethods()[0];
  }
}
