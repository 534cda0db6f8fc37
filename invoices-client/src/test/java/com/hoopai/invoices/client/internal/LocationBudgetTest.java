package com.hoopai.invoices.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.hoopai.invoices.client.RateLimitInfo;
import com.hoopai.invoices.client.ratelimit.RateLimitBands;
import com.hoopai.invoices.client.ratelimit.RateLimitKey;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The budget's bookkeeping with limits large enough that its ring of send times grows, including while the
 * ring has wrapped around: the oldest send must still be the one that frees the next slot.
 */
class LocationBudgetTest {

  private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

  @Test
  void aFullBudgetWaitsForItsOldestSendEvenAfterTheRingGrewWhileWrapped() {
    LocationBudget budget = new LocationBudget(new RateLimitKey("app", "loc"), 0);
    budget.observe(limits(300, 1000), 200, -1, 0, 0);
    // The window is 1 s plus a 100 ms margin (10 % of it, above the 50 ms floor).
    long margin = SECOND / 10;

    for (int i = 0; i < 150; i++) {
      assertThat(budget.reserve(i)).isZero(); // 150 sends: the ring (128 slots) grows to 256
    }
    long later = 5 * SECOND; // all 150 have left the window: the ring's start moves to slot 150
    for (int i = 0; i < 300; i++) {
      assertThat(budget.reserve(later + i)).as("send %d", i).isZero(); // wraps, then grows while wrapped
    }

    long wait = budget.reserve(later + 300);

    assertThat(wait).isEqualTo(later + SECOND + margin - (later + 300)); // the oldest of the 300, plus window
  }

  @Test
  void aLocationCalledOnceHoldsARingOfTwoThatShrinksBackAfterABurst() {
    LocationBudget budget = new LocationBudget(new RateLimitKey("app", "loc"), 0);
    budget.reserve(0);
    assertThat(budget.capacity()).isEqualTo(2);

    for (int i = 1; i < 64; i++) {
      budget.reserve(i);
    }
    assertThat(budget.capacity()).isEqualTo(64);
    budget.reserve(60 * SECOND);   // the burst has left the window

    assertThat(budget.capacity()).isEqualTo(2);
  }

  @Test
  void aBudgetIsIdleOnlyOnceItsWindowAndAnyHoldHavePassed() {
    LocationBudget budget = new LocationBudget(new RateLimitKey("app", "loc"), 0);
    budget.observe(limits(10, 1000), 200, -1, 0, 0);
    budget.reserve(0);
    assertThat(budget.idle(SECOND)).isFalse();   // the send is within 1 s + 100 ms
    assertThat(budget.idle(2 * SECOND)).isTrue();

    budget.observe(null, 429, 30 * SECOND, 0, 2 * SECOND);   // Retry-After: 30 s
    assertThat(budget.idle(20 * SECOND)).isFalse();
    assertThat(budget.idle(40 * SECOND)).isTrue();
  }

  @Test
  void a429HalvesTheLocalPaceWhichRecoversByATenthPerCleanWindow() {
    LocationBudget budget = new LocationBudget(new RateLimitKey("app", "loc"), 0);
    budget.observe(limits(10, 1000), 200, -1, 0, 0);
    budget.observe(null, 429, 0, 0, 0);
    for (int i = 0; i < 5; i++) {
      assertThat(budget.reserve(i)).isZero();
    }
    assertThat(budget.reserve(5)).as("a sixth send waits: the pace is 5 per window").isPositive();

    budget.observe(limits(10, 1000), 200, -1, 0, 2 * SECOND);
    assertThat(budget.bands()).isEqualTo(new RateLimitBands(10, Duration.ofSeconds(1), 200_000));
    for (int i = 0; i < 6; i++) {
      assertThat(budget.reserve(10 * SECOND + i)).isZero();
    }
    assertThat(budget.reserve(10 * SECOND + 6)).isPositive();
  }

  private static RateLimitInfo limits(int max, int intervalMillis) {
    return RateLimitInfo.fromHeaders(Map.of(
        "X-RateLimit-Max", List.of(String.valueOf(max)),
        "X-RateLimit-Remaining", List.of(String.valueOf(max)),
        "X-RateLimit-Interval-Milliseconds", List.of(String.valueOf(intervalMillis)))).orElseThrow();
  }
}
