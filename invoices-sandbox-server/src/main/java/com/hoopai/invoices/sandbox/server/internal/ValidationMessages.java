package com.hoopai.invoices.sandbox.server.internal;

import com.atlassian.oai.validator.report.ValidationReport;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words a validation report the way the API's validation pipe (NestJS class-validator) words its 422
 * messages: {@code items.0.currency should not be empty}, {@code limit must be an integer number}.
 * A message it does not recognise keeps the validator's wording, prefixed with the property path.
 */
final class ValidationMessages {

  private static final Pattern QUOTED_LIST = Pattern.compile("\\(\\[(.*?)]\\)");
  private static final Pattern ALLOWED = Pattern.compile("allowed: \\[(.*?)]");
  private static final Pattern POSSIBLE = Pattern.compile("possible values: \\[(.*?)]");
  private static final Pattern LIMIT = Pattern.compile("(?:minimum|maximum|length|count)[^0-9-]*\\(?(-?[0-9.]+)\\)?");
  private static final Pattern PATH_PREFIX = Pattern.compile("^\\[Path '[^']*'] ");

  private ValidationMessages() {
  }

  static List<String> of(ValidationReport report) {
    Set<String> messages = new LinkedHashSet<>();
    for (ValidationReport.Message message : report.getMessages()) {
      if (message.getLevel() == ValidationReport.Level.ERROR) {
        messages.addAll(words(message));
      }
    }
    return List.copyOf(messages);
  }

  private static List<String> words(ValidationReport.Message message) {
    String key = message.getKey();
    String text = PATH_PREFIX.matcher(message.getMessage()).replaceFirst("");
    String subject = subject(message);
    if (key.endsWith(".missing")) {
      return List.of(subject + " should not be empty");
    }
    if (key.endsWith(".schema.required")) {
      List<String> out = new ArrayList<>();
      for (String property : list(QUOTED_LIST, text)) {
        out.add(join(subject, property) + " should not be empty");
      }
      return out.isEmpty() ? List.of(subject + " " + text) : out;
    }
    if (key.endsWith(".schema.type")) {
      List<String> allowed = list(ALLOWED, text);
      return List.of(subject + " must be " + typePhrase(allowed.isEmpty() ? "" : allowed.get(allowed.size() - 1)));
    }
    if (key.endsWith(".schema.enum")) {
      return List.of(subject + " must be one of the following values: " + String.join(", ", list(POSSIBLE, text)));
    }
    if (key.contains(".schema.format.date")) {
      return List.of(subject + " must be a valid ISO 8601 date string");
    }
    Matcher limit = LIMIT.matcher(text);
    if (key.endsWith(".schema.minimum") && limit.find()) {
      return List.of(subject + " must not be less than " + limit.group(1));
    }
    if (key.endsWith(".schema.maximum") && limit.find()) {
      return List.of(subject + " must not be greater than " + limit.group(1));
    }
    if (key.endsWith(".schema.maxLength") && limit.find()) {
      return List.of(subject + " must be shorter than or equal to " + limit.group(1) + " characters");
    }
    if (key.endsWith(".schema.minLength") && limit.find()) {
      return List.of(subject + " must be longer than or equal to " + limit.group(1) + " characters");
    }
    return List.of(subject.isEmpty() ? text : subject + ": " + text);
  }

  /** The parameter name, or the body path in dotted form ({@code items.0.amount}); empty for the body root. */
  private static String subject(ValidationReport.Message message) {
    return message.getContext().map(context -> {
      if (context.getParameter().isPresent()) {
        return context.getParameter().get().getName();
      }
      return context.getPointers()
          .map(pointers -> pointers.getInstance())
          .map(pointer -> pointer.replaceAll("^/", "").replace('/', '.').replace("~1", "/").replace("~0", "~"))
          .orElse("");
    }).orElse("");
  }

  private static String join(String path, String property) {
    return path.isEmpty() ? property : path + "." + property;
  }

  private static List<String> list(Pattern pattern, String text) {
    Matcher matcher = pattern.matcher(text);
    if (!matcher.find() || matcher.group(1).isBlank()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String item : matcher.group(1).split(",")) {
      out.add(item.strip().replaceAll("^\"|\"$", ""));
    }
    return out;
  }

  private static String typePhrase(String type) {
    return switch (type) {
      case "string" -> "a string";
      case "integer" -> "an integer number";
      case "number" -> "a number conforming to the specified constraints";
      case "boolean" -> "a boolean value";
      case "array" -> "an array";
      case "object" -> "an object";
      default -> "of type " + type;
    };
  }
}
