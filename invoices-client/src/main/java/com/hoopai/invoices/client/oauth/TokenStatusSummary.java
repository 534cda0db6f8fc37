package com.hoopai.invoices.client.oauth;

import java.util.List;
import java.util.Map;

/**
 * What an {@link OAuthTokenProvider} knows about all its keys, in a few figures kept up to date as tokens are
 * loaded, refreshed or fail: reading it costs the same for ten locations as for a million (for a health check).
 *
 * <pre>{@code
 * TokenStatusSummary summary = tokens.statusSummary();
 * boolean nothingWorks = summary.keys() > 0
 *     && summary.count(TokenStatus.State.REAUTHORIZATION_REQUIRED) == summary.keys();
 * }</pre>
 *
 * @param keys the keys held in memory now (a key that works and has been idle for a while is dropped, and
 *     loaded again from the store when next used)
 * @param counts keys by state; a state with no key is absent
 * @param attention up to {@value #MAX_LISTED} keys that need attention (reauthorization, a pending save, a
 *     failing refresh) with their state, such as {@code loc123: REAUTHORIZATION_REQUIRED}
 */
public record TokenStatusSummary(int keys, Map<TokenStatus.State, Integer> counts, List<String> attention) {

  /** How many keys {@link #attention()} lists at most. */
  public static final int MAX_LISTED = 20;

  /**
   * Copies the collections.
   *
   * @param keys the keys held in memory now
   * @param counts keys by state
   * @param attention the keys that need attention, at most {@value #MAX_LISTED}
   */
  public TokenStatusSummary {
    counts = Map.copyOf(counts);
    attention = List.copyOf(attention);
  }

  /**
   * The number of keys in a state.
   *
   * @param state the state
   * @return the count, 0 when none
   */
  public int count(TokenStatus.State state) {
    return counts.getOrDefault(state, 0);
  }
}
