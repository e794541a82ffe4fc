package io.statecraft.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The {@code --s3-dir DIR} option of {@code run} and {@code serve}: a folder standing in for
 * Amazon S3 where distributed Maps read their items and write their results.
 *
 * <pre>{@code
 * @Mixin S3DirOption s3;
 * Path folder = s3.folder(this);   // null when not given; a usage error when not a directory
 * }</pre>
 */
final class S3DirOption {

  @Option(names = "--s3-dir", paramLabel = "DIR",
      description = "a folder standing in for Amazon S3, where distributed Maps read their items"
          + " and write their results: bucket B, key K is the file DIR/B/K")
  Path dir;

  /** The folder, or null when none was given; a usage error of {@code verb} when it is missing. */
  Path folder(Verb verb) {
    if (dir != null && !Files.isDirectory(dir)) {
      throw verb.usage("--s3-dir: no such directory: " + dir);
    }
    return dir;
  }
}
