package io.statecraft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyCommandTest {

  private static final String DEFINITION = """
      {"StartAt": "Charge", "States": {
        "Charge": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                   "Parameters": {"FunctionName": "charge", "Payload.$": "$"}, "Next": "Route"},
        "Route": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                  "Parameters": {"FunctionName.$": "$.fn"}, "End": true}}}
      """;

  @TempDir Path dir;

  @Test
  void printsEachStatementWithItsStatesAndTheWarnings() {
    String definition = CommandLineRun.file(dir, "charge.asl.json", DEFINITION);
    String out = CommandLineRun.succeeds("policy", definition, "--region", "eu-west-1");
    assertThat(out).isEqualTo("""
        LambdaInvokeFunction (Charge, Route)
          allow    lambda:InvokeFunction
          on       arn:aws:lambda:*:*:function:*
        warning: /States/Route/Parameters/FunctionName.$ (Route): FunctionName.$ is computed at\
         run time, so lambda:InvokeFunction is allowed on arn:aws:lambda:*:*:function:*: narrow\
         it to the functions it can name
        """);
  }

  @Test
  void writesTheIamDocumentAndPrintsWarningsOnStderr() throws IOException {
    String definition = CommandLineRun.file(dir, "charge.asl.json", DEFINITION.replace(
        "\"FunctionName.$\": \"$.fn\"", "\"FunctionName\": \"route\""));
    Path out = dir.resolve("charge.policy.json");
    CommandLineRun run = CommandLineRun.of("policy", definition, "--format", "json",
        "--region", "eu-west-1", "--account", "111122223333", "--tracing", "--out",
        out.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEmpty();
    assertThat(Files.readString(out)).startsWith("{\n  \"Version\": \"2012-10-17\",")
        .contains("\"arn:aws:lambda:eu-west-1:111122223333:function:charge\"",
            "\"arn:aws:lambda:eu-west-1:111122223333:function:route\"",
            "\"Sid\": \"XRayTracing\"");
  }

  @Test
  void saysSoWhenTheDefinitionNeedsNoPermissions() {
    String definition = CommandLineRun.file(dir, "pass.asl.json",
        "{\"StartAt\": \"P\", \"States\": {\"P\": {\"Type\": \"Pass\", \"End\": true}}}");
    CommandLineRun run = CommandLineRun.of("policy", definition, "--format", "json");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("pass.asl.json: no state calls an AWS service");
  }

  @Test
  void refusesAnInvalidDefinitionWithItsDiagnostics() {
    String definition = CommandLineRun.file(dir, "broken.asl.json",
        "{\"StartAt\": \"Missing\", \"States\": {\"P\": {\"Type\": \"Pass\", \"End\": true}}}");
    String err = CommandLineRun.failsWith(1, "policy", definition);
    assertThat(err).contains("broken.asl.json:").contains("Missing");
  }

  @Test
  void namesAFileThatCannotBeRead() {
    String err = CommandLineRun.failsWith(1, "policy", dir.resolve("absent.asl.json").toString());
    assertThat(err).contains("absent.asl.json").contains("cannot read");
  }

  @Test
  void showsItsOptionsInTheHelp() {
    String out = CommandLineRun.succeeds("policy", "--help");
    assertThat(out).contains("Usage: statecraft policy", "--format", "--name", "--logging");
  }
}
