package io.statecraft.importer;

import com.palantir.javapoet.JavaFile;
import io.statecraft.asl.StateMachine;
import io.statecraft.dsl.Workflow;
import io.statecraft.asl.diagnostic.Diagnostic;
import io.statecraft.compiler.Validator;
import io.statecraft.importer.internal.InexpressibleException;
import io.statecraft.importer.internal.InexpressibleProblems;
import io.statecraft.importer.internal.WorkflowWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * Turns an ASL definition into the Java source of one {@link Workflow} class written with the
 * Statecraft DSL, the way a person would write it: a local variable per state, transitions by
 * object, typed service integrations, payloads as JSON text.
 *
 * <pre>{@code
 * StateMachine machine = Asl.read(Path.of("order-fulfillment.asl.json"));
 * String source = Importer.toJava(machine, "com.example.flows",
 *     Importer.className("order-fulfillment.asl.json"));   // class OrderFulfillment
 * }</pre>
 *
 * <p>The class's {@code define()} builds a machine equal as JSON to {@code machine}: every state
 * is kept. A definition AWS would refuse, or one with a state the DSL cannot write, is not
 * imported: the {@link ImportException} lists every such problem at once, each with the JSON
 * pointer of its state.
 *
 * <p>The source compiles whatever the definition holds: characters that would break or hide in
 * a literal are {@code \}{@code uXXXX} escapes, a text over javac's constant limit is joined
 * from smaller constants, long chains, wide Choices and And/Or conditions and deep nesting get
 * variables of their own, and a machine too large for one method is built a part at a time in a
 * nested class.
 */
public final class Importer {

  private Importer() {}

  /**
   * The source of class {@code packageName.className}.
   *
   * @throws ImportException listing every error AWS would refuse the definition for and every
   *     state the DSL cannot write
   */
  public static String toJava(StateMachine machine, String packageName, String className) {
    return toJavaFile(machine, packageName, className).toString();
  }

  /** Like {@link #toJava}, as a JavaPoet file (to write into a source folder). */
  public static JavaFile toJavaFile(StateMachine machine, String packageName, String className) {
    Objects.requireNonNull(machine, "machine == null");
    Objects.requireNonNull(packageName, "packageName == null");
    if (!packageName.isEmpty() && !SourceVersion.isName(packageName)) {
      throw new IllegalArgumentException("packageName must be a Java package name, was "
          + packageName);
    }
    if (!SourceVersion.isIdentifier(className) || SourceVersion.isKeyword(className)) {
      throw new IllegalArgumentException("className must be a Java identifier, was " + className);
    }
    // AWS's refusals and the DSL's limits are reported together, every one of them at once.
    List<Diagnostic> problems = new ArrayList<>(Validator.validate(machine).stream()
        .filter(Diagnostic::isError).toList());
    Set<String> located = new HashSet<>();
    problems.forEach(problem -> located.add(problem.pointer()));
    try {
      JavaFile file = onDeepStack(() -> WorkflowWriter.toJavaFile(machine, packageName,
          className));
      if (problems.isEmpty()) {
        return file;
      }
    } catch (InexpressibleProblems e) {
      for (InexpressibleException problem : e.problems()) {
        // A state the validator already refused (e.g. STATE_UNREACHABLE) is said once.
        if (located.add(problem.pointer())) {
          problems.add(Diagnostic.error(ImportException.INEXPRESSIBLE, problem.pointer(),
              problem.reason()));
        }
      }
    } catch (RuntimeException writerFailure) {
      if (problems.isEmpty()) {
        throw writerFailure;
      }
      // A definition the validator refused (a Wait with no duration) need not be writable: the
      // validator's words say what to fix.
    }
    throw new ImportException(problems);
  }

  /**
   * The stack of the thread that plans the code: planning recurses a few frames for each state
   * written inside another one (a Choice's Default inside the Choice), and a chain of thousands
   * of such states is a definition AWS accepts. Reserved, not committed, until used.
   */
  private static final long PLANNING_STACK_BYTES = 512L << 20;

  /** {@code work}, done on a thread of its own with a stack for the deepest machine. */
  private static JavaFile onDeepStack(java.util.function.Supplier<JavaFile> work) {
    JavaFile[] result = new JavaFile[1];
    Throwable[] failure = new Throwable[1];
    Thread planner = new Thread(null, () -> {
      try {
        result[0] = work.get();
      } catch (RuntimeException | Error e) {
        failure[0] = e;
      }
    }, "statecraft-import", PLANNING_STACK_BYTES);
    planner.start();
    try {
      planner.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while writing the Java code", e);
    }
    if (failure[0] instanceof RuntimeException e) {
      throw e;
    }
    if (failure[0] instanceof Error e) {
      throw e;
    }
    return result[0];
  }

  /**
   * A class name from a definition's file name: {@code order-fulfillment.asl.json} ->
   * {@code OrderFulfillment}.
   */
  public static String className(String fileName) {
    return WorkflowWriter.className(Objects.requireNonNull(fileName, "fileName == null"));
  }
}
