package io.statecraft.cli;

import io.statecraft.asl.diagnostic.InvalidDefinitionException;
import io.statecraft.local.replay.InvalidHistoryException;
import io.statecraft.local.replay.ReplayResult;
import io.statecraft.local.replay.Replayer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code statecraft replay}: checks recorded execution histories against a definition. */
@Command(
    name = "replay",
    description = {
      "Replay recorded executions with a definition to check it does what they did.",
      "For each history it reports whether the definition does what the execution did, or the"
          + " first event where it does not. A history is what 'aws stepfunctions"
          + " get-execution-history' prints (pages merged or one after another, in either order)"
          + " or what the emulator returns. Task results, callbacks, activities, time-outs and"
          + " nested executions come from the history: nothing is called.",
      "Exit code: 0 all consistent, 1 a history diverges, 2 a file is no history or definition."
    })
final class ReplayCommand extends Verb {

  /** Exit code when a history or the definition cannot be read. */
  private static final int BAD_INPUT = 2;

  @Option(names = "--definition", required = true, paramLabel = "FILE",
      description = "the ASL definition to replay with (*.asl.json)")
  Path definition;

  @Option(names = "--execution-arn", paramLabel = "ARN",
      description = "the recorded execution's ARN, for definitions that read $$$$.Execution.Id,"
          + " $$$$.Execution.Name or $$$$.StateMachine (a history does not hold it)")
  String executionArn;

  @Option(names = "--input", paramLabel = "JSON|@FILE",
      description = "the execution input, for histories read without their data"
          + " (--no-include-execution-data)")
  String input;

  @Parameters(arity = "1..*", paramLabel = "HISTORY|DIR",
      description = "history files, or folders of them (every *.json below, but *.asl.json)")
  List<Path> histories;

  @Override
  public Integer call() {
    for (Path history : histories) {
      if (!Files.exists(history)) {
        throw usage(history + " does not exist");
      }
    }
    Replayer replayer;
    try {
      replayer = Replayer.of(definition);
    } catch (InvalidDefinitionException e) {
      report(definition, e);
      return BAD_INPUT;
    }
    if (executionArn != null) {
      try {
        replayer = replayer.executionArn(executionArn);
      } catch (IllegalArgumentException e) {
        throw usage("--execution-arn must read arn:aws:states:REGION:ACCOUNT:execution:"
            + "STATE_MACHINE:NAME, was " + executionArn);
      }
    }
    if (input != null) {
      replayer = replayer.input(json("--input", input.startsWith("@")
          ? readText(input.substring(1)) : input).toString());
    }
    return replayAll(replayer, files());
  }

  private int replayAll(Replayer replayer, List<Path> files) {
    PrintWriter out = out();
    int consistent = 0;
    int divergent = 0;
    int invalid = 0;
    for (Path file : files) {
      try {
        ReplayResult result = replayer.check(file);
        out.println(file + ": " + result.summary());
        if (result.consistent()) {
          consistent++;
        } else {
          divergent++;
        }
      } catch (InvalidHistoryException | UncheckedIOException e) {
        err().println(file + ": " + e.getMessage());
        invalid++;
      } catch (InvalidDefinitionException e) {
        report(definition, e);
        return BAD_INPUT;
      }
    }
    out.println(consistent + " consistent, " + divergent + " divergent"
        + (invalid == 0 ? "" : ", " + invalid + " not histories"));
    return invalid > 0 ? BAD_INPUT : divergent > 0 ? Statecraft.PROBLEMS : 0;
  }

  /** The files given, and for each folder every {@code *.json} below it but definitions. */
  private List<Path> files() {
    List<Path> files = new ArrayList<>();
    for (Path history : histories) {
      if (!Files.isDirectory(history)) {
        files.add(history);
        continue;
      }
      try (Stream<Path> walk = Files.walk(history)) {
        walk.filter(Files::isRegularFile)
            .filter(p -> p.getFileName().toString().endsWith(".json"))
            .filter(p -> !p.getFileName().toString().endsWith(".asl.json"))
            .sorted()
            .forEach(files::add);
      } catch (IOException e) {
        throw usage("cannot list " + history + ": " + e.getMessage());
      }
    }
    if (files.isEmpty()) {
      throw usage("no history files (*.json) in " + histories);
    }
    return files;
  }
}
