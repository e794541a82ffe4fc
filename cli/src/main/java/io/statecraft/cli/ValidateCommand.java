package io.statecraft.cli;

import io.statecraft.asl.diagnostic.Diagnostic;
import io.statecraft.asl.internal.JsonMappers;
import io.statecraft.compiler.Sarif;
import io.statecraft.compiler.Validator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code statecraft validate}: whether AWS would accept each definition, one line per problem.
 *
 * <pre>
 * statecraft validate workflows/
 * workflows/order.asl.json:/States/Charge/Next: error TRANSITION_UNKNOWN: Next names "Chrage", ...
 * statecraft validate --format sarif workflows/ > statecraft.sarif
 * </pre>
 */
@Command(
    name = "validate",
    description = {
      "Check ASL definitions as AWS would: schema, transitions, paths, JSONata, retriers...",
      "Prints file:pointer: severity CODE: message per problem. Directories are searched for"
          + " *.asl.json files.",
      "Exit code 0 when no definition has errors (warnings allowed), 1 when one has."
    })
final class ValidateCommand extends Verb {

  /** The output formats of {@code --format}. */
  enum Format {
    text,
    json,
    sarif
  }

  @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "definitions to validate")
  List<Path> inputs;

  @Option(names = "--format", defaultValue = "text", paramLabel = "text|json|sarif",
      description = "text (default): one line per problem; json: one document for all files;"
          + " sarif: a SARIF 2.1.0 log for GitHub code scanning and IDEs")
  Format format;

  @Option(names = "--sarif-root", paramLabel = "DIR",
      description = "the folder SARIF paths are relative to (%%SRCROOT%%); default: the"
          + " enclosing git repository, else the current folder")
  Path sarifRoot;

  @Override
  public Integer call() {
    PrintWriter out = out();
    JsonMapper mapper = JsonMappers.STANDARD;
    ArrayNode files = mapper.createArrayNode();
    int errors = 0;
    int warnings = 0;
    Sarif sarif = Sarif.report(sarifRoot != null ? sarifRoot : Sarif.repositoryRoot(Path.of("")));
    for (Path file : definitionFiles(inputs, "validate")) {
      Checked checked = check(file);
      List<Diagnostic> diagnostics = checked.diagnostics();
      long fileErrors = diagnostics.stream().filter(Diagnostic::isError).count();
      errors += (int) fileErrors;
      warnings += diagnostics.size() - (int) fileErrors;
      if (format == Format.json) {
        files.add(fileReport(mapper, file, diagnostics, fileErrors == 0));
      } else if (format == Format.sarif) {
        sarif = sarif.withDefinition(file, checked.text(), diagnostics);
      } else {
        diagnostics.forEach(diagnostic -> out.println(file + ":" + diagnostic));
      }
    }
    if (format == Format.json) {
      ObjectNode report = mapper.createObjectNode();
      report.put("errors", errors);
      report.put("warnings", warnings);
      report.set("files", files);
      out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(report));
    } else if (format == Format.sarif) {
      out.print(sarif.toJson());
    }
    out.flush();
    return errors == 0 ? 0 : Statecraft.PROBLEMS;
  }

  /** A file's text ({@code ""} when it cannot be read) and its problems. */
  private record Checked(String text, List<Diagnostic> diagnostics) {}

  private static Checked check(Path file) {
    try {
      String text = io.statecraft.compiler.internal.common.TextFiles.readUtf8(file);
      return new Checked(text, Validator.validate(text));
    } catch (IOException | java.io.UncheckedIOException e) {
      return new Checked("", List.of(
          Diagnostic.error("READ_IO", "", "cannot read " + file + ": " + e.getMessage())));
    }
  }

  private static ObjectNode fileReport(JsonMapper mapper, Path file, List<Diagnostic> diagnostics,
      boolean valid) {
    ObjectNode report = mapper.createObjectNode();
    report.put("file", file.toString());
    report.put("valid", valid);
    ArrayNode list = report.putArray("diagnostics");
    for (Diagnostic diagnostic : diagnostics) {
      ObjectNode entry = list.addObject();
      entry.put("severity", diagnostic.severity().name());
      entry.put("code", diagnostic.code());
      entry.put("pointer", diagnostic.pointer());
      entry.put("message", diagnostic.message());
      if (diagnostic.hint() != null) {
        entry.put("hint", diagnostic.hint());
      }
    }
    return report;
  }
}
