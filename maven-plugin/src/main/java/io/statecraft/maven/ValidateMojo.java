package io.statecraft.maven;

import io.statecraft.asl.diagnostic.Diagnostic;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Validates every workflow in the project's classes and every {@code *.asl.json} under
 * {@code src/main/statecraft}, writing nothing: {@code mvn compile sfn:validate}. Bound to
 * {@code process-classes}, so with an execution in the pom {@code mvn verify} fails on an invalid
 * workflow, naming the Java file and line, or the ASL file, line and JSON pointer. Writes a
 * SARIF 2.1.0 log of what it found ({@code target/statecraft/statecraft.sarif}), also when
 * validation fails, for GitHub code scanning ({@code github/codeql-action/upload-sarif}) and IDE
 * viewers.
 */
@Mojo(name = Properties.VALIDATE, defaultPhase = LifecyclePhase.PROCESS_CLASSES,
    requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public final class ValidateMojo extends WorkflowMojo {

  /** Fails the build on warnings too (e.g. a Choice without Default). */
  @Parameter(property = Properties.FAIL_ON_WARNING, defaultValue = "false")
  boolean failOnWarning;

  /**
   * Where the SARIF log goes; paths in it are relative to the git repository holding the project.
   * Empty: no log.
   */
  @Parameter(property = Properties.VALIDATE_SARIF,
      defaultValue = "${project.build.directory}/statecraft/statecraft.sarif")
  File sarifFile;

  @Override
  void run() throws MojoExecutionException, MojoFailureException {
    List<CompiledWorkflow> workflows;
    try {
      workflows = workflows();
    } catch (WorkflowException e) {
      writeSarif(List.of(), e.diagnostics());
      throw e;
    }
    writeSarif(workflows, Map.of());
    long warnings = workflows.stream().mapToLong(workflow -> workflow.warnings().size()).sum();
    if (!workflows.isEmpty()) {
      getLog().info(count(workflows.size(), "workflow") + " valid"
          + (warnings == 0 ? "" : ", " + count(warnings, "warning")));
    }
    if (failOnWarning && warnings > 0) {
      throw new MojoFailureException(count(warnings, "warning") + " and <failOnWarning> is true");
    }
  }

  private void writeSarif(List<CompiledWorkflow> workflows,
      Map<String, List<Diagnostic>> invalid) {
    if (sarifFile != null && !sarifFile.getPath().isEmpty()) {
      ValidationSarif.write(sarifFile.toPath(), project.getBasedir().toPath(),
          project.getCompileSourceRoots().stream().map(Path::of).toList(),
          definitionsDirectory.toPath(), workflows, invalid);
      getLog().info("SARIF log: " + sarifFile);
    }
  }

  /** {@code 1 warning}, {@code 2 warnings}. */
  static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
