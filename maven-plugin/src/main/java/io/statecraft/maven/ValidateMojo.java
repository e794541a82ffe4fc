package io.statecraft.maven;

import io.statecraft.asl.diagnostic.Diagnostic;
import io.statecraft.compiler.Validator;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Validates every workflow in the project's classes and every {@code *.asl.json} in
 * {@code src/main/statecraft}, writing nothing: {@code mvn compile sfn:validate}.
 */
@Mojo(name = Properties.VALIDATE, defaultPhase = LifecyclePhase.PROCESS_CLASSES,
    requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public final class ValidateMojo extends WorkflowMojo {

  /** Fails the build on warnings too (e.g. a Choice without Default). */
  @Parameter(property = Properties.FAIL_ON_WARNING, defaultValue = "false")
  boolean failOnWarning;

  @Override
  void run() throws MojoExecutionException, MojoFailureException {
    List<CompiledWorkflow> workflows = workflows();
    var files = Outputs.readDefinitions(definitionsDirectory.toPath());
    long warnings = workflows.stream().mapToLong(workflow -> workflow.warnings().size()).sum();
    for (var file : files.entrySet()) {
      for (Diagnostic warning : Validator.validate(file.getValue())) {
        getLog().warn(file.getKey() + Outputs.ASL_SUFFIX + ": " + warning);
        warnings++;
      }
    }
    getLog().info(count(workflows.size() + files.size(), "definition") + " valid"
        + (warnings == 0 ? "" : ", " + count(warnings, "warning")));
    if (failOnWarning && warnings > 0) {
      throw new MojoFailureException(count(warnings, "warning") + " and <failOnWarning> is true");
    }
  }

  /** {@code 1 warning}, {@code 2 warnings}. */
  static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
