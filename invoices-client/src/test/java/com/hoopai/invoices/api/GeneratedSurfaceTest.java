package com.hoopai.invoices.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The generated surface reads as if written by hand: few arguments, none of the same type side by side (so
 * two ids cannot be swapped without a compile error), and only public SDK types in the generated code.
 */
class GeneratedSurfaceTest {

  private static final Path GENERATED = Path.of("target/generated-sources/openapi/src/main/java/com/hoopai/invoices");
  private static final List<Class<?>> SURFACE = List.of(
      InvoicesApi.class, InvoiceTemplatesApi.class, InvoiceSchedulesApi.class, EstimatesApi.class,
      EstimateTemplatesApi.class, InvoicesApi.WithRawResponse.class, EstimatesApi.WithRawResponse.class,
      InvoicesLocationApi.class, InvoiceTemplatesLocationApi.class, InvoiceSchedulesLocationApi.class,
      EstimatesLocationApi.class, EstimateTemplatesLocationApi.class, InvoicesLocationApi.WithRawResponse.class);

  @Test
  void noGeneratedMethodTakesMoreThanThreeArguments() {
    List<String> tooMany = new ArrayList<>();
    for (Class<?> type : SURFACE) {
      for (Method method : publicMethods(type)) {
        if (method.getParameterCount() > 3) {
          tooMany.add(type.getSimpleName() + "." + method.getName());
        }
      }
    }
    assertThat(tooMany).isEmpty();
  }

  @Test
  void noTwoAdjacentArgumentsShareAType() {
    List<String> swappable = new ArrayList<>();
    for (Class<?> type : SURFACE) {
      for (Method method : publicMethods(type)) {
        Class<?>[] parameters = method.getParameterTypes();
        for (int i = 1; i < parameters.length; i++) {
          if (parameters[i] == parameters[i - 1]) {
            swappable.add(type.getSimpleName() + "." + method.getName());
          }
        }
      }
    }
    assertThat(swappable).isEmpty();
  }

  @Test
  void generatedCodeImportsNoInternalType() throws IOException {
    assertThat(GENERATED).isDirectory();
    List<String> offenders;
    try (Stream<Path> files = Files.walk(GENERATED)) {
      offenders = files.filter(file -> file.toString().endsWith(".java"))
          .filter(file -> read(file).contains(".internal."))
          .map(Path::toString).toList();
    }
    assertThat(offenders).isEmpty();
  }

  @Test
  void noGeneratorMadeNameReachesThePublicApi() throws IOException {
    List<String> offenders;
    try (Stream<Path> files = Files.walk(GENERATED)) {
      offenders = files.filter(file -> file.toString().endsWith(".java"))
          .filter(file -> {
            String text = read(file);
            return text.contains("UNKNOWN_DEFAULT_OPEN_API") || text.matches("(?s).*public enum \\w+Enum\\b.*");
          })
          .map(Path::toString).toList();
    }
    assertThat(offenders).isEmpty();
  }

  private static List<Method> publicMethods(Class<?> type) {
    return Stream.of(type.getDeclaredMethods()).filter(m -> Modifier.isPublic(m.getModifiers())).toList();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
