package io.statecraft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {

  private static final String ASL = """
      {"StartAt": "Charge card", "States": {
        "Charge card": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
          "Parameters": {"FunctionName": "${ChargeFunction}", "Payload.$": "$"}, "Next": "Done"},
        "Done": {"Type": "Succeed"}}}
      """;

  @TempDir Path dir;

  @Test
  void printsOneClassNamedAfterTheFile() throws IOException {
    String file = CommandLineRun.file(dir, "order-fulfillment.asl.json", ASL);
    String out = CommandLineRun.succeeds("import", file, "--package", "com.acme");
    assertThat(out)
        .startsWith("package com.acme;\n")
        .contains("public final class OrderFulfillment implements Workflow {")
        .contains("task(\"Charge card\", lambdaInvoke(\"${ChargeFunction}\")")
        .contains(".payload(path(\"$\")))");
  }

  @Test
  void writesEachFileAsAClassUnderTheOutputRoot() throws IOException {
    String first = CommandLineRun.file(dir, "first.asl.json", ASL);
    String second = CommandLineRun.file(dir, "second-flow.asl.json", ASL);
    Path out = dir.resolve("src");
    CommandLineRun.succeeds("import", first, second,
        "--package", "com.acme", "--out", out.toString());
    assertThat(out.resolve("com/acme/First.java")).exists();
    assertThat(Files.readString(out.resolve("com/acme/SecondFlow.java")))
        .contains("class SecondFlow");
  }

  @Test
  void classNameOnlyWithOneFileElseUsageError() throws IOException {
    Path file = Files.writeString(dir.resolve("a.asl.json"), ASL);
    assertThat(CommandLineRun.of("import", file.toString(), "--package", "p", "--class", "Orders")
        .out()).contains("class Orders ");
    CommandLineRun twice = CommandLineRun.of("import", file.toString(), file.toString(),
        "--package", "p", "--class", "Orders");
    assertThat(twice.exitCode()).isEqualTo(2);
    assertThat(twice.err()).contains("--class takes exactly one file");
  }

  @Test
  void reportsADefinitionThatDoesNotReadAndExitsOne() throws IOException {
    String file = CommandLineRun.file(dir, "bad.asl.json", "{\"StartAt\": 1}");
    String err = CommandLineRun.failsWith(1, "import", file, "--package", "p");
    assertThat(err).contains("bad.asl.json:");
  }
}
