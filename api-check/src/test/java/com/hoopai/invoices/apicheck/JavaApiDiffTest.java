package com.hoopai.invoices.apicheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JavaApiDiffTest {

  private static final String MODEL_V1 = """
      package com.example.model;
      public class Widget {
        public String getName() { return null; }
        public String getFooBar() { return null; }
      }
      """;

  private static final String MODEL_V2 = """
      package com.example.model;
      public class Widget {
        public String getName() { return null; }
        public Integer getSize() { return null; }
      }
      """;

  private static final String API_V1 = """
      package com.example.api;
      public interface WidgetsApi {
        String listWidgets(String search, Integer limit);
        void deleteWidget(String widgetId);
      }
      """;

  private static final String API_V2 = """
      package com.example.api;
      public interface WidgetsApi {
        String listWidgets(ListWidgetsParams params);
        void deleteWidget(String widgetId);
      }
      """;

  private static final String PARAMS = """
      package com.example.api;
      public final class ListWidgetsParams {
        public String search() { return null; }
      }
      """;

  private static final String GONE = """
      package com.example.api;
      public final class Legacy {
        public void one() {}
        public void two() {}
      }
      """;

  private static final List<String> PACKAGES = List.of("com.example.api", "com.example.model");

  @Test
  void aRemovedMethodIsBreakingAndAnAddedOneIsNot(@TempDir Path dir) throws IOException {
    List<String> before = dump(dir.resolve("v1"), Map.of("com/example/model/Widget.java", MODEL_V1));
    List<String> after = dump(dir.resolve("v2"), Map.of("com/example/model/Widget.java", MODEL_V2));

    List<ApiChange> changes = JavaApiDiff.between(before, after);

    assertThat(changes).extracting(ApiChange::toString).containsExactlyInAnyOrder(
        "- method Widget.getFooBar(): String  [breaking]",
        "+ method Widget.getSize(): Integer");
  }

  @Test
  void aChangedSignatureIsOneBreakingChangeAndNewOrRemovedTypesAreOneLineEach(@TempDir Path dir)
      throws IOException {
    List<String> before = dump(dir.resolve("v1"), Map.of(
        "com/example/api/WidgetsApi.java", API_V1, "com/example/api/Legacy.java", GONE));
    List<String> after = dump(dir.resolve("v2"), Map.of(
        "com/example/api/WidgetsApi.java", API_V2, "com/example/api/ListWidgetsParams.java", PARAMS));

    List<ApiChange> changes = JavaApiDiff.between(before, after);

    assertThat(changes).extracting(ApiChange::toString).containsExactlyInAnyOrder(
        "~ method WidgetsApi.listWidgets(String, Integer): String  became  "
            + "method WidgetsApi.listWidgets(ListWidgetsParams): String  [breaking]",
        "- type Legacy (3 members)  [breaking]",
        "+ type ListWidgetsParams (2 members)");
  }

  @Test
  void aTypeMovedToAnotherPackageIsABreakingChange(@TempDir Path dir) throws IOException {
    List<String> before = dump(dir.resolve("v1"), Map.of("com/example/api/Legacy.java", GONE));
    List<String> after = dump(dir.resolve("v2"), Map.of("com/example/model/Legacy.java",
        GONE.replace("package com.example.api;", "package com.example.model;")));

    List<ApiChange> changes = JavaApiDiff.between(before, after);

    assertThat(changes).extracting(ApiChange::toString).containsExactly(
        "~ type Legacy: public final class in com.example.api  became  "
            + "type Legacy: public final class in com.example.model  [breaking]");
  }

  @Test
  void theSameClassesGiveNoChangesAndCommentLinesAreIgnored(@TempDir Path dir) throws IOException {
    List<String> before = dump(dir.resolve("v1"), Map.of("com/example/model/Widget.java", MODEL_V1));
    List<String> withHeader = new java.util.ArrayList<>(List.of("# a header", ""));
    withHeader.addAll(before);

    assertThat(JavaApiDiff.between(withHeader, before)).isEmpty();
  }

  private static List<String> dump(Path dir, Map<String, String> sources) throws IOException {
    Path classes = CompiledSources.compile(dir, sources);
    try (URLClassLoader loader = CompiledSources.loader(classes)) {
      return JavaApiDump.of(classes, loader, PACKAGES);
    }
  }
}
