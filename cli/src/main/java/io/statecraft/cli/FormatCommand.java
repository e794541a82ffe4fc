package io.statecraft.cli;

import io.statecraft.asl.diagnostic.InvalidDefinitionException;
import io.statecraft.compiler.Asl;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code statecraft fmt}: canonical ASL JSON, printed, rewritten in place, or checked. */
@Command(
    name = "fmt",
    description = {
      "Print ASL definitions in canonical form: one field order, two-space indent.",
      "Directories are searched for *.asl.json files."
    })
final class FormatCommand extends Verb {

  @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "definitions to format")
  List<Path> inputs;

  @ArgGroup(exclusive = true)
  Mode mode;

  static final class Mode {
    @Option(names = "--write", description = "rewrite files that are not canonical, in place")
    boolean write;

    @Option(names = "--check", description = "list files that are not canonical; exit 1 if any")
    boolean check;
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter out = out();
    PrintWriter err = err();
    List<Path> files = definitionFiles(inputs, "format");
    boolean printing = mode == null;
    if (printing && (files.size() != 1 || Files.isDirectory(inputs.get(0)))) {
      throw usage("printing takes exactly one file; use --write or --check for several");
    }
    int status = 0;
    for (Path file : files) {
      String original;
      String canonical;
      try {
        original = io.statecraft.compiler.internal.common.TextFiles.readUtf8(file);
        canonical = Asl.write(Asl.read(original));
      } catch (IOException e) {
        err.println(file + ": cannot read: " + e.getMessage());
        status = Statecraft.PROBLEMS;
        continue;
      } catch (InvalidDefinitionException e) {
        status = report(file, e);
        continue;
      }
      if (printing) {
        out.print(canonical);
      } else if (!canonical.equals(original)) {
        if (mode.check) {
          out.println(file);
          status = Statecraft.PROBLEMS;
        } else {
          Files.writeString(file, canonical, StandardCharsets.UTF_8);
          out.println("formatted " + file);
        }
      }
    }
    out.flush();
    return status;
  }
}
