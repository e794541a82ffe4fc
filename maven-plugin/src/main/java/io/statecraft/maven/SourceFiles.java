package io.statecraft.maven;

import io.statecraft.asl.diagnostic.Diagnostic;
import io.statecraft.asl.diagnostic.SourceLocation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Turns the file name a diagnostic carries ({@code OrderFlow.java}) into the project's source
 * file, so build output links to it: the DSL knows the file name from the stack, not its folder.
 */
final class SourceFiles {

  private final List<Path> roots;

  SourceFiles(List<Path> roots) {
    this.roots = List.copyOf(roots);
  }

  /** {@code diagnostic} as text, its source as a path when the file is found under a root. */
  String describe(Diagnostic diagnostic, Class<?> workflow) {
    return located(diagnostic, workflow).toString();
  }

  /** {@code diagnostic} with its source's file as a path, when the file is found under a root. */
  Diagnostic located(Diagnostic diagnostic, Class<?> workflow) {
    SourceLocation source = diagnostic.source();
    Path file = source == null ? null : find(source.file(), workflow);
    return file == null ? diagnostic
        : diagnostic.withSource(new SourceLocation(file.toString(), source.line()));
  }

  /**
   * The source file of a top-level or nested class ({@code com/example/Orders.java} under a root),
   * or {@code null} when no root holds it.
   */
  Path fileOf(String className) {
    int dot = className.lastIndexOf('.');
    String outer = className.substring(dot + 1).split("\\$")[0];
    String folder = dot < 0 ? "" : className.substring(0, dot).replace('.', '/');
    for (Path root : roots) {
      Path candidate = (folder.isEmpty() ? root : root.resolve(folder)).resolve(outer + ".java");
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  /** The file in the workflow's package folder, where the DSL calls almost always are. */
  private Path find(String fileName, Class<?> workflow) {
    String folder = workflow.getPackageName().replace('.', '/');
    for (Path root : roots) {
      Path candidate = (folder.isEmpty() ? root : root.resolve(folder)).resolve(fileName);
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    return null;
  }
}
