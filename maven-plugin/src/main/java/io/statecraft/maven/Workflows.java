package io.statecraft.maven;

import io.statecraft.asl.StateMachine;
import io.statecraft.asl.diagnostic.Diagnostic;
import io.statecraft.asl.diagnostic.InvalidDefinitionException;
import io.statecraft.compiler.RecordSchemas;
import io.statecraft.compiler.Validator;
import io.statecraft.dsl.StateMachineBuilder;
import io.statecraft.dsl.Workflow;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Defines and validates every workflow of a project, collecting all problems before failing.
 *
 * <pre>{@code
 * try (ProjectClasses classes = ProjectClasses.open(classesDir, classpath)) {
 *   List<CompiledWorkflow> workflows = Workflows.define(classes, List.of(Path.of("src/main/java")));
 * }
 * }</pre>
 */
final class Workflows {

  /** AWS's state machine name rules: 1 to 80 characters, none of these. */
  private static final Pattern BAD_NAME =
      Pattern.compile("[\\s<>{}\\[\\]?*\"#%\\\\^|~`$&,;:/\\p{Cntrl}]");

  private Workflows() {}

  /**
   * Every workflow in {@code classes}, in class name order.
   *
   * @param sourceRoots where the project's Java sources are, to name files in messages
   * @throws WorkflowException listing every problem of every invalid workflow, one line each,
   *     diagnostics located in the Java source where known
   */
  static List<CompiledWorkflow> define(ProjectClasses classes, List<Path> sourceRoots) {
    SourceFiles sources = new SourceFiles(sourceRoots);
    List<CompiledWorkflow> defined = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    int invalid = 0;
    Map<String, String> classByName = new HashMap<>();
    Map<String, List<Diagnostic>> diagnostics = new TreeMap<>();
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    // The DSL's build() and user code may look up services through the context loader.
    thread.setContextClassLoader(classes.loader());
    try {
      for (Class<? extends Workflow> type : classes.workflows()) {
        int before = problems.size();
        String label = type.getName();
        try {
          Workflow workflow = type.getConstructor().newInstance();
          String name = workflow.name();
          label = CompiledWorkflow.label(name, type.getName());
          String clash = classByName.putIfAbsent(name, type.getName());
          String nameProblem = nameProblem(name, clash);
          if (nameProblem != null) {
            problems.add(label + ": " + nameProblem);
          } else {
            CompiledWorkflow compiled = defined(name, type, workflow, sources);
            List<Diagnostic> errors = errors(compiled.machine());
            if (errors.isEmpty()) {
              defined.add(compiled);
            } else {
              problems.addAll(describe(label, errors, sources, type));
              diagnostics.put(type.getName(), located(errors, sources, type));
            }
          }
        } catch (InvalidDefinitionException e) {
          problems.addAll(describe(label, e.diagnostics(), sources, type));
          diagnostics.put(type.getName(), located(e.diagnostics(), sources, type));
        } catch (SchemaProblem e) {
          problems.add(label + ": its input or output record has no JSON Schema: "
              + e.getMessage());
        } catch (InvocationTargetException e) {
          problems.add(label + ": its constructor threw " + threw(e.getCause(), type));
        } catch (ReflectiveOperationException e) {
          problems.add(label + ": cannot be instantiated: " + e);
        } catch (RuntimeException | LinkageError e) {
          problems.add(label + ": define() threw " + threw(e, type));
        }
        invalid += problems.size() > before ? 1 : 0;
      }
    } finally {
      thread.setContextClassLoader(previous);
    }
    if (!problems.isEmpty()) {
      throw WorkflowException.invalid(invalid, problems, diagnostics);
    }
    return List.copyOf(defined);
  }

  /**
   * The workflow's machine and warnings: those {@code build()} found, located in the Java source;
   * or, for a machine built without it, the validator's.
   */
  private static CompiledWorkflow defined(String name, Class<?> type, Workflow workflow,
      SourceFiles sources) {
    List<Diagnostic> built = new ArrayList<>();
    StateMachine machine = StateMachineBuilder.reportingWarnings(workflow::define, built::add);
    if (machine == null) {
      throw new IllegalStateException("define() returned null");
    }
    List<Diagnostic> warnings = !built.isEmpty() ? built : Validator.validate(machine).stream()
        .filter(diagnostic -> !diagnostic.isError()).toList();
    return new CompiledWorkflow(name, type.getName(), machine, warnings.stream()
        .map(warning -> sources.located(warning, type)).toList(), schemas(workflow, machine));
  }

  /** The input, output and task result schemas of a workflow, by file name. */
  private static Map<String, String> schemas(Workflow workflow, StateMachine machine) {
    try {
      return RecordSchemas.files(workflow, machine);
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new SchemaProblem(e.getMessage());
    }
  }

  /** A typed workflow whose records have no JSON Schema: reported as such, not as define(). */
  private static final class SchemaProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SchemaProblem(String message) {
      super(message, null, false, false);
    }
  }

  /** Errors a machine built without {@code build()} (e.g. by hand) still has. */
  private static List<Diagnostic> errors(StateMachine machine) {
    return Validator.validate(machine).stream().filter(Diagnostic::isError).toList();
  }

  /** What is wrong with a state machine name, or null; {@code clash} names its other user. */
  static String nameProblem(String name, String clash) {
    if (name == null || name.isEmpty() || name.length() > 80) {
      return "name() must be 1 to 80 characters, was " + (name == null ? "null" : "\"" + name + "\"");
    }
    if (BAD_NAME.matcher(name).find()) {
      return "name() \"" + name + "\" has a character AWS refuses in state machine names"
          + " (white space, brackets, wildcards, control characters or \"#%\\^|~`$&,;:/)";
    }
    return clash == null ? null : "name \"" + name + "\" is already used by " + clash;
  }

  /** One line per diagnostic, each naming the workflow. */
  private static List<String> describe(String label, List<Diagnostic> diagnostics,
      SourceFiles sources, Class<?> type) {
    return diagnostics.stream()
        .map(diagnostic -> label + ": " + sources.describe(diagnostic, type))
        .toList();
  }

  private static List<Diagnostic> located(List<Diagnostic> diagnostics, SourceFiles sources,
      Class<?> type) {
    return diagnostics.stream().map(diagnostic -> sources.located(diagnostic, type)).toList();
  }

  /** The exception and the innermost line of the workflow's own code it passed through. */
  private static String threw(Throwable e, Class<?> type) {
    for (StackTraceElement frame : e.getStackTrace()) {
      if (frame.getClassName().startsWith(type.getName()) && frame.getLineNumber() > 0) {
        return e + " at " + frame.getFileName() + ":" + frame.getLineNumber();
      }
    }
    return e.toString();
  }
}
