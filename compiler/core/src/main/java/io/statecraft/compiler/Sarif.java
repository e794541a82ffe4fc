package io.statecraft.compiler;

import io.statecraft.asl.diagnostic.Diagnostic;
import io.statecraft.asl.diagnostic.SourceLocation;
import io.statecraft.compiler.internal.common.JsonText;
import io.statecraft.compiler.internal.sarif.JsonLocations;
import io.statecraft.compiler.internal.sarif.SarifWriter;
import io.statecraft.compiler.internal.sarif.SarifWriter.Finding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Diagnostics as a SARIF 2.1.0 log, the format GitHub code scanning and IDE viewers read. Every rule
 * a diagnostic of Statecraft can carry is listed in {@code tool.driver.rules} (id, name,
 * descriptions, default level); each diagnostic becomes one result, located on the ASL file at the
 * line and column where its JSON pointer starts, or on the Java file and line that declared the
 * state. Paths are written relative to the source root with {@code "uriBaseId": "%SRCROOT%"}, so
 * code scanning resolves them against the repository. Immutable: each {@code with...} returns a new
 * report.
 *
 * <pre>{@code
 * Path root = Sarif.repositoryRoot(Path.of(""));
 * Path file = Path.of("src/main/statecraft/order.asl.json");
 * String text = Files.readString(file);
 * String log = Sarif.report(root)
 *     .withDefinition(file, text, Validator.validate(text))
 *     .toJson();
 * Files.writeString(Path.of("target/statecraft/statecraft.sarif"), log);
 * }</pre>
 */
public final class Sarif {

  private final Path root;
  private final List<Finding> findings;

  private Sarif(Path root, List<Finding> findings) {
    this.root = root;
    this.findings = List.copyOf(findings);
  }

  /** An empty report whose paths are relative to {@code sourceRoot} ({@code %SRCROOT%}). */
  public static Sarif report(Path sourceRoot) {
    Objects.requireNonNull(sourceRoot, "sourceRoot == null");
    return new Sarif(sourceRoot.toAbsolutePath().normalize(), List.of());
  }

  /**
   * The folder code scanning resolves paths against: the nearest folder from {@code start} upwards
   * that holds {@code .git}, else {@code start} itself.
   */
  public static Path repositoryRoot(Path start) {
    Path absolute = start.toAbsolutePath().normalize();
    for (Path folder = absolute; folder != null; folder = folder.getParent()) {
      if (Files.exists(folder.resolve(".git"))) {
        return folder;
      }
    }
    return absolute;
  }

  /**
   * This report with the diagnostics of an ASL file; {@code text} is the file's content, in which
   * each diagnostic's JSON pointer is located (a missing field at its nearest parent, a
   * {@code READ_SYNTAX} at the fault).
   */
  public Sarif withDefinition(Path file, String text, List<Diagnostic> diagnostics) {
    JsonLocations locations = JsonLocations.of(text);
    List<Finding> added = new ArrayList<>(findings);
    for (Diagnostic diagnostic : diagnostics) {
      JsonLocations.Position at = diagnostic.code().equals("READ_SYNTAX")
          && locations.syntaxError() != null
          ? locations.syntaxError()
          : locations.find(diagnostic.pointer());
      added.add(finding(diagnostic, file, at.line(), at.column()));
    }
    return new Sarif(root, added);
  }

  /**
   * This report with the diagnostics of a workflow written in Java: each at the file and line its
   * {@link SourceLocation} names (a bare file name is looked up next to {@code javaFile}), and
   * those without one on {@code javaFile}, the workflow class's source, without a line.
   *
   * @param javaFile the workflow's source file, or {@code null} when it is not known
   */
  public Sarif withWorkflow(Path javaFile, List<Diagnostic> diagnostics) {
    List<Finding> added = new ArrayList<>(findings);
    for (Diagnostic diagnostic : diagnostics) {
      SourceLocation source = diagnostic.source();
      if (source == null) {
        added.add(finding(diagnostic, javaFile, 0, 0));
      } else {
        Path named = Path.of(source.file());
        Path file = named.getParent() == null && javaFile != null
            ? javaFile.resolveSibling(named) : named;
        added.add(finding(diagnostic, file, source.line(), 0));
      }
    }
    return new Sarif(root, added);
  }

  /** The SARIF log as JSON text, two-space indented, ending with a newline. */
  public String toJson() {
    String version = Sarif.class.getPackage().getImplementationVersion();
    return JsonText.pretty(SarifWriter.write(findings, version));
  }

  private Finding finding(Diagnostic diagnostic, Path file, int line, int column) {
    if (file == null) {
      return new Finding(diagnostic, null, false, line, column);
    }
    Path absolute = file.toAbsolutePath().normalize();
    if (!absolute.startsWith(root)) {
      return new Finding(diagnostic, absolute.toUri().toString(), false, line, column);
    }
    StringBuilder uri = new StringBuilder();
    for (Path part : root.relativize(absolute)) {
      if (uri.length() > 0) {
        uri.append('/');
      }
      uri.append(encode(part.toString()));
    }
    return new Finding(diagnostic, uri.toString(), true, line, column);
  }

  /** One path segment as a URI segment (RFC 3986: unreserved characters stay as they are). */
  private static String encode(String segment) {
    StringBuilder encoded = new StringBuilder();
    for (byte b : segment.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || "-._~".indexOf(c) >= 0) {
        encoded.append(c);
      } else {
        encoded.append('%').append(String.format("%02X", b & 0xff));
      }
    }
    return encoded.toString();
  }
}
