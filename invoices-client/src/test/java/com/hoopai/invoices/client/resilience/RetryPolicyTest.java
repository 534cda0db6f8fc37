package com.hoopai.invoices.client.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hoopai.invoices.client.RetryPolicy;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The backoff arithmetic: exponential, spread by the jitter, capped; Retry-After capped. */
class RetryPolicyTest {

  private final RetryPolicy policy = RetryPolicy.builder().initialBackoff(Duration.ofMillis(100)).multiplier(2)
      .maxBackoff(Duration.ofSeconds(1)).jitter(0.5).maxRetryAfter(Duration.ofSeconds(20)).build();

  @Test
  void backoffGrowsExponentiallyAroundItsMiddle() {
    assertThat(policy.backoff(1, 0.5)).isEqualTo(Duration.ofMillis(100));
    assertThat(policy.backoff(2, 0.5)).isEqualTo(Duration.ofMillis(200));
    assertThat(policy.backoff(3, 0.5)).isEqualTo(Duration.ofMillis(400));
  }

  @Test
  void jitterSpreadsEachWaitByItsFraction() {
    assertThat(policy.backoff(2, 0.0)).isEqualTo(Duration.ofMillis(100));
    assertThat(policy.backoff(2, 0.999_999)).isBetween(Duration.ofMillis(299), Duration.ofMillis(300));
  }

  @Test
  void backoffNeverExceedsTheCap() {
    assertThat(policy.backoff(30, 0.999)).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void retryAfterIsHonouredUpToItsCap() {
    assertThat(policy.retryAfter(Duration.ofSeconds(7))).isEqualTo(Duration.ofSeconds(7));
    assertThat(policy.retryAfter(Duration.ofHours(1))).isEqualTo(Duration.ofSeconds(20));
  }

  @Test
  void theDefaultsAreThreeAttempts() {
    assertThat(RetryPolicy.defaults().maxAttempts()).isEqualTo(3);
    assertThat(RetryPolicy.none().maxAttempts()).isEqualTo(1);
  }

  @Test
  void badSettingsAreRefusedAtOnce() {
    assertThatThrownBy(() -> RetryPolicy.builder().maxAttempts(0)).hasMessageContaining("maxAttempts");
    assertThatThrownBy(() -> RetryPolicy.builder().jitter(1.5)).hasMessageContaining("jitter");
    assertThatThrownBy(() -> RetryPolicy.builder().multiplier(0.5)).hasMessageContaining("multiplier");
    assertThatThrownBy(() -> RetryPolicy.builder().maxBackoff(Duration.ofMillis(-1)))
        .hasMessageContaining("maxBackoff");
  }
}
