package io.statecraft.maven;

import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Writes {@code <name>.asl.json}, {@code <name>.mmd} and {@code <name>.svg} into
 * {@code target/statecraft} for every workflow in the project's classes and every
 * {@code *.asl.json} under {@code src/main/statecraft}, and the JSON Schemas of a
 * {@code TypedWorkflow}'s input and output records ({@code <name>.input.schema.json},
 * {@code <name>.output.schema.json}) and of the result records its tasks declare
 * ({@code <name>.<state>.result.schema.json}); fails the build on an invalid workflow,
 * naming the Java file and line that declared the offending state, or the ASL file, line and JSON
 * pointer. Bound to process-classes: an execution of the goal {@code generate} in the pom runs
 * it on every build; {@code mvn compile sfn:generate} runs it once.
 */
@Mojo(name = Properties.GENERATE, defaultPhase = LifecyclePhase.PROCESS_CLASSES,
    requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public final class GenerateMojo extends WorkflowMojo {

  @Override
  void run() throws MojoExecutionException {
    List<CompiledWorkflow> workflows = workflows();
    List<Path> written = Outputs.writeAll(output(), workflows);
    for (CompiledWorkflow workflow : workflows) {
      getLog().info("Generated " + workflow.label());
    }
    if (!workflows.isEmpty()) {
      getLog().info(written.size() + " files in " + output());
    }
  }
}
