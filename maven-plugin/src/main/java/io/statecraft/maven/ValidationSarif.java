package io.statecraft.maven;

import io.statecraft.asl.diagnostic.Diagnostic;
import io.statecraft.compiler.Sarif;
import io.statecraft.compiler.Validator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The SARIF log of {@code sfn:validate}: the workflows' diagnostics on their Java files and lines,
 * every {@code *.asl.json} under the definitions folder validated on its own lines and columns, paths
 * relative to the git repository that holds the project (where GitHub code scanning resolves
 * them). Written whether validation passed or failed, so CI can upload it after a failed build.
 *
 * <pre>{@code
 * ValidationSarif.write(sarifFile, basedir, sourceRoots, definitions, workflows, Map.of());
 * }</pre>
 */
final class ValidationSarif {

  private ValidationSarif() {}

  /**
   * @param workflows the valid workflows (their warnings); empty when validation failed
   * @param invalid the located diagnostics of invalid workflows, by class name
   */
  static void write(Path sarifFile, Path basedir, List<Path> sourceRoots, Path definitions,
      List<CompiledWorkflow> workflows, Map<String, List<Diagnostic>> invalid) {
    SourceFiles sources = new SourceFiles(sourceRoots);
    Sarif sarif = Sarif.report(Sarif.repositoryRoot(basedir));
    for (CompiledWorkflow workflow : workflows) {
      if (!workflow.origin().endsWith(AslFiles.SUFFIX)) {
        // An ASL file's results are located in the file itself, below.
        sarif = sarif.withWorkflow(sources.fileOf(workflow.origin()), workflow.warnings());
      }
    }
    for (Map.Entry<String, List<Diagnostic>> entry : invalid.entrySet()) {
      sarif = sarif.withWorkflow(sources.fileOf(entry.getKey()), entry.getValue());
    }
    for (Path file : AslFiles.find(definitions)) {
      String text = read(file);
      sarif = sarif.withDefinition(file, text, Validator.validate(text));
    }
    try {
      Files.createDirectories(sarifFile.toAbsolutePath().getParent());
      Files.writeString(sarifFile, sarif.toJson(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + sarifFile, e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
