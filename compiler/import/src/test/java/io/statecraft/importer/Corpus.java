package io.statecraft.importer;

import io.statecraft.compiler.SharedFolder;
import java.nio.file.Path;
import java.util.List;

/** The real-world definitions in {@code ../shared/asl-corpus/real-world}. */
final class Corpus {

  private Corpus() {}

  static List<Path> realWorld() {
    return SharedFolder.jsonFiles("asl-corpus/real-world");
  }
}
