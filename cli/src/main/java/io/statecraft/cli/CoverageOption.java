package io.statecraft.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The {@code --coverage DIR} option of {@code run} and {@code conformance}: the workflow coverage
 * of what the command runs, added to the report in DIR.
 *
 * <pre>{@code
 * @Mixin CoverageOption coverage;
 * return recordingCoverage(coverage.dir, this::runOnce);
 * }</pre>
 */
final class CoverageOption {

  @Option(names = "--coverage", paramLabel = "DIR",
      description = "add the workflow coverage of what the command runs to the report in DIR"
          + " (coverage.json, index.html)")
  Path dir;
}
