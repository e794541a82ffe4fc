package io.statecraft.emulator.internal.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A data directory, open: its one store file, locked against other processes, and the thread
 * that writes it. {@link #write} hands a change to that thread and returns a future that
 * completes once the change is committed and forced to disk; every change pending when a commit
 * begins goes into it, so callers that wait together pay for one commit.
 */
public final class DataStore implements AutoCloseable {

  /** The name of the store file in the data directory. */
  public static final String FILE_NAME = "statecraft.mv.db";
  /** The layout of the tables this version writes and reads; a newer one is refused. */
  static final int FORMAT = 1;

  private record Pending(Consumer<Tables> change, CompletableFuture<Void> done) {}

  private static final Pending CLOSE = new Pending(tables -> { }, null);

  private final Path directory;
  private final MVStore store;
  private final Tables tables;
  private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
  private final Thread writer;
  private volatile boolean closed;

  private DataStore(Path directory, MVStore store) {
    this.directory = directory;
    this.store = store;
    this.tables = new Tables(store);
    this.writer = new Thread(this::writeLoop, "statecraft-data-writer");
    writer.setDaemon(true);
  }

  /**
   * Opens (or creates) the data directory {@code directory}.
   *
   * @throws IllegalArgumentException naming the directory and what to do when it is not a
   *     directory, cannot be written, is in use by another emulator, or was written by a newer
   *     version
   */
  public static DataStore open(Path directory) {
    Path dir = directory.toAbsolutePath().normalize();
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw unusable(dir, "is a file, not a directory", "give a directory (it is created when"
          + " missing)");
    }
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw unusable(dir, "cannot be created (" + e + ")", "give a directory you can write");
    }
    Path file = dir.resolve(FILE_NAME);
    if (!Files.isWritable(dir) || Files.exists(file) && !Files.isWritable(file)) {
      throw unusable(dir, "cannot be written", "give a directory you can write, or change its"
          + " permissions");
    }
    MVStore store;
    try {
      store = new MVStore.Builder().fileName(file.toString()).open();
      // Every commit is forced to disk before it is answered, so the chunks it replaced need
      // not be kept for a disk that flushes late: their space is reused at once.
      store.setRetentionTime(0);
    } catch (MVStoreException e) {
      throw refused(dir, e);
    } catch (IllegalStateException e) {
      // The store file is locked by this very process (another emulator of this JVM).
      throw inUse(dir);
    }
    DataStore opened = new DataStore(dir, store);
    opened.checkFormat();
    opened.writer.start();
    return opened;
  }

  private void checkFormat() {
    tables.put(Table.META, "probe", JsonNodeFactory.instance.objectNode());
    tables.remove(Table.META, "probe");
    var meta = tables.get(Table.META, "format");
    int format = meta == null ? FORMAT : meta.path("version").asInt(Integer.MAX_VALUE);
    if (format > FORMAT) {
      store.closeImmediately();
      throw unusable(directory, "was written by a newer version of Statecraft (data format "
          + format + "; this version reads format " + FORMAT + ")",
          "serve it with that newer version, or give another directory");
    }
    if (meta == null) {
      ObjectNode version = JsonNodeFactory.instance.objectNode();
      version.put("version", FORMAT);
      tables.put(Table.META, "format", version);
      store.commit();
    }
  }

  private static IllegalArgumentException refused(Path dir, MVStoreException e) {
    return switch (e.getErrorCode()) {
      case DataUtils.ERROR_FILE_LOCKED -> inUse(dir);
      case DataUtils.ERROR_UNSUPPORTED_FORMAT -> unusable(dir, "holds a store file written by a"
          + " newer version (" + e.getMessage() + ")", "serve it with that newer version, or"
          + " give another directory");
      case DataUtils.ERROR_FILE_CORRUPT, DataUtils.ERROR_READING_FAILED -> unusable(dir,
          "holds a store file that cannot be read (" + e.getMessage() + ")", "move "
          + FILE_NAME + " away to start afresh, or give another directory");
      default -> unusable(dir, "cannot be opened (" + e.getMessage() + ")",
          "give another directory");
    };
  }

  private static IllegalArgumentException inUse(Path dir) {
    return unusable(dir, "is in use by another running emulator (its " + FILE_NAME
        + " is locked)", "stop that emulator, or give another directory");
  }

  private static IllegalArgumentException unusable(Path dir, String problem, String advice) {
    return new IllegalArgumentException("data directory " + dir + " " + problem + ": " + advice);
  }

  /** The directory, absolute. */
  public Path directory() {
    return directory;
  }

  /** The tables, to read (for instance everything at start). */
  public Tables tables() {
    return tables;
  }

  /**
   * Makes {@code change} on the writer's thread; the future completes once it is committed and
   * on disk (exceptionally if the change threw, or the store is closed).
   */
  public CompletableFuture<Void> write(Consumer<Tables> change) {
    CompletableFuture<Void> done = new CompletableFuture<>();
    if (closed) {
      done.completeExceptionally(new IllegalStateException("data directory " + directory
          + " is closed"));
      return done;
    }
    queue.add(new Pending(change, done));
    return done;
  }

  private void writeLoop() {
    List<Pending> batch = new ArrayList<>();
    while (true) {
      try {
        batch.add(queue.take());
      } catch (InterruptedException e) {
        return;
      }
      queue.drainTo(batch);
      boolean last = false;
      List<CompletableFuture<Void>> made = new ArrayList<>(batch.size());
      for (Pending pending : batch) {
        if (pending == CLOSE) {
          last = true;
          continue;
        }
        try {
          pending.change().accept(tables);
          made.add(pending.done());
        } catch (RuntimeException | Error e) {
          // The writer goes on: one bad change must not leave every later caller waiting.
          pending.done().completeExceptionally(e);
        }
      }
      batch.clear();
      try {
        store.commit();
        store.sync();
        made.forEach(done -> done.complete(null));
      } catch (RuntimeException | Error e) {
        made.forEach(done -> done.completeExceptionally(e));
      }
      if (last) {
        return;
      }
    }
  }

  /** Writes what is pending, then closes the file and lets go of its lock. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    queue.add(CLOSE);
    try {
      writer.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    // Anything queued after the close marker was refused by write's check or is dropped here.
    for (Pending pending : queue) {
      if (pending.done() != null) {
        pending.done().completeExceptionally(new IllegalStateException("data directory "
            + directory + " is closed"));
      }
    }
    store.close();
  }
}
