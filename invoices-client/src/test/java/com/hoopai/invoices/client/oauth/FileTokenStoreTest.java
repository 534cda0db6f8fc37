package com.hoopai.invoices.client.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file store keeps the contract, writes owner-only files, replaces them atomically, locks across JVMs. */
class FileTokenStoreTest extends TokenStoreContract {

  @TempDir
  Path temp;

  @Override
  TokenStore newStore() {
    return new FileTokenStore(temp.resolve("tokens"), clock);
  }

  @Override
  int incrementsPerThread() {
    return 10;   // every change is forced to disk
  }

  @Test
  void theDirectoryAndEveryFileAreOwnerOnly() throws IOException {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    TokenStore store = newStore();
    StoredTokens stored = store.put(tokens(KEY, 1));
    store.tryLease(KEY, stored.version(), "a", clock.instant().plusSeconds(60));

    Path dir = temp.resolve("tokens");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).isEqualTo("rwx------");
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> all = files.toList();
      assertThat(all).extracting(p -> p.getFileName().toString()).containsExactlyInAnyOrder(
          KEY + ".json", KEY + ".lock");
      for (Path file : all) {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).as(file.toString())
            .isEqualTo("rw-------");
      }
    }
  }

  @Test
  void aChangeReplacesTheFileWholeByRenameLeavingNoTemporaryFile() throws IOException {
    TokenStore store = newStore();
    StoredTokens stored = store.put(tokens(KEY, 1));
    Path file = temp.resolve("tokens").resolve(KEY + ".json");
    byte[] before = Files.readAllBytes(file);

    try (InputStream openBefore = Files.newInputStream(file)) {
      store.saveRefreshed(KEY, stored.version(), "a", next(stored, 2));
      // A reader that opened the old file still reads all of it: the new file is a new inode, renamed in.
      assertThat(openBefore.readAllBytes()).isEqualTo(before);
    }
    assertThat(new String(Files.readAllBytes(file), StandardCharsets.UTF_8)).contains("rt-contract-2-c0ffee");
    try (Stream<Path> files = Files.list(temp.resolve("tokens"))) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
    }
  }

  @Test
  void aLeftoverTemporaryFileFromACrashIsIgnored() throws IOException {
    TokenStore store = newStore();
    StoredTokens stored = store.put(tokens(KEY, 1));
    Files.writeString(temp.resolve("tokens").resolve("." + KEY + ".json.123.tmp"), "{\"half\":");

    assertThat(store.load(KEY)).contains(stored);
  }

  @Test
  void keysCannotEscapeTheDirectory() throws IOException {
    TokenStore store = newStore();

    store.put(tokens("../../etc/passwd", 1));
    store.put(tokens("a/b\\c.d", 2));

    assertThat(store.load("../../etc/passwd")).isPresent();
    assertThat(store.load("a/b\\c.d")).isPresent();
    try (Stream<Path> files = Files.list(temp.resolve("tokens"))) {
      assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")))
          .containsExactlyInAnyOrder("%2E%2E%2F%2E%2E%2Fetc%2Fpasswd.json", "a%2Fb%5Cc%2Ed.json");
    }
    assertThat(FileTokenStore.fileName("x".repeat(300))).startsWith("sha256-").hasSize(7 + 64);
  }

  @Test
  void aCorruptFileFailsWithoutShowingItsContent() throws IOException {
    TokenStore store = newStore();
    store.put(tokens(KEY, 1));
    Files.writeString(temp.resolve("tokens").resolve(KEY + ".json"), "{\"refreshToken\": rt-contract-9-c0ffee");

    TokenStoreException e = catchThrowableOfType(TokenStoreException.class, () -> store.load(KEY));

    assertThat(e.key()).isEqualTo(KEY);
    assertThat(e.getMessage()).contains(KEY).contains("not valid JSON");
    OAuthFixture.assertNoSecretIn(e);
  }

  @Test
  void twoProcessesSharingTheDirectoryLoseNoUpdate() throws Exception {
    Path dir = temp.resolve("tokens");
    StoredTokens first = newStore().put(tokens(KEY, 0));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<Process> processes = new ArrayList<>();
    for (int p = 0; p < 2; p++) {
      processes.add(new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
          FileStoreHammer.class.getName(), dir.toString(), KEY, "process-" + p, "20")
          .redirectErrorStream(true).start());
    }
    FileStoreHammer.main(new String[] {dir.toString(), KEY, "this-process", "20"});
    for (Process process : processes) {
      assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(process.exitValue()).as(output).isZero();
      assertThat(output).contains("done 20");
    }

    assertThat(newStore().load(KEY).orElseThrow().version()).isEqualTo(first.version() + 60);
  }
}
