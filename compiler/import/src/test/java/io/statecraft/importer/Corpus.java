package io.statecraft.importer;

import io.statecraft.compiler.SharedFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The real-world definitions in {@code ../shared/asl-corpus/real-world}. */
final class Corpus {

  private Corpus() {}

  static List<Path> realWorld() throws IOException {
    try (Stream<Path> files = Files.walk(SharedFolder.resolve("asl-corpus/real-world"))) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    }
  }
}
