package org.tamar.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL server, started at most once per JVM, so several Spring contexts in one test
 * JVM share it and pay its start-up time once.
 *
 * <p>The server stops in a JVM shutdown hook, which first waits up to 15 s for the connection pools
 * that use it to close. JVM hooks run in parallel, and Spring's own hook still needs the database
 * while it closes the application context.
 */
final class EmbeddedPostgres {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgres.class);

  /** How long the shutdown hook waits for the pools to close before it stops the server anyway. */
  private static final long POOL_CLOSE_WAIT_MILLIS = TimeUnit.SECONDS.toMillis(15);

  private static final AtomicInteger openPools = new AtomicInteger();
  private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;
  private static Path serverDirectory;

  private EmbeddedPostgres() {}

  /**
   * Returns the running server, starting it on first use. Each caller that opens a pool on it must
   * call {@link #poolClosed()} when that pool closes.
   *
   * @param dataDirectory where PostgreSQL keeps its files; they survive a restart
   * @param clean whether to delete the data directory first (tests only)
   */
  static synchronized io.zonky.test.db.postgres.embedded.EmbeddedPostgres start(
      Path dataDirectory, boolean clean) {
    openPools.incrementAndGet();
    Path directory = dataDirectory.toAbsolutePath().normalize();
    if (server != null) {
      if (!directory.equals(serverDirectory)) {
        log.warn(
            "Embedded PostgreSQL already runs on {}; ignoring the request for {}",
            serverDirectory,
            directory);
      }
      return server;
    }
    try {
      Files.createDirectories(directory);
      long started = System.nanoTime();
      server =
          io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
              .setDataDirectory(directory)
              .setCleanDataDirectory(clean)
              .setRegisterShutdownHook(false)
              .setServerConfig("max_connections", "200")
              .start();
      serverDirectory = directory;
      log.info(
          "Embedded PostgreSQL started on port {} with data in {} after {} ms",
          server.getPort(),
          directory,
          (System.nanoTime() - started) / 1_000_000);
      Runtime.getRuntime()
          .addShutdownHook(new Thread(EmbeddedPostgres::stopWhenPoolsClosed, "embedded-pg-stop"));
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException("Embedded PostgreSQL failed to start in " + directory, e);
    }
  }

  static void poolClosed() {
    openPools.decrementAndGet();
  }

  private static void stopWhenPoolsClosed() {
    long deadline = System.currentTimeMillis() + POOL_CLOSE_WAIT_MILLIS;
    while (openPools.get() > 0 && System.currentTimeMillis() < deadline) {
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    synchronized (EmbeddedPostgres.class) {
      if (server == null) {
        return;
      }
      try {
        server.close();
      } catch (IOException e) {
        log.warn("Embedded PostgreSQL did not stop cleanly", e);
      }
      server = null;
    }
  }
}
