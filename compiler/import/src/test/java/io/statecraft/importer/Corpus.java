package io.statecraft.importer;

import io.statecraft.compiler.SharedFolder;
import java.nio.file.Path;
import java.util.List;

/** The definitions in {@code ../shared/asl-corpus}. */
final class Corpus {

  private Corpus() {}

  /** Every definition: the real-world ones, then the validator's valid and invalid cases. */
  static List<Path> all() {
    return SharedFolder.jsonFiles("asl-corpus/real-world", "asl-corpus/validator/valid",
        "asl-corpus/validator/invalid");
  }

  static List<Path> realWorld() {
    return SharedFolder.jsonFiles("asl-corpus/real-world");
  }
}
