package com.hoopai.invoices.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hoopai.invoices.client.ratelimit.RateLimitBands;
import com.hoopai.invoices.client.ratelimit.RateLimitKey;
import com.hoopai.invoices.client.ratelimit.RateLimitStore;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What every shared store does, on its real server; two store instances stand for two processes. */
public abstract class RateLimitStoreContractAccess {

  protected static final long MINUTE = TimeUnit.MINUTES.toNanos(1);
  protected static final RateLimitBands FORTY_PER_2S = new RateLimitBands(40, Duration.ofSeconds(2), 200_000);
  protected static final RateLimitBands FORTY_PER_MINUTE = new RateLimitBands(40, Duration.ofMinutes(1), 200_000);
  protected static final long HOUR = TimeUnit.HOURS.toNanos(1);

  private RateLimitStore first;
  private RateLimitStore second;

  /** A new store instance on the shared server, on the test's table or namespace. */
  protected abstract RateLimitStore newStore();

  /** A store whose server is unreachable. */
  protected abstract RateLimitStore unreachableStore();

  @AfterEach
  void closeStores() {
    if (first != null) {
      first.close();
    }
    if (second != null) {
      second.close();
    }
  }

  @Test
  void twoProcessesBookOneBudgetFirstComeFirstServed() {
    first = newStore();
    second = newStore();
    String app = TestServers.uniqueApp();
    first.reserve(new RateLimitKey(app, "warm-up"), FORTY_PER_MINUTE, MINUTE);   // connections open
    second.reserve(new RateLimitKey(app, "warm-up"), FORTY_PER_MINUTE, MINUTE);
    RateLimitKey key = new RateLimitKey(app, "location-1");

    long a = first.reserve(key, FORTY_PER_MINUTE, MINUTE);
    long b = second.reserve(key, FORTY_PER_MINUTE, MINUTE);
    long c = first.reserve(key, FORTY_PER_MINUTE, MINUTE);
    long d = second.reserve(key, FORTY_PER_MINUTE, MINUTE);

    // 40 per minute: 1 at once, then 39 per 63 s (the window plus 1/20 of it), whichever process asks.
    assertThat(a).isZero();
    long step = TimeUnit.MILLISECONDS.toNanos(63_000) / 39;
    long slack = TimeUnit.MILLISECONDS.toNanos(1000);   // the round trips between the bookings
    assertThat(b).isBetween(step - slack, step);
    assertThat(c).isBetween(2 * step - slack, 2 * step);
    assertThat(d).isBetween(3 * step - slack, 3 * step);
  }

  @Test
  void locationsAndAppsHaveBudgetsOfTheirOwn() {
    first = newStore();
    String app = TestServers.uniqueApp();
    RateLimitBands onePerMinute = new RateLimitBands(1, Duration.ofMinutes(1), 200_000);

    assertThat(first.reserve(new RateLimitKey(app, "a"), onePerMinute, MINUTE)).isZero();
    assertThat(first.reserve(new RateLimitKey(app, "b"), onePerMinute, MINUTE)).isZero();
    assertThat(first.reserve(new RateLimitKey(app + "-other", "a"), onePerMinute, MINUTE)).isZero();
    assertThat(first.reserve(new RateLimitKey(app, "a"), onePerMinute, HOUR)).isPositive();
  }

  @Test
  void theDailyBandRefusesOnceTheDayIsSpent() {
    first = newStore();
    RateLimitKey key = new RateLimitKey(TestServers.uniqueApp(), "location-1");
    RateLimitBands threePerDay = new RateLimitBands(100, Duration.ofMillis(10), 3);

    for (int i = 0; i < 3; i++) {
      assertThat(first.reserve(key, threePerDay, MINUTE)).as("booking %d", i).isLessThan(MINUTE);
    }

    assertThat(first.reserve(key, threePerDay, MINUTE)).isEqualTo(RateLimitStore.NOT_WITHIN_MAX_WAIT);
  }

  @Test
  void anUnreachableServerFailsTheBookingWithinTheTimeout() {
    first = unreachableStore();
    RateLimitKey key = new RateLimitKey(TestServers.uniqueApp(), "location-1");

    long started = System.nanoTime();
    assertThatThrownBy(() -> first.reserve(key, FORTY_PER_2S, MINUTE)).isInstanceOf(RuntimeException.class);
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
  }
}
