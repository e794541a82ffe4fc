package io.statecraft.cli;

import io.statecraft.asl.diagnostic.InvalidDefinitionException;
import io.statecraft.compiler.Asl;
import io.statecraft.importer.ImportException;
import io.statecraft.importer.Importer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.SourceVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code statecraft import}: ASL definitions as Java workflow classes written with the DSL. */
@Command(
    name = "import",
    description = {
      "Turn ASL definitions into Java workflow classes written with the Statecraft DSL.",
      "One class per file, named after the file (order-fulfillment.asl.json -> OrderFulfillment)."
    })
final class ImportCommand extends Verb {

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "definitions to import")
  List<Path> files;

  @Option(names = "--package", required = true, paramLabel = "P",
      description = "package of the generated classes")
  String packageName;

  @Option(names = "--out", paramLabel = "DIR",
      description = "source root to write <package>/<Class>.java into; default: print")
  Path out;

  @Option(names = "--class", paramLabel = "NAME",
      description = "class name (only with one file); default: from the file name")
  String className;

  @Override
  public Integer call() {
    if (className != null && files.size() != 1) {
      throw usage("--class takes exactly one file");
    }
    if (out != null && java.nio.file.Files.exists(out) && !java.nio.file.Files.isDirectory(out)) {
      throw usage("--out " + out + " is a file: give the folder (a source root) to write the"
          + " classes into");
    }
    if (!packageName.isEmpty() && !SourceVersion.isName(packageName)) {
      throw usage("--package must be a Java package name (such as com.example.flows), was "
          + packageName);
    }
    if (className != null
        && (!SourceVersion.isIdentifier(className) || SourceVersion.isKeyword(className))) {
      throw usage("--class must be a Java identifier (such as OrderFulfillment), was "
          + className);
    }
    PrintWriter stdout = out();
    int status = 0;
    // Two files of one name in different folders make one class: written, the second would
    // replace the first.
    Map<String, Path> written = new HashMap<>();
    for (Path file : files) {
      String name = className != null ? className
          : Importer.className(file.getFileName().toString());
      Path first = out == null ? null : written.putIfAbsent(name, file);
      if (first != null) {
        err().println(file + ": cannot import: its class " + name + " is already written from "
            + first + "; import it on its own with --class");
        status = Statecraft.PROBLEMS;
        continue;
      }
      status = Math.max(status, importOne(file, name, stdout));
    }
    stdout.flush();
    return status;
  }

  /** Imports {@code file} as class {@code name}, printed or written; the exit code. */
  private int importOne(Path file, String name, PrintWriter stdout) {
    PrintWriter err = err();
    com.palantir.javapoet.JavaFile javaFile;
    try {
      javaFile = Importer.toJavaFile(Asl.read(file), packageName, name);
    } catch (InvalidDefinitionException e) {
      return report(file, e);
    } catch (ImportException e) {
      err.println(file + ": cannot import: " + e.getMessage());
      return Statecraft.PROBLEMS;
    } catch (IllegalArgumentException e) {
      throw usage(e.getMessage());
    }
    if (out == null) {
      stdout.print(javaFile);
      return 0;
    }
    try {
      stdout.println("wrote " + javaFile.writeToPath(out));
      return 0;
    } catch (IOException e) {
      err.println(file + ": cannot write into " + out + ": " + why(e));
      return Statecraft.PROBLEMS;
    } catch (IllegalArgumentException e) {
      err.println(file + ": cannot write into " + out + ": " + e.getMessage());
      return Statecraft.PROBLEMS;
    }
  }
}
