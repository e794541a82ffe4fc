package io.statecraft.importer;

import com.palantir.javapoet.JavaFile;
import io.statecraft.asl.StateMachine;
import io.statecraft.dsl.Workflow;
import io.statecraft.importer.internal.InexpressibleException;
import io.statecraft.importer.internal.WorkflowWriter;
import java.util.Objects;
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
 * <p>The class's {@code define()} builds a machine equal as JSON to {@code machine}.
 */
public final class Importer {

  private Importer() {}

  /**
   * The source of class {@code packageName.className}.
   *
   * @throws ImportException if the definition uses something the DSL cannot write
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
    try {
      return WorkflowWriter.toJavaFile(machine, packageName, className);
    } catch (InexpressibleException e) {
      throw new ImportException(e.getMessage(), e.pointer(), e);
    }
  }

  /**
   * A class name from a definition's file name: {@code order-fulfillment.asl.json} ->
   * {@code OrderFulfillment}.
   */
  public static String className(String fileName) {
    return WorkflowWriter.className(Objects.requireNonNull(fileName, "fileName == null"));
  }
}
