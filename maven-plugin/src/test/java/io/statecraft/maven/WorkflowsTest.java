package io.statecraft.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.statecraft.compiler.Asl;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkflowsTest {

  @TempDir Path root;

  private static final String HEADER = """
      package com.example;

      import static io.statecraft.dsl.Steps.*;

      import io.statecraft.asl.StateMachine;
      import io.statecraft.dsl.Workflow;

      """;

  private static String workflow(String declaration, String body) {
    return HEADER + declaration + " {\n  public StateMachine define() {\n" + body + "\n  }\n}\n";
  }

  private List<CompiledWorkflow> define(Map<String, String> files) throws Exception {
    TestProject project = TestProject.compile(root, files);
    try (ProjectClasses classes = project.open()) {
      return Workflows.define(classes, List.of(project.sources));
    }
  }

  @Test
  void findsPublicWorkflowClassesAndIgnoresEverythingElse() throws Exception {
    List<CompiledWorkflow> found = define(Map.of(
        "com/example/Hello.java", workflow("public final class Hello implements Workflow",
            "    return stateMachine().startWith(succeed(\"Done\")).build();"),
        "com/example/Base.java", workflow("public abstract class Base implements Workflow",
            "    return null;"),
        "com/example/Plain.java", "package com.example;\npublic class Plain {}\n"));

    assertThat(found).extracting(CompiledWorkflow::name, CompiledWorkflow::origin)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Hello", "com.example.Hello"));
    assertThat(Asl.write(found.get(0).machine())).isEqualTo("""
        {
          "StartAt": "Done",
          "States": {
            "Done": {
              "Type": "Succeed"
            }
          }
        }
        """);
  }

  @Test
  void typedWorkflowCarriesTheSchemasOfItsInputAndOutputRecords() throws Exception {
    List<CompiledWorkflow> found = define(Map.of(
        "com/example/Order.java", "package com.example;\npublic record Order(String id, int"
            + " quantity) {}\n",
        "com/example/Receipt.java", "package com.example;\npublic record Receipt(String id) {}\n",
        "com/example/Orders.java", HEADER.replace("import io.statecraft.dsl.Workflow;",
            "import io.statecraft.dsl.TypedWorkflow;")
            + "public final class Orders implements TypedWorkflow<Order, Receipt> {\n"
            + "  public StateMachine define() {\n"
            + "    return stateMachine().startWith(succeed(\"Done\")).build();\n  }\n}\n"));

    assertThat(found.get(0).schemas()).containsOnlyKeys("Orders.input.schema.json",
        "Orders.output.schema.json");
    assertThat(found.get(0).schemas().get("Orders.output.schema.json")).isEqualTo("""
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "title": "Receipt",
          "type": "object",
          "properties": {
            "id": {
              "type": "string"
            }
          },
          "required": [
            "id"
          ]
        }
        """);
  }

  @Test
  void workflowCarriesTheSchemaOfEachTaskResultRecordItDeclares() throws Exception {
    List<CompiledWorkflow> found = define(Map.of(
        "com/example/Charge.java", "package com.example;\npublic record Charge(String chargeId)"
            + " {}\n",
        "com/example/Payments.java", workflow("public final class Payments implements Workflow",
            "    return stateMachine().startWith(task(\"Charge card\", lambdaInvoke(\"charge\"))"
                + ".result(Charge.class)).build();")));

    assertThat(found.get(0).schemas()).containsOnlyKeys("Payments.Charge card.result.schema.json");
    assertThat(found.get(0).schemas().get("Payments.Charge card.result.schema.json"))
        .contains("\"title\": \"Charge\"", "\"chargeId\"");
  }

  @Test
  void typedWorkflowWhoseRecordHasNoSchemaIsRefusedNamingTheComponent() throws Exception {
    assertThatThrownBy(() -> define(Map.of(
        "com/example/Order.java", "package com.example;\npublic record Order(Thread owner) {}\n",
        "com/example/Orders.java", HEADER.replace("import io.statecraft.dsl.Workflow;",
            "import io.statecraft.dsl.TypedWorkflow;")
            + "public final class Orders implements TypedWorkflow<Order, Order> {\n"
            + "  public StateMachine define() {\n"
            + "    return stateMachine().startWith(succeed(\"Done\")).build();\n  }\n}\n")))
        .isInstanceOf(WorkflowException.class)
        .hasMessageContaining("Orders (com.example.Orders): its input or output record has no"
            + " JSON Schema: Order.owner has the type java.lang.Thread, which has no JSON Schema");
  }

  @Test
  void usesTheNameTheWorkflowGivesItself() throws Exception {
    List<CompiledWorkflow> found = define(Map.of("com/example/Nightly.java", workflow(
        "public final class Nightly implements Workflow",
        "    return stateMachine().startWith(succeed(\"Done\")).build();\n  }\n"
            + "  public String name() {\n    return \"nightly-report\";")));

    assertThat(found).extracting(CompiledWorkflow::name).containsExactly("nightly-report");
  }

  @Test
  void invalidWorkflowFailsNamingTheSourceFileAndLine() throws Exception {
    assertThatThrownBy(() -> define(Map.of("com/example/Broken.java", workflow(
        "public final class Broken implements Workflow",
        "    return stateMachine()\n"
            + "        .startWith(pass(\"Greet\")\n"
            + "            .next(pass(\"Greet\").next(succeed(\"Done\"))))\n"
            + "        .build();"))))
        .isInstanceOf(WorkflowException.class)
        .hasMessageStartingWith("1 workflow is invalid:\nBroken (com.example.Broken): "
            + root.resolve("src/main/java/com/example/Broken.java") + ":12: /States/Greet:"
            + " error DSL_DUPLICATE_STATE_NAME: ");
  }

  @Test
  void warningNamesTheSourceFileAndLineAsAnErrorDoes() throws Exception {
    // GIVEN a variable name AWS takes but a reviewer would not
    List<CompiledWorkflow> found = define(Map.of("com/example/Odd.java", workflow(
        "public final class Odd implements Workflow",
        "    return stateMachine()\n"
            + "        .startWith(pass(\"Greet\")\n"
            + "            .assign(payload().put(\"my-var\", 1)).next(succeed(\"Done\")))\n"
            + "        .build();")));

    // THEN
    assertThat(found.get(0).warnings()).singleElement().asString()
        .startsWith(root.resolve("src/main/java/com/example/Odd.java") + ":11: /States/Greet/Assign/my-var: warning VARIABLE_NAME: ");
  }

  @Test
  void eachProblemIsALineOfItsOwnThatNamesTheWorkflow() throws Exception {
    WorkflowException thrown = catchThrowableOfType(WorkflowException.class, () -> define(Map.of(
        "com/example/Twice.java", workflow("public final class Twice implements Workflow",
            "    return stateMachine()\n"
                + "        .startWith(pass(\"Greet\")\n"
                + "            .next(pass(\"Greet\").next(pass(\"Greet\").next(succeed(\"Done\")))))\n"
                + "        .build();"))));

    assertThat(thrown.workflows()).isEqualTo(1);
    assertThat(thrown.problems()).hasSize(2).allSatisfy(line -> assertThat(line)
        .startsWith("Twice (com.example.Twice): " + root.resolve("src/main/java/com/example/"
            + "Twice.java") + ":12: /States/Greet: error DSL_DUPLICATE_STATE_NAME: "));
    assertThat(thrown.getMessage()).startsWith("1 workflow is invalid:\nTwice (com.example.Twice): ")
        .hasLineCount(3);
  }

  @Test
  void exceptionInDefineIsReportedWithTheWorkflowsLine() throws Exception {
    assertThatThrownBy(() -> define(Map.of("com/example/Throws.java", workflow(
        "public final class Throws implements Workflow",
        "    throw new IllegalStateException(\"no config\");"))))
        .isInstanceOf(WorkflowException.class)
        .hasMessage("1 workflow is invalid:\nThrows (com.example.Throws): define() threw"
            + " java.lang.IllegalStateException: no config at Throws.java:10");
  }

  @Test
  void everyProblemIsReportedNotJustTheFirst() throws Exception {
    String valid = "    return stateMachine().startWith(succeed(\"Done\")).build();\n  }\n"
        + "  public String name() {\n    return \"same\";";
    assertThatThrownBy(() -> define(Map.of(
        "com/example/A.java", workflow("public final class A implements Workflow", valid),
        "com/example/B.java", workflow("public final class B implements Workflow", valid),
        "com/example/C.java", workflow("public final class C implements Workflow",
            "    return stateMachine().startWith(succeed(\"Done\")).build();\n  }\n"
                + "  public String name() {\n    return \"has space\";"))))
        .isInstanceOf(WorkflowException.class)
        .hasMessage("2 workflows are invalid:\n"
            + "same (com.example.B): name \"same\" is already used by com.example.A\n"
            + "has space (com.example.C): name() \"has space\" has a character AWS refuses in"
            + " state machine names (white space, brackets, wildcards, control characters or"
            + " \"#%\\^|~`$&,;:/)");
  }

  @Test
  void workflowWithoutPublicNoArgumentConstructorIsRefused() throws Exception {
    assertThatThrownBy(() -> define(Map.of("com/example/NeedsArgs.java", workflow(
        "public final class NeedsArgs implements Workflow",
        "    return null;\n  }\n  public NeedsArgs(String region) {"))))
        .isInstanceOf(WorkflowException.class)
        .hasMessage("com.example.NeedsArgs implements Workflow but is not a public class with a"
            + " public no-argument constructor");
  }

  @Test
  void emptyOrMissingClassesFolderHasNoWorkflows() {
    try (ProjectClasses classes = ProjectClasses.open(root.resolve("target/classes"), List.of())) {
      assertThat(Workflows.define(classes, List.of())).isEmpty();
    }
  }
}
