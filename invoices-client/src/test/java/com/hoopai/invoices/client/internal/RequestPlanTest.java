package com.hoopai.invoices.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import feign.Headers;
import feign.Param;
import feign.Request;
import feign.RequestLine;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A request plan supports what the api template writes and refuses, when the API proxy is built, any Feign
 * feature it does not implement, so a template change cannot silently send wrong requests.
 */
class RequestPlanTest {

  interface Supported {
    @RequestLine("GET /things/{thingId}?kind=fixed&altId={altId}&q={q}")
    @Headers({"Accept: application/json"})
    Object get(@Param("altId") String altId,
        @Param(value = "thingId", expander = PathSegmentExpander.class, encoded = true) String thingId,
        @Param("q") String q);
  }

  interface PathWithoutSegmentExpander {
    @RequestLine("GET /things/{thingId}")
    Object get(@Param("thingId") String thingId);
  }

  interface QueryWithExpander {
    @RequestLine("GET /things?q={q}")
    Object get(@Param(value = "q", expander = PathSegmentExpander.class) String q);
  }

  interface HeaderTemplate {
    @RequestLine("GET /things")
    @Headers({"X-Thing: {thing}"})
    Object get(@Param("thing") String thing);
  }

  interface TwoBodies {
    @RequestLine("POST /things")
    Object post(Object first, Object second);
  }

  @Test
  void aSupportedMethodBecomesTheRequestFeignWouldHaveSent() {
    RequestPlan plan = RequestPlan.of(Supported.class, method(Supported.class));

    Request request = plan.request("http://127.0.0.1:1", new Object[] {"loc 1", "a/b", "x&y"},
        Map.of("Version", "2021-07-28"), null);

    assertThat(request.httpMethod()).isEqualTo(Request.HttpMethod.GET);
    assertThat(request.url()).isEqualTo("http://127.0.0.1:1/things/a%2Fb?kind=fixed&altId=loc%201&q=x%26y");
    assertThat(request.headers()).containsEntry("Accept", List.of("application/json"))
        .containsEntry("Version", List.of("2021-07-28"));
    assertThat(plan.locationId(new Object[] {"loc 1", "a/b", null})).isEqualTo("loc 1");
    assertThat(plan.request("http://h", new Object[] {"l", "t", null}, Map.of(), null).url())
        .isEqualTo("http://h/things/t?kind=fixed&altId=l");
    assertThat(plan.configKey()).isEqualTo("Supported#get(String,String,String)");
  }

  @Test
  void unsupportedFeignFeaturesAreRefusedWhenTheClientIsBuilt() {
    assertThatThrownBy(() -> RequestPlan.of(PathWithoutSegmentExpander.class,
        method(PathWithoutSegmentExpander.class)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("path variable {thingId}");
    assertThatThrownBy(() -> RequestPlan.of(QueryWithExpander.class, method(QueryWithExpander.class)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("an expander on query parameter q");
    assertThatThrownBy(() -> RequestPlan.of(HeaderTemplate.class, method(HeaderTemplate.class)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("header 'X-Thing: {thing}'");
    assertThatThrownBy(() -> RequestPlan.of(TwoBodies.class, method(TwoBodies.class)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("more than one body argument");
  }

  private static Method method(Class<?> type) {
    return type.getDeclaredMethods()[0];
  }
}
