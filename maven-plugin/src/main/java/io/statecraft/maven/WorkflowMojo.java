package io.statecraft.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What every goal that reads the project's workflows shares: the skip switch, the output folder,
 * and defining the workflows found in {@code target/classes} over the compile class path.
 */
abstract class WorkflowMojo extends AbstractMojo {

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  MavenProject project;

  /** Skips the goal. */
  @Parameter(property = Properties.SKIP, defaultValue = "false")
  boolean skip;

  /** Where {@code <name>.asl.json}, {@code .mmd} and {@code .svg} are written. */
  @Parameter(property = Properties.OUTPUT_DIRECTORY,
      defaultValue = "${project.build.directory}/statecraft")
  File outputDirectory;

  /** A folder of plain {@code *.asl.json} definitions, validated and drawn with the workflows. */
  @Parameter(property = Properties.DEFINITIONS_DIRECTORY,
      defaultValue = "${project.basedir}/src/main/statecraft")
  File definitionsDirectory;

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Skipping (" + Properties.SKIP + ")");
      return;
    }
    try {
      run();
    } catch (WorkflowException e) {
      throw new MojoFailureException(e.getMessage());
    }
  }

  /** The goal's work; {@link WorkflowException}s become build failures with their message. */
  abstract void run() throws MojoExecutionException, MojoFailureException;

  /** The project's workflows, defined and validated, warnings logged. */
  final List<CompiledWorkflow> workflows() throws MojoExecutionException {
    Path classes = Path.of(project.getBuild().getOutputDirectory());
    List<Path> classpath;
    try {
      classpath = project.getCompileClasspathElements().stream().map(Path::of).toList();
    } catch (DependencyResolutionRequiredException e) {
      throw new MojoExecutionException("the compile class path is not resolved", e);
    }
    List<Path> sources = project.getCompileSourceRoots().stream().map(Path::of).toList();
    List<CompiledWorkflow> workflows;
    try (ProjectClasses loaded = ProjectClasses.open(classes, classpath)) {
      workflows = Workflows.define(loaded, sources);
    }
    if (workflows.isEmpty()) {
      getLog().info("No workflows in " + classes
          + " (public classes implementing io.statecraft.dsl.Workflow)");
    }
    for (CompiledWorkflow workflow : workflows) {
      workflow.warnings().forEach(warning ->
          getLog().warn(workflow.name() + " (" + workflow.className() + "): " + warning));
    }
    return workflows;
  }

  final Path output() {
    return outputDirectory.toPath();
  }
}
