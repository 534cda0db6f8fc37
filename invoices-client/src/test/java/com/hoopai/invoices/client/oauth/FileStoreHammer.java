package com.hoopai.invoices.client.oauth;

import java.nio.file.Path;
import java.time.Instant;

/**
 * Run in a separate JVM by {@link FileTokenStoreTest}: compare-and-set increments of one key's version in a
 * shared directory, as a second process would. Arguments: directory, key, owner, increments.
 */
public final class FileStoreHammer {

  private FileStoreHammer() {
  }

  public static void main(String[] args) {
    FileTokenStore store = new FileTokenStore(Path.of(args[0]));
    String key = args[1];
    String owner = args[2];
    int increments = Integer.parseInt(args[3]);
    int done = 0;
    while (done < increments) {
      StoredTokens current = store.load(key).orElseThrow();
      if (store.tryLease(key, current.version(), owner, Instant.now().plusSeconds(60))
          && store.saveRefreshed(key, current.version(), owner,
              TokenStoreContract.next(current, (int) current.version() + 1))) {
        done++;
      }
    }
    System.out.println("done " + done);
  }
}
