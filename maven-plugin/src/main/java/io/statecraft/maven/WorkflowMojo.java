package io.statecraft.maven;

import io.statecraft.asl.diagnostic.Diagnostic;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What every goal that reads the project's workflows shares: the skip switch, the output folder,
 * and the workflows: those defined by classes in {@code target/classes} (over the compile class
 * path) and the {@code *.asl.json} files under {@code src/main/statecraft}, alike.
 */
abstract class WorkflowMojo extends AbstractMojo {

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  MavenProject project;

  @Parameter(defaultValue = "${mojoExecution}", readonly = true)
  MojoExecution mojoExecution;

  /** Skips the goal. */
  @Parameter(property = Properties.SKIP, defaultValue = "false")
  boolean skip;

  /**
   * Where {@code <name>.asl.json}, {@code .mmd} and {@code .svg} are written, and a typed
   * workflow's {@code <name>.input.schema.json}, {@code <name>.output.schema.json} and
   * {@code <name>.<state>.result.schema.json}.
   */
  @Parameter(property = Properties.OUTPUT_DIRECTORY,
      defaultValue = "${project.build.directory}/statecraft")
  File outputDirectory;

  /**
   * A folder of plain {@code *.asl.json} definitions, searched at any depth: each file is a
   * workflow named after it, validated, drawn and deployed like the ones written in Java.
   */
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
    } catch (RuntimeException | StackOverflowError e) {
      throw internalError(e);
    }
  }

  /**
   * A failure that is no fault of the project: said as a bug to report, in the words the
   * {@code statecraft} command uses; Maven prints where it happened with {@code -e} only.
   */
  static MojoExecutionException internalError(Throwable e) {
    return new MojoExecutionException("internal error: " + e + " (a bug in statecraft: please"
        + " report it with the goal and the files it read; mvn -e prints where it happened)", e);
  }

  /** The goal's work; {@link WorkflowException}s become build failures with their message. */
  abstract void run() throws MojoExecutionException, MojoFailureException;

  /**
   * The project's workflows, defined and validated, warnings logged: the classes implementing
   * {@code io.statecraft.dsl.Workflow} in {@code target/classes}, then every {@code *.asl.json}
   * under {@code <definitionsDirectory>}. When there are none, says where it looked.
   *
   * @throws WorkflowException listing every problem of both kinds, and every name used twice
   */
  final List<CompiledWorkflow> workflows() throws MojoExecutionException {
    Path classes = Path.of(project.getBuild().getOutputDirectory());
    List<Path> classpath;
    try {
      classpath = project.getCompileClasspathElements().stream().map(Path::of).toList();
    } catch (DependencyResolutionRequiredException e) {
      throw new MojoExecutionException("the compile class path is not resolved", e);
    }
    List<Path> sources = project.getCompileSourceRoots().stream().map(Path::of).toList();
    List<CompiledWorkflow> workflows = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    Map<String, List<Diagnostic>> diagnostics = new LinkedHashMap<>();
    int invalid = collect(() -> {
      try (ProjectClasses loaded = ProjectClasses.open(classes, classpath)) {
        return Workflows.define(loaded, sources);
      }
    }, workflows, problems, diagnostics);
    invalid += collect(() -> AslFiles.read(definitionsDirectory.toPath(), basedir()), workflows,
        problems, diagnostics);
    invalid += clashes(workflows, problems);
    if (!problems.isEmpty()) {
      throw WorkflowException.invalid(invalid, problems, diagnostics);
    }
    if (workflows.isEmpty()) {
      getLog().info(nothingFound(classes));
    }
    for (CompiledWorkflow workflow : workflows) {
      workflow.warnings().forEach(warning ->
          getLog().warn(workflow.label() + ": " + warning));
    }
    return List.copyOf(workflows);
  }

  /**
   * Adds what {@code source} defines to {@code workflows}, or its problems to {@code problems}
   * (and their located diagnostics to {@code diagnostics}); returns how many workflows those
   * concern. A setting's problem is thrown as it is.
   */
  private static int collect(Supplier<List<CompiledWorkflow>> source,
      List<CompiledWorkflow> workflows, List<String> problems,
      Map<String, List<Diagnostic>> diagnostics) {
    try {
      workflows.addAll(source.get());
      return 0;
    } catch (WorkflowException e) {
      if (e.workflows() == 0) {
        throw e;
      }
      problems.addAll(e.problems());
      diagnostics.putAll(e.diagnostics());
      return e.workflows();
    }
  }

  /** Adds a problem for each workflow whose name an earlier one has; returns how many. */
  static int clashes(List<CompiledWorkflow> workflows, List<String> problems) {
    Map<String, String> origins = new HashMap<>();
    int clashes = 0;
    for (CompiledWorkflow workflow : workflows) {
      String first = origins.putIfAbsent(workflow.name(), workflow.origin());
      if (first != null) {
        problems.add(workflow.label() + ": name \"" + workflow.name() + "\" is already used by "
            + first + "; state machine names must be unique (rename the file or change name())");
        clashes++;
      }
    }
    return clashes;
  }

  /** Where {@link #workflows()} looked, and how to point it elsewhere. */
  private String nothingFound(Path classes) {
    String shownClasses = AslFiles.shown(classes, basedir());
    return "No workflows: no public class implementing io.statecraft.dsl.Workflow in "
        + shownClasses + (Files.isDirectory(classes) ? ""
            : " (it does not exist: compile first, e.g. mvn compile sfn:" + goal() + ")")
        + ", and no *" + AslFiles.SUFFIX + " file under "
        + AslFiles.shown(definitionsDirectory.toPath(), basedir())
        + " (set <definitionsDirectory> or -D" + Properties.DEFINITIONS_DIRECTORY
        + " to read ASL files from another folder)";
  }

  /** The goal's name, for messages. */
  private String goal() {
    return mojoExecution == null ? "<goal>" : mojoExecution.getGoal();
  }

  final Path basedir() {
    return project.getBasedir().toPath();
  }

  final Path output() {
    return outputDirectory.toPath();
  }
}
