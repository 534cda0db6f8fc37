package com.hoopai.invoices.ratelimit.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hoopai.invoices.client.ratelimit.RateLimitStore;
import com.hoopai.invoices.ratelimit.RateLimitStoreContractAccess;
import com.hoopai.invoices.ratelimit.TestServers;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The Redis store on a real server. */
class RedisRateLimitStoreTest extends RateLimitStoreContractAccess {

  @Override
  protected RateLimitStore newStore() {
    // A generous bound: these tests check what is booked; a busy build machine must not turn them into timeouts.
    return RedisRateLimitStore.builder(TestServers.redisUrl()).timeout(Duration.ofSeconds(5)).build();
  }

  @Override
  protected RateLimitStore unreachableStore() {
    return RedisRateLimitStore.builder("redis://127.0.0.1:9").timeout(Duration.ofMillis(300)).build();
  }

  @Test
  void aMalformedUrlIsRefusedWithoutRepeatingIt() {
    assertThatThrownBy(() -> RedisRateLimitStore.builder("http://user:secret@host"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("secret");
  }

  @Test
  void itsToStringNeverShowsThePassword() {
    try (RedisRateLimitStore store = RedisRateLimitStore.builder("redis://:hunter2@127.0.0.1:9").build()) {
      assertThat(store.toString()).isEqualTo("RedisRateLimitStore{127.0.0.1:9}");
    }
  }
}
