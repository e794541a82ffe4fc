package io.statecraft.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.statecraft.asl.StateMachine;
import io.statecraft.compiler.Asl;
import io.statecraft.compiler.internal.common.JsonDiff;
import io.statecraft.dsl.Workflow;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Definitions AWS accepts that are hard on the generated Java: characters a naive literal breaks
 * on, texts over javac's 65,535-byte constant limit, machines over its 64 KiB method limit, and
 * nesting deep enough to overflow javac's stack (or, beyond 1,000 levels, the DSL's stack when
 * it used to build by recursion). Each is imported, compiled by javac in-process
 * against the DSL, built, and must give back the definition it came from.
 */
class ImportCompilesTest {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  /** Line and paragraph separators, NEL, VT, FF, NUL, DEL, bidi marks, BOM, and more. */
  private static final String AWKWARD = "a\u2028b\u2029c\u0085d\u000Be\u000Cf\u0000g\u007Fh"
      + "\u200Ei\u202Ej\uFEFFk\u00A0l\"m\\n\\u000Ao\"\"\"p\r\nq\tr\uD83D\uDE00s\u3000t";

  @TempDir
  Path classes;

  static Stream<Arguments> definitions() {
    return Stream.of(
        Arguments.of("awkward characters in every kind of text", awkwardCharacters()),
        Arguments.of("unpaired surrogates in values", unpairedSurrogates()),
        Arguments.of("texts over javac's constant limit", longTexts()),
        Arguments.of("a chain of 1,000 states", chain(1_000)),
        Arguments.of("a Choice with a 10,000-operand Or", wideOr(10_000)),
        Arguments.of("a Choice with 3,000 rules", manyRules(3_000)),
        Arguments.of("300 Choices nested through Default", nestedChoices(300)),
        Arguments.of("3,000 Choices nested through Default", nestedChoices(3_000)),
        Arguments.of("2,000 Tasks each catching into the next", nestedCatches(2_000)),
        Arguments.of("Not nested 300 deep", nestedNot(300)),
        Arguments.of("Parallel nested 40 deep", nestedParallel(40)),
        Arguments.of("a state name of 80 emoji", emojiName()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("definitions")
  void should_compile_and_build_the_same_definition_when_imported(String title,
      ObjectNode definition) throws Exception {
    // GIVEN a definition AWS would accept
    StateMachine original = Asl.readValid(definition.toString());

    // WHEN it is imported and the source compiled
    String source = Importer.toJava(original, "p", "Imported");
    Map<String, String> errors = new LinkedHashMap<>();
    ClassLoader loader = InMemoryCompiler.compile(Map.of("p.Imported", source), classes, errors);

    // THEN it compiles and builds the definition it came from
    assertThat(errors).as("javac errors").isEmpty();
    Workflow workflow = (Workflow) loader.loadClass("p.Imported")
        .getDeclaredConstructor().newInstance();
    assertThat(JsonDiff.first(Asl.toJson(original), Asl.toJson(workflow.define()))).isNull();
    assertThat(source).as("the source is plain ASCII apart from printable characters")
        .doesNotContain("\u2028", "\u2029", "\u0085", "\u000B", "\u0000", "\u202E", "\uFEFF");
  }

  @Test
  void should_build_a_large_machine_in_part_methods_and_a_small_one_in_define() {
    String large = Importer.toJava(Asl.readValid(chain(1_000).toString()), "p", "Large");
    String small = Importer.toJava(Asl.readValid(chain(3).toString()), "p", "Small");

    assertThat(large).contains("    return new Definition().build();\n",
        "  private static final class Definition {\n", "    private void part2() {\n",
        "    private Flow fromStep");
    assertThat(small).doesNotContain("Definition", "part1").contains("    return stateMachine()\n"
        + "        .startWith(task(\"Step 0\", lambdaInvoke(\"step-0\")\n");
  }

  private static ObjectNode machine(String startAt, ObjectNode states) {
    ObjectNode machine = JSON.objectNode().put("StartAt", startAt);
    machine.set("States", states);
    return machine;
  }

  private static ObjectNode awkwardCharacters() {
    ObjectNode states = JSON.objectNode();
    ObjectNode pass = states.putObject("Pass " + AWKWARD.substring(0, 2)).put("Type", "Pass")
        .put("Comment", AWKWARD).put("ResultPath", "$.r").put("Next", "Route");
    pass.putObject("Result").put("k" + AWKWARD, AWKWARD).putArray("list").add(AWKWARD);
    ObjectNode choice = states.putObject("Route").put("Type", "Choice").put("Default", "Fail");
    choice.putArray("Choices").addObject().put("Variable", "$.s").put("StringEquals", AWKWARD)
        .put("Comment", AWKWARD).put("Next", "Call");
    ObjectNode task = states.putObject("Call").put("Type", "Task")
        .put("Resource", "arn:aws:states:::lambda:invoke").put("End", true);
    task.putObject("Parameters").put("FunctionName", "f").putObject("Payload")
        .put("text", AWKWARD);
    states.putObject("Fail").put("Type", "Fail").put("Error", "E" + AWKWARD)
        .put("Cause", AWKWARD);
    ObjectNode machine = machine("Pass " + AWKWARD.substring(0, 2), states);
    machine.put("Comment", AWKWARD);
    return machine;
  }

  private static ObjectNode unpairedSurrogates() {
    ObjectNode states = JSON.objectNode();
    ObjectNode pass = states.putObject("P").put("Type", "Pass").put("Comment", "\uD800 \uDC00")
        .put("End", true);
    pass.putObject("Result").put("high", "x\uD83D").put("low", "\uDE00x");
    return machine("P", states);
  }

  private static ObjectNode longTexts() {
    String accents = "\u00E9".repeat(40_000);              // 80,000 bytes
    String emoji = "\uD83D\uDE00".repeat(25_000);          // 150,000 bytes, pairs at every cut
    String lines = "line\n".repeat(20_000);                // 100,000 bytes, one constant per "+"
    ObjectNode states = JSON.objectNode();
    ObjectNode pass = states.putObject("P").put("Type", "Pass").put("Comment", accents)
        .put("Next", "Route");
    pass.putObject("Result").put("emoji", emoji).put("lines", lines);
    ObjectNode choice = states.putObject("Route").put("Type", "Choice").put("Default", "Done");
    choice.putArray("Choices").addObject().put("Variable", "$.s").put("StringEquals", accents)
        .put("Next", "Done");
    states.putObject("Done").put("Type", "Succeed").put("Comment", lines);
    return machine("P", states);
  }

  private static ObjectNode chain(int length) {
    ObjectNode states = JSON.objectNode();
    for (int i = 0; i < length; i++) {
      ObjectNode task = states.putObject("Step " + i).put("Type", "Task")
          .put("Resource", "arn:aws:states:::lambda:invoke").put("ResultPath", "$.r" + i);
      task.putObject("Parameters").put("FunctionName", "step-" + i).put("Payload.$", "$");
      task.putArray("Retry").addObject().putArray("ErrorEquals").add("States.TaskFailed");
      if (i + 1 < length) {
        task.put("Next", "Step " + (i + 1));
      } else {
        task.put("End", true);
      }
    }
    return machine("Step 0", states);
  }

  private static ObjectNode wideOr(int operands) {
    ObjectNode states = JSON.objectNode();
    ObjectNode choice = states.putObject("Route").put("Type", "Choice").put("Default", "Other");
    ArrayNode or = choice.putArray("Choices").addObject().put("Next", "Match").putArray("Or");
    for (int i = 0; i < operands; i++) {
      or.addObject().put("Variable", "$.v").put("NumericEquals", i);
    }
    states.putObject("Match").put("Type", "Succeed");
    states.putObject("Other").put("Type", "Fail");
    return machine("Route", states);
  }

  private static ObjectNode manyRules(int rules) {
    ObjectNode states = JSON.objectNode();
    ObjectNode choice = states.putObject("Route").put("Type", "Choice").put("Default", "Done");
    ArrayNode choices = choice.putArray("Choices");
    for (int i = 0; i < rules; i++) {
      choices.addObject().put("Variable", "$.v").put("StringEquals", "v" + i)
          .put("Next", "Handle " + i);
      states.putObject("Handle " + i).put("Type", "Pass").put("Next", "Done");
    }
    states.putObject("Done").put("Type", "Succeed");
    return machine("Route", states);
  }

  private static ObjectNode nestedChoices(int depth) {
    ObjectNode states = JSON.objectNode();
    for (int i = 0; i < depth; i++) {
      ObjectNode choice = states.putObject("Check " + i).put("Type", "Choice")
          .put("Default", i + 1 < depth ? "Check " + (i + 1) : "Last");
      choice.putArray("Choices").addObject().put("Variable", "$.v").put("NumericEquals", i)
          .put("Next", "Found " + i);
      states.putObject("Found " + i).put("Type", "Succeed");
    }
    states.putObject("Last").put("Type", "Fail");
    return machine("Check 0", states);
  }

  private static ObjectNode nestedCatches(int depth) {
    ObjectNode states = JSON.objectNode();
    for (int i = 0; i < depth; i++) {
      ObjectNode task = states.putObject("Try " + i).put("Type", "Task")
          .put("Resource", "arn:aws:states:::lambda:invoke").put("End", true);
      task.putObject("Parameters").put("FunctionName", "try-" + i);
      task.putArray("Catch").addObject().put("Next", i + 1 < depth ? "Try " + (i + 1) : "Gave up")
          .putArray("ErrorEquals").add("States.ALL");
    }
    states.putObject("Gave up").put("Type", "Fail");
    return machine("Try 0", states);
  }

  private static ObjectNode nestedNot(int depth) {
    ObjectNode condition = JSON.objectNode().put("Variable", "$.v").put("BooleanEquals", true);
    for (int i = 0; i < depth; i++) {
      ObjectNode not = JSON.objectNode();
      not.set("Not", condition);
      condition = not;
    }
    condition.put("Next", "Yes");
    ObjectNode states = JSON.objectNode();
    states.putObject("Route").put("Type", "Choice").put("Default", "No").putArray("Choices")
        .add(condition);
    states.putObject("Yes").put("Type", "Succeed");
    states.putObject("No").put("Type", "Fail");
    return machine("Route", states);
  }

  private static ObjectNode nestedParallel(int depth) {
    ObjectNode states = JSON.objectNode();
    states.putObject("Leaf").put("Type", "Pass").put("End", true);
    ObjectNode branch = machine("Leaf", states);
    for (int i = 0; i < depth; i++) {
      ObjectNode outer = JSON.objectNode();
      outer.putObject("Fork " + i).put("Type", "Parallel").put("End", true)
          .putArray("Branches").add(branch);
      branch = machine("Fork " + i, outer);
    }
    return branch;
  }

  private static ObjectNode emojiName() {
    String name = "\uD83D\uDE00".repeat(80);
    ObjectNode states = JSON.objectNode();
    states.putObject(name).put("Type", "Pass").put("Next", "Done");
    states.putObject("Done").put("Type", "Succeed");
    return machine(name, states);
  }
}
