package io.statecraft.cli;

import io.statecraft.local.conformance.Conformance;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code statecraft conformance}: runs cases recorded against AWS and compares. */
@Command(
    name = "conformance",
    description = {
      "Run Step Functions conformance cases recorded against AWS and compare the results.",
      "Each case (the shared/conformance format) is run and its status, output, error, cause and"
          + " history compared: one line per case, then totals. With --coverage, every case's"
          + " machine is named ConformanceCase."
    })
final class ConformanceCommand extends Verb {

  @Parameters(arity = "1..*", paramLabel = "DIR|FILE", description = "case files or folders")
  List<Path> roots;

  @Mixin
  CoverageOption coverage;

  @Override
  public Integer call() {
    for (Path root : roots) {
      if (!Files.exists(root)) {
        throw usage(root + " does not exist");
      }
    }
    return recordingCoverage(coverage.dir, this::runCases);
  }

  private int runCases() {
    PrintWriter out = out();
    List<Conformance.Result> results = Conformance.run(roots, result -> out.println(result.line()));
    if (results.isEmpty()) {
      throw usage(roots.size() == 1 ? roots.get(0) + " holds no *.json case: nothing to run"
          : "the folders given hold no *.json case: nothing to run");
    }
    out.println(Conformance.summary(results));
    boolean failed = results.stream().anyMatch(r -> r.outcome() == Conformance.Outcome.FAIL);
    return failed ? Statecraft.PROBLEMS : 0;
  }
}
