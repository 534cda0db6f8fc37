package com.hoopai.invoices.apicheck;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The changes between two {@link JavaApiDump Java API dumps}, line by line, by name.
 *
 * <p>A line only in the current dump is an addition (not breaking); a line only in the baseline is a
 * removal (breaking). A removed and an added line for the same member (same kind, owner and name, one of
 * each) are reported as one change of that member: {@code listInvoices(String, Integer)} became {@code
 * listInvoices(ListInvoicesParams)}. A type that appears or disappears is one line, not one per member.
 *
 * <pre>{@code
 * List<ApiChange> changes = JavaApiDiff.between(baselineLines, JavaApiDump.of(classes, loader, packages));
 * // "- method Invoice.getFooBar(): String  [breaking]"
 * }</pre>
 */
public final class JavaApiDiff {

  private JavaApiDiff() {
  }

  /**
   * Compares two dumps. Blank lines and lines starting with {@code #} are ignored.
   *
   * @param baseline the committed dump
   * @param current  the dump of the classes as they are now
   * @return every change, breaking ones marked; empty when both describe the same API
   */
  public static List<ApiChange> between(List<String> baseline, List<String> current) {
    Set<String> before = entries(baseline);
    Set<String> after = entries(current);
    Set<String> removedTypes = typesOnlyIn(before, after);
    Set<String> addedTypes = typesOnlyIn(after, before);

    Map<String, List<String>> removedByKey = new LinkedHashMap<>();
    for (String line : before) {
      if (!after.contains(line) && !belongsTo(line, removedTypes)) {
        removedByKey.computeIfAbsent(key(line), k -> new ArrayList<>()).add(line);
      }
    }
    Map<String, List<String>> addedByKey = new LinkedHashMap<>();
    for (String line : after) {
      if (!before.contains(line) && !belongsTo(line, addedTypes)) {
        addedByKey.computeIfAbsent(key(line), k -> new ArrayList<>()).add(line);
      }
    }

    List<ApiChange> changes = new ArrayList<>();
    for (String type : removedTypes) {
      changes.add(ApiChange.removed("type " + type + members(before, type), true));
    }
    for (String type : addedTypes) {
      changes.add(ApiChange.added("type " + type + members(after, type), false));
    }
    for (Map.Entry<String, List<String>> removed : removedByKey.entrySet()) {
      List<String> added = addedByKey.get(removed.getKey());
      if (removed.getValue().size() == 1 && added != null && added.size() == 1) {
        changes.add(ApiChange.changed(removed.getValue().get(0) + "  became  " + added.get(0), true));
        addedByKey.remove(removed.getKey());
      } else {
        removed.getValue().forEach(line -> changes.add(ApiChange.removed(line, true)));
      }
    }
    addedByKey.values().forEach(lines -> lines.forEach(line -> changes.add(ApiChange.added(line, false))));
    return List.copyOf(changes);
  }

  private static Set<String> entries(List<String> dump) {
    Set<String> entries = new LinkedHashSet<>();
    for (String line : dump) {
      String trimmed = line.strip();
      if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
        entries.add(trimmed);
      }
    }
    return entries;
  }

  /** Names of the types declared in {@code in} and not in {@code notIn}. */
  private static Set<String> typesOnlyIn(Set<String> in, Set<String> notIn) {
    Set<String> others = new LinkedHashSet<>();
    notIn.stream().filter(l -> l.startsWith("type ")).forEach(l -> others.add(typeName(l)));
    Set<String> types = new LinkedHashSet<>();
    in.stream().filter(l -> l.startsWith("type ")).map(JavaApiDiff::typeName)
        .filter(t -> !others.contains(t)).forEach(types::add);
    return types;
  }

  /** {@code "type InvoicesClient.Builder<T>: public ..."} gives {@code InvoicesClient.Builder}. */
  private static String typeName(String typeLine) {
    String rest = typeLine.substring("type ".length());
    int end = rest.length();
    for (char stop : new char[] {':', '<'}) {
      int at = rest.indexOf(stop);
      if (at >= 0 && at < end) {
        end = at;
      }
    }
    return rest.substring(0, end);
  }

  private static boolean belongsTo(String line, Set<String> types) {
    if (line.startsWith("type ")) {
      return types.contains(typeName(line));
    }
    String member = memberPart(line);
    return types.stream().anyMatch(t -> member.startsWith(t + ".") || member.startsWith(t + "("));
  }

  private static String members(Set<String> dump, String type) {
    long count = dump.stream().filter(l -> !l.startsWith("type ") && belongsTo(l, Set.of(type))).count();
    return count == 0 ? "" : " (" + count + (count == 1 ? " member)" : " members)");
  }

  /** The kind, owner and name of a line: what stays when only its signature changes. */
  private static String key(String line) {
    if (line.startsWith("type ")) {
      return "type " + typeName(line);
    }
    String member = memberPart(line);
    int end = member.length();
    for (char stop : new char[] {'(', ':'}) {
      int at = member.indexOf(stop);
      if (at >= 0 && at < end) {
        end = at;
      }
    }
    String kind = line.substring(0, line.length() - member.length()).replaceAll("<.*> $", "");
    return kind.replace("protected ", "").replace("static ", "") + member.substring(0, end);
  }

  /** The line without its modifiers, kind and type parameters: {@code Owner.name(...): Type}. */
  private static String memberPart(String line) {
    String rest = line;
    for (String word : new String[] {"protected ", "static "}) {
      if (rest.startsWith(word)) {
        rest = rest.substring(word.length());
      }
    }
    for (String kind : new String[] {"enum constant ", "constructor ", "method ", "field "}) {
      if (rest.startsWith(kind)) {
        rest = rest.substring(kind.length());
        break;
      }
    }
    if (rest.startsWith("<")) {
      int depth = 0;
      for (int i = 0; i < rest.length(); i++) {
        char c = rest.charAt(i);
        depth += c == '<' ? 1 : c == '>' ? -1 : 0;
        if (depth == 0) {
          rest = rest.substring(i + 1).stripLeading();
          break;
        }
      }
    }
    return rest;
  }
}
