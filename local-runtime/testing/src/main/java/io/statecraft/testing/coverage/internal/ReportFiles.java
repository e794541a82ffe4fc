package io.statecraft.testing.coverage.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a report folder: {@code coverage.json}, {@code index.html} and a page per workflow. What
 * the folder already holds is merged in, under a file lock, so test JVMs and modules writing to one
 * folder add up: the same workflow (name and hash) adds its hits, a workflow whose name now has
 * another definition starts afresh, and workflows this run did not see stay.
 *
 * <pre>{@code
 * List<Workflow> all = ReportFiles.write(Path.of("target/statecraft-coverage"), recorded);
 * }</pre>
 */
public final class ReportFiles {

  /** The data file of the report. */
  public static final String JSON = "coverage.json";

  private ReportFiles() {}

  /** Merges {@code recorded} into the report in {@code dir} and writes it; returns what it wrote. */
  public static List<Workflow> write(Path dir, List<Workflow> recorded) {
    try {
      Files.createDirectories(dir);
      // One writer at a time: a JVM lock for this JVM's threads, a file lock for the others.
      synchronized (ReportFiles.class) {
        try (FileChannel channel = FileChannel.open(dir.resolve("coverage.lock"),
            StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.lock()) {
          return writeLocked(dir, recorded);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the coverage report in " + dir, e);
    }
  }

  private static List<Workflow> writeLocked(Path dir, List<Workflow> recorded) throws IOException {
    Path json = dir.resolve(JSON);
    List<Workflow> existing = Files.exists(json)
        ? CoverageJson.read(Files.readString(json, StandardCharsets.UTF_8)) : List.of();
    List<Workflow> dropped = new ArrayList<>();
    List<Workflow> merged = merge(existing, recorded, dropped);
    for (Workflow stale : dropped) {
      Files.deleteIfExists(dir.resolve(CoverageHtml.fileName(stale)));
    }
    for (Workflow workflow : merged) {
      replace(dir.resolve(CoverageHtml.fileName(workflow)), CoverageHtml.page(workflow));
    }
    replace(dir.resolve("index.html"), CoverageHtml.index(merged));
    replace(json, CoverageJson.write(merged));
    return merged;
  }

  /**
   * {@code existing} and {@code recorded} added up, sorted by name and hash; the existing
   * workflows replaced by another definition of their name go to {@code dropped}.
   */
  static List<Workflow> merge(List<Workflow> existing, List<Workflow> recorded,
      List<Workflow> dropped) {
    Map<String, Workflow> byKey = new LinkedHashMap<>();
    Set<String> recordedNames = new HashSet<>();
    for (Workflow workflow : recorded) {
      byKey.merge(workflow.key(), workflow, Workflow::plus);
      recordedNames.add(workflow.name());
    }
    for (Workflow old : existing) {
      if (byKey.containsKey(old.key())) {
        byKey.merge(old.key(), old, Workflow::plus);
      } else if (recordedNames.contains(old.name())) {
        dropped.add(old);
      } else {
        byKey.put(old.key(), old);
      }
    }
    List<Workflow> merged = new ArrayList<>(byKey.values());
    merged.sort(Comparator.comparing(Workflow::name).thenComparing(Workflow::hash));
    return merged;
  }

  /** Writes {@code text} to a temporary file, then moves it over {@code file}. */
  private static void replace(Path file, String text) throws IOException {
    Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
    Files.writeString(temporary, text, StandardCharsets.UTF_8);
    Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING,
        StandardCopyOption.ATOMIC_MOVE);
  }
}
