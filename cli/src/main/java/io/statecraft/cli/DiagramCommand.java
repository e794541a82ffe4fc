package io.statecraft.cli;

import io.statecraft.asl.StateMachine;
import io.statecraft.asl.diagnostic.InvalidDefinitionException;
import io.statecraft.compiler.Asl;
import io.statecraft.compiler.internal.common.TextFiles;
import io.statecraft.diagrams.Diagrams;
import io.statecraft.diagrams.ExecutionOverlay;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code statecraft diagram}: Mermaid, SVG, or an HTML execution report of one definition. */
@Command(
    name = "diagram",
    description = {
      "Draw an ASL definition as a Mermaid flowchart or SVG, or an execution of it.",
      "With --execution (GetExecutionHistory JSON), the execution is drawn over the diagram, as"
          + " SVG or as a self-contained HTML report."
    })
final class DiagramCommand extends Verb {

  /** The output formats. */
  enum Format { mermaid, svg, html }

  @Parameters(index = "0", paramLabel = "FILE", description = "the ASL definition")
  Path file;

  @Option(names = "--format", paramLabel = "mermaid|svg|html", defaultValue = "svg",
      description = "what to draw (default: ${DEFAULT-VALUE})")
  Format format;

  @Option(names = "--execution", paramLabel = "FILE",
      description = "an execution history {\"events\": [...]} to draw over the diagram")
  Path execution;

  @Option(names = "--out", paramLabel = "FILE", description = "write here instead of to stdout")
  Path out;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = err();
    if (format == Format.html && execution == null) {
      throw usage("--format html reports an execution: give it with --execution FILE");
    }
    if (format == Format.mermaid && execution != null) {
      throw usage("--execution is drawn in svg or html, not mermaid");
    }
    StateMachine machine;
    try {
      machine = Asl.read(file);
    } catch (InvalidDefinitionException e) {
      return report(file, e);
    }
    ExecutionOverlay run = null;
    if (execution != null) {
      try {
        run = ExecutionOverlay.fromHistory(TextFiles.readUtf8(execution));
      } catch (IOException e) {
        err.println(execution + ": cannot read: " + e.getMessage());
        return Statecraft.PROBLEMS;
      } catch (IllegalArgumentException e) {
        err.println(execution + ": " + e.getMessage());
        return Statecraft.PROBLEMS;
      }
    }
    String text = switch (format) {
      case mermaid -> Diagrams.mermaid(machine);
      case svg -> run == null ? Diagrams.svg(machine) : Diagrams.svg(machine, run);
      case html -> Diagrams.html(machine, run);
    };
    if (out == null) {
      PrintWriter stdout = out();
      stdout.print(text);
      stdout.flush();
    } else if (!writeOutput("--out", out, text)) {
      return Statecraft.PROBLEMS;
    }
    return 0;
  }
}
