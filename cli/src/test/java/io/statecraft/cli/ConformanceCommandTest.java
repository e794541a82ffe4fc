package io.statecraft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConformanceCommandTest {

  @TempDir Path dir;

  @Test
  void printsOneLinePerCaseThenTotalsAndExitsOneOnAFailure() throws IOException {
    Files.writeString(dir.resolve("a.json"), """
        {"id": "demo/pass", "definition": {"StartAt": "P", "States": {"P": {"Type": "Pass",
          "Result": 1, "End": true}}}, "input": {},
         "expected": {"status": "SUCCEEDED", "output": 1}}""");
    Files.writeString(dir.resolve("b.json"), """
        {"id": "demo/fail", "definition": {"StartAt": "P", "States": {"P": {"Type": "Pass",
          "Result": 2, "End": true}}}, "input": {},
         "expected": {"status": "SUCCEEDED", "output": 3}}""");
    Files.writeString(dir.resolve("c.json"), """
        {"id": "demo/placeholder", "definition": {"StartAt": "W", "States": {"W": {"Type": "Wait",
          "Seconds": "${Pause}", "End": true}}},
         "input": [], "expected": {"status": "SUCCEEDED", "output": []}}""");
    CommandLineRun run = CommandLineRun.of("conformance", dir.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEqualTo(String.join("\n",
        "PASS demo/pass",
        "FAIL demo/fail: output: expected 3, was 2",
        "SKIP demo/placeholder: State 'W' uses Seconds \"${Pause}\", which the local runtime"
            + " does not run (a placeholder or expression must be substituted before the"
            + " definition runs)",
        "1 passed, 1 failed, 1 skipped", ""));
  }

  @Test
  void addsTheCasesCoverageToTheReportInTheCoverageFolder() throws IOException {
    Files.writeString(dir.resolve("a.json"), """
        {"id": "demo/choice", "definition": {"StartAt": "C", "States": {"C": {"Type": "Choice",
          "Choices": [{"Variable": "$.go", "BooleanEquals": true, "Next": "Yes"}],
          "Default": "No"}, "Yes": {"Type": "Succeed"}, "No": {"Type": "Succeed"}}},
         "input": {"go": true}, "expected": {"status": "SUCCEEDED", "output": {"go": true}}}""");
    Path report = dir.resolve("coverage");

    String out = CommandLineRun.succeeds("conformance", dir.resolve("a.json").toString(),
        "--coverage", report.toString());

    assertThat(out).endsWith("1 passed, 0 failed, 0 skipped\ncoverage: "
        + report.resolve("index.html") + "\n");
    assertThat(Files.readString(report.resolve("coverage.json")))
        .contains("\"name\": \"ConformanceCase\"")
        .contains("\"choiceRules\": {\n          \"covered\": 1,\n          \"total\": 2");
  }
}
