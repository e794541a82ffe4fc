package io.statecraft.examples;

import static io.statecraft.dsl.Steps.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.statecraft.asl.internal.JsonMappers;
import io.statecraft.compiler.internal.intrinsic.IntrinsicExpression;
import io.statecraft.compiler.internal.intrinsic.IntrinsicFunctions;
import io.statecraft.dsl.payload.Intrinsic;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The intrinsic calls the DSL writes are read by the compiler's independent parser: each of the 18
 * functions parses without a problem, and quoting survives evaluation.
 */
class DslIntrinsicsTest {

  private static final JsonMapper JSON = JsonMappers.STANDARD;

  static Stream<Intrinsic> everyFunction() {
    return Stream.of(
        format("Hello {} and {}", path("$.a"), "it's {not} a placeholder"),
        stringToJson(path("$.text")),
        jsonToString(path("$.object")),
        array(1, "two", true, null, path("$.a")),
        arrayPartition(path("$.list"), 2),
        arrayContains(path("$.list"), 3),
        arrayRange(1, 9, 2),
        arrayGetItem(path("$.list"), 0),
        arrayLength(path("$.list")),
        arrayUnique(path("$.list")),
        base64Encode(path("$.text")),
        base64Decode(base64Encode("x")),
        hash(path("$.text"), "SHA-256"),
        jsonMerge(path("$.object"), path("$.other")),
        mathRandom(1, 10),
        mathRandom(1, 10, 42),
        mathAdd(path("$.n"), -1),
        stringSplit(path("$.csv"), ","),
        uuid());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyFunction")
  void parsesWithoutProblems(Intrinsic call) {
    IntrinsicExpression parsed = IntrinsicFunctions.parse(call.text());

    assertThat(parsed.function()).isEqualTo(call.function());
    assertThat(parsed.problems()).isEmpty();
  }

  @Test
  void quotesLiteralsSoThatTheyEvaluateToWhatWasWritten() {
    Intrinsic greeting = format("It's {} \\ {braces} '{}'", path("$.name"), "{o'k}");
    Map<String, JsonNode> input = Map.of("$.name", JSON.getNodeFactory().stringNode("Ann"));

    JsonNode result = IntrinsicFunctions.parse(greeting.text()).evaluate(input::get);

    assertThat(result.stringValue()).isEqualTo("It's Ann \\ {braces} '{o'k}'");
  }
}
