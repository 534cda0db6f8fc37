package com.hoopai.invoices.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JavadocTextTest {

  @Test
  void nothingToSayGivesNull() {
    assertThat(JavadocText.of(null)).isNull();
    assertThat(JavadocText.of(" \n\t")).isNull();
  }

  @Test
  void htmlCharactersBecomeEntities() {
    assertThat(JavadocText.of("fees < 5 & total > 0")).isEqualTo("fees &lt; 5 &amp; total &gt; 0");
  }

  @Test
  void anAtSignCannotStartATag() {
    assertThat(JavadocText.of("@deprecated or {@link X} or mail@example.com"))
        .isEqualTo("&#64;deprecated or {&#64;link X} or mail&#64;example.com");
  }

  @Test
  void theTextCannotEndTheComment() {
    assertThat(JavadocText.of("a */ b")).isEqualTo("a *&#47; b").doesNotContain("*/");
    assertThat(JavadocText.of("a `*/` b")).isEqualTo("a <code>*&#47;</code> b");
  }

  @Test
  void aBackslashCannotStartAUnicodeEscape() {
    assertThat(JavadocText.of("C:\\users\\u0041")).isEqualTo("C:&#92;users&#92;u0041").doesNotContain("\\");
  }

  @Test
  void codeSpansBecomeCodeElements() {
    assertThat(JavadocText.of("set `altType` to `location`"))
        .isEqualTo("set <code>altType</code> to <code>location</code>");
    assertThat(JavadocText.of("the page is `{items, total}` & <ok>"))
        .isEqualTo("the page is <code>{items, total}</code> &amp; &lt;ok&gt;");
  }

  @Test
  void anUnpairedBacktickStaysAsItIs() {
    assertThat(JavadocText.of("a `b` c `d")).isEqualTo("a <code>b</code> c `d");
    assertThat(JavadocText.of("it`s")).isEqualTo("it`s");
  }

  @Test
  void lineBreaksOfBlockScalarsBecomeSpaces() {
    assertThat(JavadocText.of("  first line\n  second\n\nthird  ")).isEqualTo("first line second third");
  }

  @Test
  void theFallbackStandsInOnlyWhenTheSpecSaysNothing() {
    assertThat(JavadocText.orElse(null, "The {@code x} property.")).isEqualTo("The {@code x} property.");
    assertThat(JavadocText.orElse("The id.", "The {@code x} property.")).isEqualTo("The id.");
  }
}
