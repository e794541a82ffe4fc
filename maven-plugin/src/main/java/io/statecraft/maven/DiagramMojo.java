package io.statecraft.maven;

import io.statecraft.asl.StateMachine;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Draws every workflow in the project's classes and every {@code *.asl.json} in
 * {@code src/main/statecraft} (the {@code <definitionsDirectory>}) as {@code <name>.mmd} and
 * {@code <name>.svg} in {@code target/statecraft}.
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
    for (Map.Entry<String, StateMachine> file :
        Outputs.readDefinitions(definitionsDirectory.toPath()).entrySet()) {
      Outputs.writeDiagrams(output(), file.getKey(), file.getValue());
      drawn.add(file.getKey() + Outputs.ASL_SUFFIX);
    }
    getLog().info("Diagrams of " + (drawn.isEmpty() ? "nothing" : String.join(", ", drawn))
        + " in " + output());
  }
}
