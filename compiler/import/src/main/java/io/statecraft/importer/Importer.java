package io.statecraft.importer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.statecraft.asl.QueryLanguage;
import io.statecraft.asl.StateMachine;
import io.statecraft.dsl.Workflow;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Modifier;

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

  private static final ClassName STEPS = ClassName.get("io.statecraft.dsl", "Steps");

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
    Set<String> cuts = new HashSet<>();
    MethodBody body;
    CodeBlock flow;
    while (true) {
      body = new MethodBody(cuts);
      try {
        flow = new ScopePlanner("/States", machine.startAt(), machine.states(), body).flow();
        break;
      } catch (MethodBody.Replan replan) {
        if (!cuts.add(replan.edge)) {
          throw new IllegalStateException("planned the same cut twice: " + replan.edge);
        }
      }
    }
    MethodSpec.Builder define = MethodSpec.methodBuilder("define")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(StateMachine.class);
    body.statements().forEach(define::addCode);
    define.addCode("return $L;\n", machineExpression(machine, flow));
    TypeSpec type = TypeSpec.classBuilder(className)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(Workflow.class)
        .addJavadoc("Imported from ASL by {@code statecraft import}.\n")
        .addMethod(define.build())
        .build();
    return JavaFile.builder(packageName, type)
        .addStaticImport(STEPS, "*")
        .skipJavaLangImports(true)
        .indent("  ")
        .build();
  }

  /**
   * A class name from a definition's file name: {@code order-fulfillment.asl.json} ->
   * {@code OrderFulfillment}.
   */
  public static String className(String fileName) {
    return Names.className(Objects.requireNonNull(fileName, "fileName == null"));
  }

  private static CodeBlock machineExpression(StateMachine machine, CodeBlock flow) {
    Fluent top = new Fluent(CodeBlock.of("stateMachine()"));
    top.text("comment", machine.comment());
    if (machine.queryLanguage() == QueryLanguage.JSONATA) {
      top.call("jsonata", CodeBlock.of(""));
    } else if (machine.queryLanguage() == QueryLanguage.JSONPATH) {
      top.call("jsonPath", CodeBlock.of(""));
    }
    if (machine.timeoutSeconds() != null) {
      top.call("timeout", StateCode.duration(machine.timeoutSeconds()));
    }
    top.text("version", machine.version());
    top.call("startWith", flow);
    top.call("build", CodeBlock.of(""));
    return top.build();
  }
}
