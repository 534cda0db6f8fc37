package com.hoopai.invoices.client.internal;

import com.hoopai.invoices.client.RateLimitInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads what the client needs from an answer's OkHttp headers, without copying them into another type. */
final class AnswerHeaders {

  private AnswerHeaders() {
  }

  /**
   * The {@code X-RateLimit-*} budget of an answer.
   *
   * @param headers the answer's headers
   * @return the budget, or null when the answer carried none of the headers
   */
  static RateLimitInfo rateLimit(okhttp3.Headers headers) {
    return RateLimitInfo.parse(headers.get("X-RateLimit-Max"), headers.get("X-RateLimit-Remaining"),
        headers.get("X-RateLimit-Interval-Milliseconds"), headers.get("X-RateLimit-Limit-Daily"),
        headers.get("X-RateLimit-Daily-Remaining")).orElse(null);
  }

  /**
   * Every header by lower-case name, for {@code HoopAiResponse}.
   *
   * @param headers the answer's headers
   * @return names and values
   */
  static Map<String, List<String>> asMap(okhttp3.Headers headers) {
    Map<String, List<String>> map = new LinkedHashMap<>(headers.size() * 2);
    for (int i = 0; i < headers.size(); i++) {
      map.computeIfAbsent(headers.name(i).toLowerCase(Locale.ROOT), name -> new ArrayList<>(1))
          .add(headers.value(i));
    }
    map.replaceAll((name, values) -> List.copyOf(values));
    return map;
  }
}
