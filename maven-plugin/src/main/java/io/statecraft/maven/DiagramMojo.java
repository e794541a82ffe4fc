package io.statecraft.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Draws every workflow in the project's classes and every {@code *.asl.json} under
 * {@code src/main/statecraft} (the {@code <definitionsDirectory>}) as {@code <name>.mmd} and
 * {@code <name>.svg} in {@code target/statecraft}: {@code mvn compile sfn:diagram}.
 */
@Mojo(name = Properties.DIAGRAM, requiresDependencyResolution = ResolutionScope.COMPILE,
    threadSafe = true)
public final class DiagramMojo extends WorkflowMojo {

  @Override
  void run() throws MojoExecutionException {
    List<String> drawn = new ArrayList<>();
    for (CompiledWorkflow workflow : workflows()) {
      Outputs.writeDiagrams(output(), workflow.name(), workflow.machine());
      drawn.add(workflow.name());
    }
    if (!drawn.isEmpty()) {
      getLog().info("Diagrams of " + String.join(", ", drawn) + " in " + output());
    }
  }
}
