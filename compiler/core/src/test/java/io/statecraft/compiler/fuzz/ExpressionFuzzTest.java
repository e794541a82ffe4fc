package io.statecraft.compiler.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.statecraft.asl.internal.JsonMappers;
import io.statecraft.compiler.internal.intrinsic.IntrinsicExpression;
import io.statecraft.compiler.internal.intrinsic.IntrinsicFailureException;
import io.statecraft.compiler.internal.intrinsic.IntrinsicFunctions;
import io.statecraft.compiler.internal.intrinsic.IntrinsicSyntaxException;
import io.statecraft.compiler.internal.jsonata.JsonataBindings;
import io.statecraft.compiler.internal.jsonata.JsonataEvaluationException;
import io.statecraft.compiler.internal.jsonata.JsonataExpression;
import io.statecraft.compiler.internal.jsonata.JsonataLimits;
import io.statecraft.compiler.internal.jsonata.JsonataSyntaxException;
import io.statecraft.compiler.internal.jsonpath.AslPath;
import io.statecraft.compiler.internal.jsonpath.PathSyntaxException;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Any text given to the expression languages' parsers, and what parses evaluated over a fixed
 * document: a JSONPath parses or throws {@link PathSyntaxException}; an intrinsic function call
 * parses or throws {@link IntrinsicSyntaxException}, and evaluates or throws
 * {@link IntrinsicFailureException} (AWS's States.Runtime); a JSONata expression parses or throws
 * {@link JsonataSyntaxException}, and evaluates or throws {@link JsonataEvaluationException}
 * (States.QueryEvaluationError). Nothing else escapes. The runtime's own evaluation of paths is
 * fuzzed in the engine's module.
 */
class ExpressionFuzzTest {

  /** A document with one value of each JSON type, and strings the functions parse. */
  static final JsonNode DOCUMENT = JsonMappers.STRICT.readTree("""
      {"s": "a,b", "n": 3, "f": -1.5, "big": 1e300, "t": true, "z": null,
       "a": [1, "x", [2, 3], {"k": 1}], "o": {"k": 1, "l": [true]},
       "json": "{\\"a\\": [1, 2]}", "b64": "aGk=", "e": "", "arr": []}""");

  private static final List<String> FIELDS =
      List.of("s", "n", "f", "big", "t", "z", "a", "o", "json", "b64", "e", "arr");

  /** A short bound: what runs longer fails with AWS's time-out error, which is all we check. */
  private static final JsonataLimits LIMITS = JsonataLimits.AWS.withTimeout(Duration.ofMillis(200));

  @FuzzTest(maxDuration = "2m")
  @DictionaryFile(resourcePath = "expressions.dict")
  void should_parse_a_path_or_say_why_not(byte[] bytes) {
    String text = FuzzInputs.text(bytes);
    if (FuzzInputs.tooDeep(text)) {
      return;
    }
    AslPath path;
    try {
      path = AslPath.parse(text);
    } catch (PathSyntaxException e) {
      return;
    }
    if (path.isReference() && !path.isDefinite()) {
      throw new AssertionError("a reference path that is not definite: " + text);
    }
    if (AslPath.rootOf(text) != path.root()) {
      throw new AssertionError("rootOf says " + AslPath.rootOf(text) + ", parse says "
          + path.root() + " for " + text);
    }
  }

  @FuzzTest(maxDuration = "2m")
  @DictionaryFile(resourcePath = "expressions.dict")
  void should_evaluate_an_intrinsic_call_or_fail_as_aws_does(byte[] bytes) {
    String text = FuzzInputs.text(bytes);
    if (FuzzInputs.tooDeep(text)) {
      return;
    }
    IntrinsicExpression expression;
    try {
      expression = IntrinsicFunctions.parse(text);
    } catch (IntrinsicSyntaxException e) {
      return;
    }
    expression.problems();
    expression.paths();
    try {
      JsonNode value = expression.evaluate(ExpressionFuzzTest::valueAt, new SplittableRandom(7));
      if (value == null) {
        throw new AssertionError("no value, and no failure, for " + text);
      }
    } catch (IntrinsicFailureException e) {
      // AWS's States.Runtime, the documented outcome of a call on values it cannot take.
    }
  }

  @FuzzTest(maxDuration = "2m")
  @DictionaryFile(resourcePath = "expressions.dict")
  void should_evaluate_a_jsonata_expression_or_fail_as_aws_does(byte[] bytes) {
    String text = FuzzInputs.text(bytes);
    if (FuzzInputs.tooDeep(text)) {
      return;
    }
    JsonataExpression expression;
    try {
      expression = JsonataExpression.parse("{%" + text + "%}", LIMITS);
    } catch (JsonataSyntaxException e) {
      return;
    }
    expression.variables();
    expression.statesFields();
    try {
      expression.evaluate(BINDINGS, JsonNodeFactory.instance);
    } catch (JsonataEvaluationException e) {
      // AWS's States.QueryEvaluationError.
    }
  }

  /** The resolver of intrinsic arguments: a field of the document picked by the path's text. */
  static JsonNode valueAt(String path) {
    return DOCUMENT.get(FIELDS.get(Math.floorMod(path.hashCode(), FIELDS.size())));
  }

  private static final JsonataBindings BINDINGS = new JsonataBindings() {
    @Override
    public JsonNode input() {
      return DOCUMENT;
    }

    @Override
    public JsonNode context() {
      return DOCUMENT.get("o");
    }

    @Override
    public JsonNode variable(String name) {
      return DOCUMENT.get(name);
    }
  };
}
