package io.statecraft.compiler.importer;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/** The real-world definitions in {@code ../shared/asl-corpus/real-world}, and JSON comparison. */
final class Corpus {

  private Corpus() {}

  static List<Path> realWorld() throws IOException {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      Path shared = dir.resolveSibling("shared");
      if (Files.isRegularFile(dir.resolve("pom.xml")) && Files.isDirectory(shared)) {
        Path corpus = shared.resolve("asl-corpus/real-world");
        assumeTrue(Files.isDirectory(corpus), "shared test data not found at " + corpus);
        try (Stream<Path> files = Files.walk(corpus)) {
          return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
      }
      dir = dir.getParent();
    }
    assumeTrue(false, "the shared test data folder (../shared beside the project root) is absent");
    return List.of();
  }

  /** The first difference as "pointer: expected X but was Y", or null; numbers by value. */
  static String firstDifference(JsonNode expected, JsonNode actual, String pointer) {
    if (expected.isNumber() && actual.isNumber()) {
      return expected.decimalValue().compareTo(actual.decimalValue()) == 0 ? null
          : pointer + ": expected " + expected + " but was " + actual;
    }
    if (expected.getNodeType() != actual.getNodeType()) {
      return pointer + ": expected " + expected + " but was " + actual;
    }
    if (expected.isObject()) {
      for (String name : expected.propertyNames()) {
        if (!actual.has(name)) {
          return pointer + "/" + name + ": missing " + expected.get(name);
        }
        String difference = firstDifference(expected.get(name), actual.get(name),
            pointer + "/" + name);
        if (difference != null) {
          return difference;
        }
      }
      for (String name : actual.propertyNames()) {
        if (!expected.has(name)) {
          return pointer + "/" + name + ": unexpected " + actual.get(name);
        }
      }
      return null;
    }
    if (expected.isArray()) {
      if (expected.size() != actual.size()) {
        return pointer + ": " + expected.size() + " elements expected, " + actual.size()
            + " found";
      }
      for (int i = 0; i < expected.size(); i++) {
        String difference = firstDifference(expected.get(i), actual.get(i), pointer + "/" + i);
        if (difference != null) {
          return difference;
        }
      }
      return null;
    }
    return expected.equals(actual) ? null
        : pointer + ": expected " + expected + " but was " + actual;
  }
}
