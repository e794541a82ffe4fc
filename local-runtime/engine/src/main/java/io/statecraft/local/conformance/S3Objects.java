package io.statecraft.local.conformance;

import io.statecraft.local.internal.items.S3Folder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/**
 * The S3 objects a recorded case's test put in place before it ran (its {@code s3} and
 * {@code s3Buckets}), laid out in a temporary folder that stands in for S3 while the case runs.
 */
final class S3Objects implements AutoCloseable {

  private final Path root;

  private S3Objects(Path root) {
    this.root = root;
  }

  static S3Objects of(JsonNode testCase) {
    if (!testCase.has("s3") && !testCase.has("s3Buckets")) {
      return new S3Objects(null);
    }
    try {
      Path root = Files.createTempDirectory("statecraft-s3-");
      for (JsonNode bucket : testCase.path("s3Buckets")) {
        Files.createDirectories(root.resolve(bucket.asString()));
      }
      for (Map.Entry<String, JsonNode> object : testCase.path("s3").properties()) {
        Path file = root.resolve(object.getKey());
        Files.createDirectories(file.getParent());
        Files.writeString(file, object.getValue().asString(), StandardCharsets.UTF_8);
      }
      return new S3Objects(root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The folder, or null when the case put nothing in S3. */
  S3Folder folder() {
    return root == null ? null : new S3Folder(root);
  }

  @Override
  public void close() {
    if (root == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(root)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
