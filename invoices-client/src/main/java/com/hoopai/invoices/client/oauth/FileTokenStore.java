package com.hoopai.invoices.client.oauth;

import com.hoopai.invoices.client.internal.JsonCodec;
import com.hoopai.invoices.client.internal.Lazy;
import com.hoopai.invoices.client.oauth.internal.JsonFields;
import com.hoopai.invoices.client.oauth.internal.StoreChecks;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
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
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A {@link TokenStore} in a directory: one JSON file per key ({@code <key>.json}), for a single server or a
 * few processes sharing a disk.
 *
 * <ul>
 *   <li>Every change writes a temporary file in the same directory, forces it to disk, and renames it over
 *       the old one atomically ({@code ATOMIC_MOVE}), then forces the directory: a crash leaves the old
 *       file or the new one, never half of one.
 *   <li>On POSIX file systems the directory is created {@code rwx------} and every file is written
 *       {@code rw-------} (owner only), whatever the umask.
 *   <li>Every read-modify-write holds an exclusive lock on {@code <key>.lock} (an OS file lock, honoured by
 *       other processes using this class) and an in-process lock, so compare-and-set holds across threads
 *       and processes.
 * </ul>
 *
 * <p>Keys are file names: letters, digits, {@code -} and {@code _} are kept, anything else is
 * percent-encoded, and very long keys are hashed. Lock files are never deleted (deleting a lock file
 * others may hold breaks the locking).
 *
 * <pre>{@code
 * TokenStore store = new FileTokenStore(Path.of("/var/lib/myapp/hoopai-tokens"));
 * }</pre>
 */
public final class FileTokenStore implements TokenStore {

  private static final int FORMAT = 1;
  private static final long LOCK_TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(10);
  private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");
  private static final Set<PosixFilePermission> OWNER_DIR = PosixFilePermissions.fromString("rwx------");

  private record Entry(StoredTokens tokens, String leaseOwner, Instant leaseUntil) {
    boolean leasedByOther(String owner, Instant now) {
      return leaseOwner != null && !leaseOwner.equals(owner) && leaseUntil.isAfter(now);
    }
  }

  @FunctionalInterface
  private interface LockedAction<T> {
    T run() throws IOException;
  }

  private final Path directory;
  private final Clock clock;
  private final boolean posix;
  // Built at the first read or write: Jackson's set-up is startup time.
  private final Lazy<JsonCodec> json = Lazy.of(JsonFields::codec);
  private final ReentrantLock[] stripes = new ReentrantLock[64];

  /**
   * A store in the directory, created (owner-only) if missing; lease expiry judged by the system clock.
   *
   * @param directory the directory
   * @throws TokenStoreException if the directory cannot be created
   */
  public FileTokenStore(Path directory) {
    this(directory, Clock.systemUTC());
  }

  /**
   * A store in the directory, created (owner-only) if missing.
   *
   * @param directory the directory
   * @param clock judges lease expiry
   * @throws TokenStoreException if the directory cannot be created
   */
  public FileTokenStore(Path directory, Clock clock) {
    this.directory = Objects.requireNonNull(directory, "directory").toAbsolutePath().normalize();
    this.clock = Objects.requireNonNull(clock, "clock");
    this.posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    for (int i = 0; i < stripes.length; i++) {
      stripes[i] = new ReentrantLock();
    }
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

  /**
   * The directory the files are in.
   *
   * @return the absolute directory
   */
  public Path directory() {
    return directory;
  }

  @Override
  public Optional<StoredTokens> load(String key) {
    StoreChecks.checkKey(key);
    // A read needs no lock: files are only ever replaced whole, by rename.
    try {
      return Optional.ofNullable(read(key)).map(Entry::tokens);
    } catch (IOException e) {
      throw failure("read", key, e);
    }
  }

  @Override
  public StoredTokens put(StoredTokens tokens) {
    Objects.requireNonNull(tokens, "tokens");
    String key = tokens.key();
    return locked(key, "write", () -> {
      Entry old = read(key);
      StoredTokens stored = tokens.toBuilder().version(old == null ? 1 : old.tokens().version() + 1).build();
      write(key, new Entry(stored, null, null));
      return stored;
    });
  }

  @Override
  public boolean tryLease(String key, long expectedVersion, String owner, Instant leaseUntil) {
    StoreChecks.checkKey(key);
    StoreChecks.checkOwner(owner);
    Objects.requireNonNull(leaseUntil, "leaseUntil");
    return locked(key, "lease", () -> {
      Entry old = read(key);
      if (old == null || old.tokens().version() != expectedVersion || old.leasedByOther(owner, clock.instant())) {
        return false;
      }
      write(key, new Entry(old.tokens(), owner, leaseUntil));
      return true;
    });
  }

  @Override
  public boolean saveRefreshed(String key, long expectedVersion, String owner, StoredTokens next) {
    StoreChecks.checkOwner(owner);
    StoreChecks.checkNext(key, expectedVersion, next);
    return locked(key, "write", () -> {
      Entry old = read(key);
      if (old == null || old.tokens().version() != expectedVersion || old.leasedByOther(owner, clock.instant())) {
        return false;
      }
      write(key, new Entry(next, null, null));
      return true;
    });
  }

  @Override
  public void release(String key, String owner) {
    StoreChecks.checkKey(key);
    locked(key, "release", () -> {
      Entry old = read(key);
      if (old != null && owner.equals(old.leaseOwner())) {
        write(key, new Entry(old.tokens(), null, null));
      }
      return null;
    });
  }

  @Override
  public boolean delete(String key) {
    StoreChecks.checkKey(key);
    return locked(key, "delete", () -> {
      boolean deleted = Files.deleteIfExists(file(key, ".json"));
      forceDirectory();
      return deleted;
    });
  }

  @Override
  public String toString() {
    return "FileTokenStore{" + directory + "}";
  }

  private <T> T locked(String key, String what, LockedAction<T> action) {
    ReentrantLock stripe = stripes[Math.floorMod(key.hashCode(), stripes.length)];
    stripe.lock();
    try (FileChannel channel = openLockFile(key); FileLock lock = acquire(channel)) {
      return action.run();
    } catch (IOException e) {
      throw failure(what, key, e);
    } finally {
      stripe.unlock();
    }
  }

  private FileChannel openLockFile(String key) throws IOException {
    Set<StandardOpenOption> options = Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    return posix
        ? FileChannel.open(file(key, ".lock"), options, PosixFilePermissions.asFileAttribute(OWNER_FILE))
        : FileChannel.open(file(key, ".lock"), options);
  }

  /** The OS lock; another store instance in this JVM holding it shows as an overlap, so wait for it. */
  private static FileLock acquire(FileChannel channel) throws IOException {
    long deadline = System.nanoTime() + LOCK_TIMEOUT_NANOS;
    while (true) {
      try {
        return channel.lock();
      } catch (OverlappingFileLockException e) {
        if (System.nanoTime() - deadline > 0) {
          throw new IOException("timed out waiting for the lock held by another store in this process");
        }
        try {
          Thread.sleep(1);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw new InterruptedIOException("interrupted while waiting for the file lock");
        }
      }
    }
  }

  private Entry read(String key) throws IOException {
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

  private void write(String key, Entry entry) throws IOException {
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

  Path file(String key, String suffix) {
    return directory.resolve(fileName(key) + suffix);
  }

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

  private TokenStoreException failure(String what, String key, IOException e) {
    return new TokenStoreException("file token store: could not " + what + " the tokens of " + key + " in "
        + directory + ": " + e.getClass().getSimpleName()
        + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"), key, e);
  }
}
