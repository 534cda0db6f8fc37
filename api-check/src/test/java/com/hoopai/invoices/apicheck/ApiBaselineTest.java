package com.hoopai.invoices.apicheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiBaselineTest {

  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

  private static ApiBaseline baseline(Path file) {
    return new ApiBaseline("the widgets API", file,
        (before, after) -> JavaApiDiff.between(before.lines().toList(), after.lines().toList()));
  }

  @Test
  void additionsArePrintedAndPassWithoutTouchingTheBaseline(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("widgets.api"), "type Widget: public class\n");

    List<ApiChange> changes = baseline(file)
        .check("type Widget: public class\nmethod Widget.getSize(): Integer\n", false, out);

    assertThat(changes).extracting(ApiChange::toString).containsExactly("+ method Widget.getSize(): Integer");
    assertThat(printed()).contains("API changes in the widgets API", "+ method Widget.getSize(): Integer",
        "none is breaking", ApiBaseline.UPDATE_COMMAND);
    assertThat(file).hasContent("type Widget: public class");
  }

  @Test
  void aBreakingChangeFailsNamingItAndTheUpdateCommand(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("widgets.api"),
        "type Widget: public class\nmethod Widget.getFooBar(): String\n");

    assertThatThrownBy(() -> baseline(file).check("type Widget: public class\n", false, out))
        .isInstanceOf(BreakingApiChangeException.class)
        .hasMessageContaining("1 breaking change in the widgets API")
        .hasMessageContaining("- method Widget.getFooBar(): String  [breaking]")
        .hasMessageContaining(ApiBaseline.UPDATE_COMMAND);
    assertThat(printed()).contains("- method Widget.getFooBar(): String");
    assertThat(file).hasContent("type Widget: public class\nmethod Widget.getFooBar(): String");
  }

  @Test
  void anUpdateRewritesTheBaselinePrintsTheChangesAndPasses(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("widgets.api"),
        "type Widget: public class\nmethod Widget.getFooBar(): String\n");

    baseline(file).check("type Widget: public class\n", true, out);

    assertThat(file).hasContent("type Widget: public class");
    assertThat(printed()).contains("- method Widget.getFooBar(): String", "baseline updated");
    assertThat(baseline(file).check("type Widget: public class\n", false, out)).isEmpty();
  }

  @Test
  void aMissingBaselineFailsUnlessItIsBeingWritten(@TempDir Path dir) {
    Path file = dir.resolve("api/widgets.api");

    assertThatThrownBy(() -> baseline(file).check("type Widget: public class\n", false, out))
        .isInstanceOf(BreakingApiChangeException.class)
        .hasMessageContaining("There is no baseline of the widgets API")
        .hasMessageContaining(ApiBaseline.UPDATE_COMMAND);

    baseline(file).check("type Widget: public class\n", true, out);
    assertThat(file).hasContent("type Widget: public class");
  }

  @Test
  void noChangePrintsNothing(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("widgets.api"), "type Widget: public class\n");

    assertThat(baseline(file).check("type Widget: public class\n", false, out)).isEmpty();
    assertThat(printed()).isEmpty();
  }

  @Test
  void theUpdatePropertyIsReadFromTheSystemProperties() {
    String before = System.getProperty(ApiBaseline.UPDATE_PROPERTY);
    try {
      System.clearProperty(ApiBaseline.UPDATE_PROPERTY);
      assertThat(ApiBaseline.updateRequested()).isFalse();
      System.setProperty(ApiBaseline.UPDATE_PROPERTY, "");
      assertThat(ApiBaseline.updateRequested()).isTrue();
      System.setProperty(ApiBaseline.UPDATE_PROPERTY, "false");
      assertThat(ApiBaseline.updateRequested()).isFalse();
    } finally {
      if (before == null) {
        System.clearProperty(ApiBaseline.UPDATE_PROPERTY);
      } else {
        System.setProperty(ApiBaseline.UPDATE_PROPERTY, before);
      }
    }
  }

  private String printed() {
    return printed.toString(StandardCharsets.UTF_8);
  }
}
