package io.statecraft.cli;

import io.statecraft.asl.diagnostic.InvalidDefinitionException;
import io.statecraft.asl.internal.JsonMappers;
import io.statecraft.compiler.Asl;
import io.statecraft.local.Execution;
import io.statecraft.local.ExecutionStatus;
import io.statecraft.local.LocalStateMachine;
import io.statecraft.local.LocalStepFunctions;
import io.statecraft.local.StuckExecutionException;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.JsonNode;

/** {@code statecraft run}: one local execution of an ASL file, on the virtual clock. */
@Command(
    name = "run",
    description = {
      "Run one execution of an ASL definition locally, as AWS Step Functions would.",
      "It prints the execution's status, output (or error and cause) and the states it went"
          + " through. Task states are answered from --task-results (the conformance cases'"
          + " format); $${KEY} placeholders get their values from --substitute and"
          + " --substitutions."
    })
final class RunCommand extends Verb {

  @Parameters(paramLabel = "FILE", description = "the ASL definition (.asl.json)")
  Path file;

  @Option(names = "--input", paramLabel = "JSON|@FILE", defaultValue = "{}",
      description = "execution input as JSON text, or @file to read it (default: {})")
  String input;

  @Option(names = "--task-results", paramLabel = "FILE",
      description = "recorded task results: {\"State\": [{\"Return\": ...}, {\"Throw\": "
          + "{\"Error\": ..., \"Cause\": ...}}]}")
  Path taskResults;

  @Mixin
  S3DirOption s3;

  @Mixin
  SubstitutionOptions substitutions;

  @Option(names = "--history", paramLabel = "FILE",
      description = "also write the history as GetExecutionHistory JSON (for diagram overlays)")
  Path history;

  @Mixin
  CoverageOption coverage;

  @Override
  public Integer call() {
    return recordingCoverage(coverage.dir, this::runOnce);
  }

  private int runOnce() {
    PrintWriter out = out();
    PrintWriter err = err();
    if (history != null && java.nio.file.Files.isDirectory(history)) {
      throw usage("--history " + history + " is a folder: give the path of a file to write");
    }
    JsonNode executionInput = json("--input", input.startsWith("@") ? readText(input.substring(1))
        : input);
    LocalStepFunctions.Builder runtime = LocalStepFunctions.builder();
    try {
      runtime.substitutions(substitutions.values());
    } catch (IllegalArgumentException e) {
      throw usage(e.getMessage());
    }
    Path s3Dir = s3.folder(this);
    if (s3Dir != null) {
      runtime.s3Folder(s3Dir);
    }
    if (taskResults != null) {
      try {
        runtime.taskResults(json("--task-results", readText(taskResults.toString())));
      } catch (IllegalArgumentException e) {
        throw usage("--task-results " + taskResults + ": " + e.getMessage());
      }
    }
    LocalStateMachine machine;
    try {
      machine = runtime.build().load(name(file), Asl.read(file));
    } catch (InvalidDefinitionException e) {
      return report(file, e);
    }
    Execution execution;
    try {
      execution = machine.run(executionInput);
    } catch (StuckExecutionException e) {
      // On AWS the execution would stay RUNNING; here nothing will ever answer it.
      err.println(file + ": the execution cannot go on: " + e.waiting().stream()
          .map(waiting -> "state '" + waiting.stateName() + "' waits for "
              + switch (waiting.reason()) {
                case ACTIVITY_WORKER -> "an activity worker";
                case TASK_TOKEN -> "its task token";
                case CHILD_EXECUTION -> "its child execution";
                default -> "an answer";
              })
          .collect(java.util.stream.Collectors.joining(", "))
          + ", which nothing answers here (on AWS it would stay RUNNING): give the state's"
          + " results with --task-results FILE");
      return Statecraft.PROBLEMS;
    }
    out.println("status: " + execution.status());
    if (execution.status() == ExecutionStatus.SUCCEEDED) {
      out.println("output: " + JsonMappers.STANDARD.writeValueAsString(execution.output()));
    } else {
      // As DescribeExecution: an error or cause the execution does not have is left out.
      if (execution.error() != null) {
        out.println("error: " + execution.error());
      }
      if (execution.cause() != null) {
        out.println("cause: " + execution.cause());
      }
      if ("Statecraft.UnboundTask".equals(execution.error())) {
        // The cause names the Java API that binds a handler; here the results come from a file.
        err.println(file + ": statecraft run answers Task states from --task-results FILE:"
            + " {\"State\": [{\"Return\": ...}, {\"Throw\": {\"Error\": ..., \"Cause\":"
            + " ...}}]}");
      }
    }
    out.println("path: " + String.join(" -> ", execution.path()));
    if (history != null) {
      try {
        execution.history().write(history);
        out.println("history: " + history);
      } catch (java.io.UncheckedIOException e) {
        err.println("--history " + history + ": cannot write: " + why(e.getCause()));
        return Statecraft.PROBLEMS;
      }
    }
    return execution.status() == ExecutionStatus.SUCCEEDED ? 0 : Statecraft.PROBLEMS;
  }

  private static String name(Path file) {
    return file.getFileName().toString().replaceFirst("(\\.asl)?\\.json$", "");
  }

}
