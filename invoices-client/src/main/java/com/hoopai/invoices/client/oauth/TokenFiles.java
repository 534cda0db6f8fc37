package com.hoopai.invoices.client.oauth;

import com.hoopai.invoices.client.internal.JsonCodec;
import com.hoopai.invoices.client.internal.Lazy;
import com.hoopai.invoices.client.oauth.internal.JsonFields;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The files of a {@link FileTokenStore}: one JSON file per key, replaced whole by an atomic rename so that a
 * crash leaves the old file or the new one, and readable by the owner only on POSIX file systems. What the
 * records mean (versions, leases) is the store's business; locking too.
 */
final class TokenFiles {

  /** A key's record: its tokens and the refresh lease, if any. */
  record Entry(StoredTokens tokens, String leaseOwner, Instant leaseUntil) {
    /** Whether another owner holds a lease that has not run out. */
    boolean leasedByOther(String owner, Instant now) {
      return leaseOwner != null && !leaseOwner.equals(owner) && leaseUntil.isAfter(now);
    }
  }

  private static final int FORMAT = 1;
  private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");
  private static final Set<PosixFilePermission> OWNER_DIR = PosixFilePermissions.fromString("rwx------");

  private final Path directory;
  private final boolean posix;
  // Built at the first read or write: Jackson's set-up is startup time.
  private final Lazy<JsonCodec> json = Lazy.of(JsonFields::codec);

  /**
   * The files in the directory, created (owner-only) if missing.
   *
   * @throws TokenStoreException if the directory cannot be created
   */
  TokenFiles(Path directory) {
    this.directory = directory.toAbsolutePath().normalize();
    this.posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    try {
      if (!Files.isDirectory(this.directory)) {
        if (posix) {
          Files.createDirectories(this.directory, PosixFilePermissions.asFileAttribute(OWNER_DIR));
        } else {
          Files.createDirectories(this.directory);
        }
      }
    } catch (IOException e) {
      throw new TokenStoreException("file token store: could not create " + this.directory, null, e);
    }
  }

  /** The absolute directory. */
  Path directory() {
    return directory;
  }

  /** Opens (creating it owner-only) the key's lock file; lock files are never deleted, others may hold them. */
  FileChannel openLockFile(String key) throws IOException {
    Set<StandardOpenOption> options = Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    return posix
        ? FileChannel.open(file(key, ".lock"), options, PosixFilePermissions.asFileAttribute(OWNER_FILE))
        : FileChannel.open(file(key, ".lock"), options);
  }

  /** The key's record, or {@code null} when there is none. */
  Entry read(String key) throws IOException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file(key, ".json"));
    } catch (NoSuchFileException e) {
      return null;
    }
    Map<String, Object> root;
    try {
      root = JsonFields.object(json.get(), bytes);
    } catch (JsonCodec.JsonShapeException e) {
      // Not attached as the cause: a parser message can quote the text it choked on, a token perhaps.
      throw new IOException("the file is not valid JSON");
    }
    if (root == null || JsonFields.asLong(root.get("format"), 0) != FORMAT) {
      throw new IOException("the file is not a token file of format " + FORMAT);
    }
    try {
      StoredTokens.Builder tokens = StoredTokens.builder()
          .key(text(root, "key"))
          .refreshToken(text(root, "refreshToken"))
          .userType(UserType.fromWire(text(root, "userType")))
          .expiresAt(Instant.parse(text(root, "expiresAt")))
          .scope(text(root, "scope"))
          .companyId(text(root, "companyId"))
          .locationId(text(root, "locationId"))
          .version(JsonFields.asLong(root.get("version"), 0));
      if (text(root, "accessToken") != null) {
        tokens.accessToken(text(root, "accessToken"));
      }
      String leaseOwner = text(root, "leaseOwner");
      String leaseUntil = text(root, "leaseUntil");
      return new Entry(tokens.build(), leaseOwner, leaseUntil == null ? null : Instant.parse(leaseUntil));
    } catch (RuntimeException e) {
      throw new IOException("the file holds an invalid token record (" + e.getClass().getSimpleName() + ")");
    }
  }

  private static String text(Map<String, Object> root, String field) {
    return JsonFields.text(root.get(field));
  }

  /** Replaces the key's file whole: a temporary file forced to disk, then renamed over the old one. */
  void write(String key, Entry entry) throws IOException {
    StoredTokens tokens = entry.tokens();
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("format", FORMAT);
    root.put("key", tokens.key());
    root.put("userType", tokens.userType().wireValue());
    root.put("version", tokens.version());
    root.put("expiresAt", tokens.expiresAt().toString());
    root.put("scope", tokens.scope());
    root.put("companyId", tokens.companyId());
    root.put("locationId", tokens.locationId());
    root.put("accessToken", tokens.accessToken());
    root.put("refreshToken", tokens.refreshToken());
    root.put("leaseOwner", entry.leaseOwner());
    root.put("leaseUntil", entry.leaseUntil() == null ? null : entry.leaseUntil().toString());
    byte[] bytes = json.get().writeUntyped(root).getBytes(StandardCharsets.UTF_8);
    Path target = file(key, ".json");
    FileAttribute<?>[] attributes = posix
        ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_FILE)}
        : new FileAttribute<?>[0];
    Path temp = Files.createTempFile(directory, "." + target.getFileName() + ".", ".tmp", attributes);
    try {
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
      }
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        throw new IOException("the file system cannot replace files atomically", e);
      }
      forceDirectory();
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** Makes the rename durable; a no-op where directories cannot be opened (Windows). */
  private void forceDirectory() {
    try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
      dir.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // best effort: the rename itself is atomic either way
    }
  }

  /** Deletes the key's file, durably. */
  boolean delete(String key) throws IOException {
    boolean deleted = Files.deleteIfExists(file(key, ".json"));
    forceDirectory();
    return deleted;
  }

  private Path file(String key, String suffix) {
    return directory.resolve(fileName(key) + suffix);
  }

  /**
   * A key as a file name: letters, digits, {@code -} and {@code _} kept, anything else percent-encoded, and a
   * name too long for common file systems replaced by the key's SHA-256.
   */
  static String fileName(String key) {
    StringBuilder name = new StringBuilder();
    for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_') {
        name.append(c);
      } else {
        name.append('%').append(HexFormat.of().withUpperCase().toHexDigits(b));
      }
    }
    if (name.length() > 150) {
      try {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        return "sha256-" + HexFormat.of().formatHex(digest);
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }
    return name.toString();
  }
}
