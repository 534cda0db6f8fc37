package com.hoopai.invoices.apicheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JavaApiDumpTest {

  static final List<String> PACKAGES = List.of("com.example.api", "com.example.client");

  static final String PARAMS = """
      package com.example.api;
      public final class ListWidgetsParams {
        private ListWidgetsParams() {}
        public static Builder builder() { return new Builder(); }
        public static final class Builder {
          Builder() {}
          public Builder limit(int limit) { return this; }
          public ListWidgetsParams build() { return new ListWidgetsParams(); }
        }
      }
      """;

  static final String HIDDEN = """
      package com.example.client.internal;
      public final class Wiring { public void wire() {} }
      """;

  static final String PACKAGE_PRIVATE = """
      package com.example.client;
      class Helper { public void help() {} }
      """;

  static final String OUTSIDE = """
      package com.example.other;
      public final class Elsewhere { public void anything() {} }
      """;

  static String widgetsApi(String methods) {
    return """
        package com.example.api;
        import java.util.List;
        import java.util.function.Function;
        public interface WidgetsApi {
        %s
          <T extends Comparable<T>> List<T> sorted(Function<String, ? extends T> key, String... names);
        }
        """.formatted(methods);
  }

  @Test
  void dumpsPublicTypesAndMembersOfTheGivenPackagesByShortName(@TempDir Path dir) throws IOException {
    Path classes = CompiledSources.compile(dir, Map.of(
        "com/example/api/WidgetsApi.java", widgetsApi("""
              String getWidget(String widgetId);
              java.util.List<String> listWidgets(ListWidgetsParams params);
              static WidgetsApi none() { return null; }
            """),
        "com/example/api/ListWidgetsParams.java", PARAMS,
        "com/example/client/internal/Wiring.java", HIDDEN,
        "com/example/client/Helper.java", PACKAGE_PRIVATE,
        "com/example/other/Elsewhere.java", OUTSIDE));

    List<String> dump;
    try (URLClassLoader loader = CompiledSources.loader(classes)) {
      dump = JavaApiDump.of(classes, loader, PACKAGES);
    }

    assertThat(dump).containsExactly(
        "type ListWidgetsParams: public final class in com.example.api",
        "static method ListWidgetsParams.builder(): ListWidgetsParams.Builder",
        "type ListWidgetsParams.Builder: public static final class",
        "method ListWidgetsParams.Builder.build(): ListWidgetsParams",
        "method ListWidgetsParams.Builder.limit(int): ListWidgetsParams.Builder",
        "type WidgetsApi: public interface in com.example.api",
        "method <T extends Comparable<T>> WidgetsApi.sorted(java.util.function.Function<String, ? extends T>,"
            + " String...): java.util.List<T>",
        "method WidgetsApi.getWidget(String): String",
        "method WidgetsApi.listWidgets(ListWidgetsParams): java.util.List<String>",
        "static method WidgetsApi.none(): WidgetsApi");
  }
}
