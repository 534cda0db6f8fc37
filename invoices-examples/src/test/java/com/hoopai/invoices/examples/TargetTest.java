package com.hoopai.invoices.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The examples choose the sandbox unless the environment names a real location (and a contact to bill). */
class TargetTest {

  @Test
  void withoutCredentialsTheExamplesRunOnTheSandbox() {
    try (Target target = Target.fromEnvironment(Map.of(Target.LOCATION, "ve9EPM428h8vShlRW1KT"))) {
      assertThat(target.isSandbox()).isTrue();
      assertThat(target.liveMode()).isTrue();
      assertThat(target.describe()).startsWith("the embedded sandbox at http://");
      assertThat(target.customer()).isEqualTo(Customer.SANDBOX);
    }
  }

  @Test
  void withCredentialsTheyAlsoNeedAContactBeforeWritingAnything() {
    assertThatThrownBy(() -> Target.fromEnvironment(Map.of(Target.TOKEN, "pit-123", Target.LOCATION, "loc")))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining(Target.CONTACT);
  }

  @Test
  void onTheRealApiTheyWorkInTestMode() {
    try (Target target = Target.fromEnvironment(Map.of(Target.TOKEN, "pit-123", Target.LOCATION, "loc",
        Target.CONTACT, "AmuzcoPBpgKeccNsFlib"))) {
      assertThat(target.isSandbox()).isFalse();
      assertThat(target.liveMode()).isFalse();
      assertThat(target.describe()).isEqualTo("HoopAI, location loc, in test mode");
      assertThat(target.location().locationId()).isEqualTo("loc");
    }
  }
}
