package com.hoopai.invoices.client.oauth;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Status reporting: a key's {@link TokenStatus}, and the keys whose state is not {@code VALID}, noted after
 * every change so that a {@link TokenStatusSummary} costs O(keys with a problem) rather than O(keys).
 */
final class StatusBoard {

  private final ConcurrentMap<String, TokenStatus.State> notValid = new ConcurrentHashMap<>();

  /** The state an entry is in now. */
  static TokenStatus.State stateOf(KeyTokens entry) {
    RefreshFailure failure = entry.failure;
    if (entry.pending != null) {
      return TokenStatus.State.SAVE_PENDING;
    } else if (failure != null && failure.error() instanceof ReauthorizationRequiredException) {
      return TokenStatus.State.REAUTHORIZATION_REQUIRED;
    } else if (failure != null) {
      return TokenStatus.State.REFRESH_FAILING;
    }
    return entry.current == null ? TokenStatus.State.NOT_LOADED : TokenStatus.State.VALID;
  }

  /** A key's status; {@code entry} is {@code null} for a key not held in memory. */
  static TokenStatus status(String key, KeyTokens entry) {
    if (entry == null) {
      return new TokenStatus(key, TokenStatus.State.NOT_LOADED, -1, null, null, null);
    }
    StoredTokens current = entry.current;
    RefreshFailure failure = entry.failure;
    // A refused token has no retry time: only a new authorization helps.
    return new TokenStatus(key, stateOf(entry), current == null ? -1 : current.version(),
        current == null ? null : current.expiresAt(), failure == null ? null : failure.error(),
        failure == null || failure.error() instanceof ReauthorizationRequiredException ? null : failure.retryAt());
  }

  /** A key just entered memory: not loaded until its first flight ends. */
  void added(String key) {
    notValid.put(key, TokenStatus.State.NOT_LOADED);
  }

  /** Notes an entry's state after a flight. */
  void note(String key, KeyTokens entry) {
    TokenStatus.State state = stateOf(entry);
    if (state == TokenStatus.State.VALID) {
      notValid.remove(key);
    } else {
      notValid.put(key, state);
    }
  }

  /** Whether the key was last noted in a state other than {@code VALID}. */
  boolean flagged(String key) {
    return notValid.containsKey(key);
  }

  /** The summary, given how many keys are held in memory. */
  TokenStatusSummary summary(int keys) {
    Map<TokenStatus.State, Integer> counts = new EnumMap<>(TokenStatus.State.class);
    List<String> attention = new ArrayList<>();
    int notValidCount = 0;
    for (Map.Entry<String, TokenStatus.State> entry : notValid.entrySet()) {
      TokenStatus.State state = entry.getValue();
      counts.merge(state, 1, Integer::sum);
      notValidCount++;
      if (state != TokenStatus.State.NOT_LOADED && attention.size() < TokenStatusSummary.MAX_LISTED) {
        attention.add(entry.getKey() + ": " + state);
      }
    }
    if (keys > notValidCount) {
      counts.put(TokenStatus.State.VALID, keys - notValidCount);
    }
    return new TokenStatusSummary(keys, counts, attention);
  }
}
