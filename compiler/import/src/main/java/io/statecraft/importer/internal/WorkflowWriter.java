package io.statecraft.importer.internal;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.statecraft.asl.QueryLanguage;
import io.statecraft.asl.StateMachine;
import io.statecraft.dsl.Workflow;
import java.util.HashSet;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes the {@link Workflow} class of a definition: plans the method body scope by scope (again,
 * with a cut, when a plan runs into a cycle), then the {@code stateMachine()} chain around it.
 * {@code io.statecraft.importer.Importer} checks the arguments and calls it.
 *
 * <pre>{@code
 * JavaFile file = WorkflowWriter.toJavaFile(machine, "com.acme", "OrderFulfillment");
 * }</pre>
 */
public final class WorkflowWriter {

  private static final ClassName STEPS = ClassName.get("io.statecraft.dsl", "Steps");

  private WorkflowWriter() {}

  /**
   * The class {@code packageName.className}, both already checked to be valid Java names.
   *
   * @throws InexpressibleProblems listing every state the DSL cannot write, each with why
   */
  public static JavaFile toJavaFile(StateMachine machine, String packageName, String className) {
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
    if (!body.problems().isEmpty()) {
      throw new InexpressibleProblems(body.problems());
    }
    MethodSpec.Builder define = MethodSpec.methodBuilder("define")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(StateMachine.class);
    TypeSpec.Builder type = TypeSpec.classBuilder(className)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(Workflow.class)
        .addJavadoc("Imported from ASL by {@code statecraft import}.\n");
    CodeBlock result = CodeBlock.of("return $L;\n", machineExpression(machine, flow));
    if (Parts.fitsOneMethod(body.statements(), result)) {
      body.statements().forEach(statement -> define.addCode("var $N = $L;\n",
          statement.name(), statement.expression()));
      define.addCode(result);
    } else {
      define.addCode("return new $N().$N();\n", Parts.CLASS, Parts.BUILD);
      type.addType(Parts.definition(body.statements(), result));
    }
    type.addMethod(define.build());
    return JavaFile.builder(packageName, type.build())
        .addStaticImport(STEPS, "*")
        .skipJavaLangImports(true)
        .indent(Literals.INDENT)
        .build();
  }

  /** A class name from a file name: {@code order-fulfillment.asl.json} -> {@code OrderFulfillment}. */
  public static String className(String fileName) {
    return Names.className(fileName);
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
