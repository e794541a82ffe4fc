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
        {"id": "demo/jsonata", "definition": {"QueryLanguage": "JSONata", "StartAt": "P",
          "States": {"P": {"Type": "Pass", "End": true}}}, "input": {},
         "expected": {"status": "SUCCEEDED", "output": {}}}""");
    CommandLineRun run = CommandLineRun.of("conformance", dir.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEqualTo(String.join("\n",
        "PASS demo/pass",
        "FAIL demo/fail: output: expected 3, was 2",
        "SKIP demo/jsonata: JSONata",
        "1 passed, 1 failed, 1 skipped", ""));
  }
}
