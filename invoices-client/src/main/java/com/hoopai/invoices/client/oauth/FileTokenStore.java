package com.hoopai.invoices.client.oauth;

import com.hoopai.invoices.client.oauth.internal.StoreChecks;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
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

  private static final long LOCK_TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(10);

  @FunctionalInterface
  private interface LockedAction<T> {
    T run() throws IOException;
  }

  private final TokenFiles files;
  private final Clock clock;
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
    this.files = new TokenFiles(Objects.requireNonNull(directory, "directory"));
    this.clock = Objects.requireNonNull(clock, "clock");
    for (int i = 0; i < stripes.length; i++) {
      stripes[i] = new ReentrantLock();
    }
  }

  /**
   * The directory the files are in.
   *
   * @return the absolute directory
   */
  public Path directory() {
    return files.directory();
  }

  @Override
  public Optional<StoredTokens> load(String key) {
    StoreChecks.checkKey(key);
    // A read needs no lock: files are only ever replaced whole, by rename.
    try {
      return Optional.ofNullable(files.read(key)).map(TokenFiles.Entry::tokens);
    } catch (IOException e) {
      throw failure("read", key, e);
    }
  }

  @Override
  public StoredTokens put(StoredTokens tokens) {
    Objects.requireNonNull(tokens, "tokens");
    String key = tokens.key();
    return locked(key, "write", () -> {
      TokenFiles.Entry old = files.read(key);
      StoredTokens stored = tokens.toBuilder().version(old == null ? 1 : old.tokens().version() + 1).build();
      files.write(key, new TokenFiles.Entry(stored, null, null));
      return stored;
    });
  }

  @Override
  public boolean tryLease(String key, long expectedVersion, String owner, Instant leaseUntil) {
    StoreChecks.checkKey(key);
    StoreChecks.checkOwner(owner);
    Objects.requireNonNull(leaseUntil, "leaseUntil");
    return locked(key, "lease", () -> {
      TokenFiles.Entry old = files.read(key);
      if (old == null || old.tokens().version() != expectedVersion || old.leasedByOther(owner, clock.instant())) {
        return false;
      }
      files.write(key, new TokenFiles.Entry(old.tokens(), owner, leaseUntil));
      return true;
    });
  }

  @Override
  public boolean saveRefreshed(String key, long expectedVersion, String owner, StoredTokens next) {
    StoreChecks.checkOwner(owner);
    StoreChecks.checkNext(key, expectedVersion, next);
    return locked(key, "write", () -> {
      TokenFiles.Entry old = files.read(key);
      if (old == null || old.tokens().version() != expectedVersion || old.leasedByOther(owner, clock.instant())) {
        return false;
      }
      files.write(key, new TokenFiles.Entry(next, null, null));
      return true;
    });
  }

  @Override
  public void release(String key, String owner) {
    StoreChecks.checkKey(key);
    locked(key, "release", () -> {
      TokenFiles.Entry old = files.read(key);
      if (old != null && owner.equals(old.leaseOwner())) {
        files.write(key, new TokenFiles.Entry(old.tokens(), null, null));
      }
      return null;
    });
  }

  @Override
  public boolean delete(String key) {
    StoreChecks.checkKey(key);
    return locked(key, "delete", () -> {
      return files.delete(key);
    });
  }

  @Override
  public String toString() {
    return "FileTokenStore{" + files.directory() + "}";
  }

  private <T> T locked(String key, String what, LockedAction<T> action) {
    ReentrantLock stripe = stripes[Math.floorMod(key.hashCode(), stripes.length)];
    stripe.lock();
    try (FileChannel channel = files.openLockFile(key); FileLock lock = acquire(channel)) {
      return action.run();
    } catch (IOException e) {
      throw failure(what, key, e);
    } finally {
      stripe.unlock();
    }
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

  /** The file name of a key, for the tests of the naming rule. */
  static String fileName(String key) {
    return TokenFiles.fileName(key);
  }

  private TokenStoreException failure(String what, String key, IOException e) {
    return new TokenStoreException("file token store: could not " + what + " the tokens of " + key + " in "
        + files.directory() + ": " + e.getClass().getSimpleName()
        + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"), key, e);
  }
}
