package app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The class path Maven resolved for this application: no version with a known CVE, one SLF4J API (2.x), and
 * every Jackson module at jackson-databind's version. Read from the jars' repository paths
 * (group/artifact/version/artifact-version.jar).
 */
class ClassPathCheckTest {

  /** group:artifact, lowest fixed version, why. */
  private static final String[][] BANNED = {
      {"org.mozilla:rhino", "1.7.14", "CVE-2020-14326 and others"},
      {"org.yaml:snakeyaml", "2.0", "CVE-2022-1471"},
      {"com.google.guava:guava", "32.0.0", "CVE-2023-2976, CVE-2020-8908"},
      {"com.fasterxml.jackson.core:jackson-databind", "2.13.4.2", "CVE-2022-42003, CVE-2022-42004"},
      {"com.fasterxml.jackson.core:jackson-core", "2.15.0", "CVE-2025-52999"},
      {"commons-io:commons-io", "2.14.0", "CVE-2024-47554"},
      {"org.apache.commons:commons-lang3", "3.18.0", "CVE-2025-48924"},
      {"org.apache.commons:commons-compress", "1.26.0", "CVE-2024-25710, CVE-2024-26308"},
      {"org.apache.httpcomponents:httpclient", "4.5.13", "CVE-2020-13956"},
      {"com.squareup.okio:okio-jvm", "3.4.0", "CVE-2023-3635"},
      {"com.squareup.okio:okio", "3.4.0", "CVE-2023-3635"},
      {"com.squareup.okhttp3:okhttp", "4.9.2", "CVE-2021-0341"},
      {"org.jetbrains.kotlin:kotlin-stdlib", "1.6.0", "CVE-2022-24329"},
      {"net.minidev:json-smart", "2.4.9", "CVE-2023-1370"},
      {"org.slf4j:slf4j-api", "2.0.0", "the 1.7 API beside SLF4J 2 providers"},
  };

  @Test
  void noVersionWithAKnownCveAndOneJacksonVersion() {
    Map<String, String> resolved = resolved();
    List<String> problems = new ArrayList<>();
    for (String[] ban : BANNED) {
      String version = resolved.get(ban[0]);
      if (version != null && compare(version, ban[1]) < 0) {
        problems.add(ban[0] + ":" + version + " (below " + ban[1] + ": " + ban[2] + ")");
      }
    }
    String databind = resolved.get("com.fasterxml.jackson.core:jackson-databind");
    resolved.forEach((module, version) -> {
      if (module.startsWith("com.fasterxml.jackson.") && !module.endsWith(":jackson-annotations")
          && databind != null && !version.equals(databind)) {
        problems.add(module + ":" + version + " beside jackson-databind " + databind);
      }
    });

    assertEquals(List.of(), problems, "class path problems");
  }

  private static Map<String, String> resolved() {
    Map<String, String> modules = new TreeMap<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      File jar = new File(entry);
      File versionDir = jar.getParentFile();
      if (!jar.getName().endsWith(".jar") || versionDir == null || versionDir.getParentFile() == null) {
        continue;
      }
      String version = versionDir.getName();
      File artifactDir = versionDir.getParentFile();
      if (!jar.getName().startsWith(artifactDir.getName() + "-" + version)) {
        continue;   // not in a repository layout (target/classes...)
      }
      List<String> group = new ArrayList<>();
      for (File dir = artifactDir.getParentFile(); dir != null && !dir.getName().endsWith("repo")
          && !dir.getName().equals("repository"); dir = dir.getParentFile()) {
        group.add(0, dir.getName());
      }
      modules.put(String.join(".", group) + ":" + artifactDir.getName(), version);
    }
    return modules;
  }

  /** Maven-like order on the numeric parts; a qualifier (-jre, -android) does not count. */
  static int compare(String a, String b) {
    String[] x = a.split("[.-]");
    String[] y = b.split("[.-]");
    for (int i = 0; i < Math.max(x.length, y.length); i++) {
      long p = i < x.length ? number(x[i]) : 0;
      long q = i < y.length ? number(y[i]) : 0;
      if (p != q) {
        return Long.compare(p, q);
      }
    }
    return 0;
  }

  private static long number(String part) {
    return part.chars().allMatch(Character::isDigit) && !part.isEmpty() ? Long.parseLong(part) : 0;
  }
}
