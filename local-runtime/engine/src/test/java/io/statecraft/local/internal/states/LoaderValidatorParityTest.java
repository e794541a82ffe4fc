package io.statecraft.local.internal.states;

import static org.assertj.core.api.Assertions.assertThat;

import io.statecraft.asl.StateMachine;
import io.statecraft.asl.diagnostic.Diagnostic;
import io.statecraft.asl.diagnostic.InvalidDefinitionException;
import io.statecraft.compiler.Asl;
import io.statecraft.compiler.SharedFolder;
import io.statecraft.compiler.Validator;
import io.statecraft.local.internal.expr.PathCache;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The validator refuses whatever the runtime refuses when it loads a definition: both judge paths
 * with one parser, so a definition that passes {@code validate} (and the DSL's {@code build()})
 * also runs. Every adversarial path and expression is tried in every kind of field that holds
 * one. (Deploy-time {@code ${...}} placeholders are left out: the validator accepts them where
 * AWS's deploy tools substitute them, and the runtime asks for them to be substituted first.)
 */
class LoaderValidatorParityTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** Paths as a user might mistype them, and the forms Step Functions takes that Jayway does not. */
  private static final List<String> PATHS = List.of("$", "$.ship[", "$.ship]", "$[", "$]",
      "$.a.", "$.", "$..a", "$.a..b", "$.a[*]", "$.a.*", "$.a[0:2]", "$.a[0,1]", "$.a['b','c']",
      "$.a[?(@.x==1)]", "$.a[?(@.code==fr)]", "$.a[?(@.x==)]", "$.a[?(@.x", "$.a[(@.length-1)]",
      "$.a.length()", "$.a[]", "$.a['']", "$.a[1e2]", "$.a[-1]", "$.a[ 0 ]", "$['a']",
      "$[\"a\"]", "$['it\\'s']", "$['a", "$.a b", "$. a", "$.é", "$.日本", "$.a\\u0041",
      "$['\\u00e9']", "$$", "$$.", "$$.Execution.Id", "$$.Map.Item.Value", "$$[", "$$..x",
      "$x", "$x.y", "$x[0]", "$x[", "$x.", "$a$b", "$_x", "$é", "$1", "$-", "a", "", " $.a",
      "$.a ");

  /** Intrinsic function calls, well and badly formed, with good and bad paths among the arguments. */
  private static final List<String> INTRINSICS = List.of("States.Format('{}', $.a)",
      "States.Format('{}', $.a[)", "States.Format('{}' $.a)", "States.Format('{}', $.a.)",
      "States.Array($.a, $x, $$.Execution.Id)", "States.Array($.a[?(@.c==fr)])",
      "States.StringToJson($.s", "States.Nope($.a)", "States.ArrayLength($.a[(@.length-1)])",
      "States.Hash($.a, 'SHA-1')", "States.MathAdd($.a, )", "States.UUID()",
      "States.Format('\\{}', $.a)", "States.JsonMerge($.a, $.b, false)");

  /** JSONata expressions AWS refuses or takes, in every field of a JSONata state that holds one. */
  private static final List<String> EXPRESSIONS = List.of("{% $states.input %}", "{% %}",
      "{% $states.input.a ?? 1 %}", "{% $x ?: 1 %}", "{% $.a %}", "{% a.b %}", "{% $$ %}",
      "{% ( %}", "{% $states.input.a[ %}", "{% \"unclosed %}", "{% $sum([1,2]) %}",
      "{% $states.result %}", "{% $nope( %}", "{%$states.input%}", "{% 1 + %}",
      "{% $string(1) & 'é' %}");

  /** Fields whose value is a path, as JSON text of a state machine holding {@code %s}. */
  private static final List<String> PATH_FIELDS = List.of(
      pass("\"InputPath\": %s"), pass("\"OutputPath\": %s"), pass("\"ResultPath\": %s"),
      pass("\"Parameters\": {\"x.$\": %s, \"list\": [{\"y.$\": %s}]}"),
      pass("\"Assign\": {\"v.$\": %s}"),
      task("\"ResultSelector\": {\"x.$\": %s}"), task("\"TimeoutSecondsPath\": %s"),
      task("\"HeartbeatSecondsPath\": %s"), task("\"Catch\": [{\"ErrorEquals\": [\"States.ALL\"],"
          + " \"ResultPath\": %s, \"Next\": \"End\"}]"),
      map("\"ItemsPath\": %s"), map("\"MaxConcurrencyPath\": %s"),
      map("\"ItemSelector\": {\"x.$\": %s}"),
      state("{\"Type\": \"Wait\", \"SecondsPath\": %s, \"Next\": \"End\"}"),
      state("{\"Type\": \"Wait\", \"TimestampPath\": %s, \"Next\": \"End\"}"),
      choice("\"Variable\": %s, \"IsPresent\": true"),
      choice("\"Variable\": \"$.a\", \"StringEqualsPath\": %s"),
      choice("\"And\": [{\"Variable\": %s, \"NumericGreaterThanPath\": %s}]"),
      state("{\"Type\": \"Fail\", \"ErrorPath\": %s, \"CausePath\": %s}"));

  /** Fields of a JSONata state whose value is an expression. */
  private static final List<String> EXPRESSION_FIELDS = List.of(
      jsonata("{\"Type\": \"Pass\", \"Output\": %s, \"Next\": \"End\"}"),
      jsonata("{\"Type\": \"Pass\", \"Assign\": {\"v\": %s}, \"Next\": \"End\"}"),
      jsonata("{\"Type\": \"Pass\", \"Output\": {\"list\": [1, %s]}, \"Next\": \"End\"}"),
      jsonata("{\"Type\": \"Wait\", \"Seconds\": %s, \"Next\": \"End\"}"),
      jsonata("{\"Type\": \"Wait\", \"Timestamp\": %s, \"Next\": \"End\"}"),
      jsonata("{\"Type\": \"Choice\", \"Choices\": [{\"Condition\": %s, \"Next\": \"End\"}],"
          + " \"Default\": \"End\"}"),
      jsonata("{\"Type\": \"Fail\", \"Error\": %s, \"Cause\": %s}"),
      jsonata("{\"Type\": \"Task\", \"Resource\": \"arn:aws:states:::lambda:invoke\","
          + " \"Arguments\": {\"FunctionName\": \"f\", \"Payload\": %s}, \"Output\": %s,"
          + " \"TimeoutSeconds\": %s, \"Catch\": [{\"ErrorEquals\": [\"States.ALL\"],"
          + " \"Output\": %s, \"Next\": \"End\"}], \"Next\": \"End\"}"),
      jsonata("{\"Type\": \"Map\", \"Items\": %s, \"MaxConcurrency\": %s, \"ItemProcessor\":"
          + " {\"StartAt\": \"P\", \"States\": {\"P\": {\"Type\": \"Pass\", \"End\": true}}},"
          + " \"Next\": \"End\"}"));

  static Stream<String> pathDefinitions() {
    return Stream.concat(PATHS.stream(), INTRINSICS.stream())
        .flatMap(path -> PATH_FIELDS.stream().map(field -> fill(field, path)));
  }

  static Stream<String> expressionDefinitions() {
    return EXPRESSIONS.stream()
        .flatMap(expression -> EXPRESSION_FIELDS.stream().map(field -> fill(field, expression)));
  }

  @ParameterizedTest
  @MethodSource("pathDefinitions")
  void validatorRefusesEveryPathTheRuntimeRefuses(String definition) {
    assertAgree(definition);
  }

  @ParameterizedTest
  @MethodSource("expressionDefinitions")
  void validatorRefusesEveryExpressionTheRuntimeRefuses(String definition) {
    assertAgree(definition);
  }

  @Test
  void runtimeAndValidatorBothRefuseAnUnclosedBracketInResultPath() {
    // GIVEN
    String definition = fill(pass("\"ResultPath\": %s"), "$.ship[");
    // WHEN
    List<Diagnostic> refused = loadErrors(definition);
    // THEN
    assertThat(refused).isNotEmpty();
    assertThat(Validator.validate(definition)).extracting(Diagnostic::code)
        .contains("PATH_SYNTAX");
  }

  /**
   * Every definition of the corpus and of the conformance cases that the runtime refuses at load
   * (as invalid, not as a feature it does not run), the validator refuses too; but for those with
   * deploy-time placeholders, which the runtime asks to have substituted first.
   */
  @Test
  void validatorRefusesEveryCorpusDefinitionTheRuntimeRefuses() throws IOException {
    List<Path> files = SharedFolder.jsonFiles("asl-corpus", "conformance/cases");
    assertThat(files).hasSizeGreaterThan(1000);
    List<String> disagreements = new ArrayList<>();
    for (Path file : files) {
      String definition = definition(file);
      if (definition != null && !definition.contains("${") && !agree(definition)) {
        disagreements.add(file + ": " + invalidities(loadErrors(definition)));
      }
    }
    assertThat(disagreements).isEmpty();
  }

  private static String definition(Path file) throws IOException {
    JsonNode document = JSON.readTree(Files.readString(file));
    JsonNode definition = document.has("definition") ? document.get("definition") : document;
    return definition.isObject() && definition.has("States") ? definition.toString() : null;
  }

  private static void assertAgree(String definition) {
    assertThat(agree(definition))
        .as("runtime refused %s%nwhile the validator accepted%n  %s", loadErrors(definition),
            definition)
        .isTrue();
  }

  /** Whether the validator refuses the definition if the runtime, loading it, finds it invalid. */
  private static boolean agree(String definition) {
    return invalidities(loadErrors(definition)).isEmpty()
        || Validator.validate(definition).stream().anyMatch(Diagnostic::isError);
  }

  /**
   * The runtime's refusals that judge the definition, not the runtime's own reach: none when it
   * refuses a feature it does not run (a distributed Map, whose states then also look missing to
   * the transitions into them) or a Resource it cannot call (an SWF task, a CloudFormation
   * function standing for an ARN).
   */
  private static List<Diagnostic> invalidities(List<Diagnostic> refused) {
    if (refused.stream().anyMatch(diagnostic -> diagnostic.code().equals(Loader.UNSUPPORTED))) {
      return List.of();
    }
    return refused.stream()
        .filter(diagnostic -> !diagnostic.message().contains("is neither a Lambda function ARN"))
        .toList();
  }

  /** The errors the runtime finds loading {@code definition}; empty when it loads. */
  private static List<Diagnostic> loadErrors(String definition) {
    StateMachine machine;
    try {
      machine = Asl.read(definition);
    } catch (RuntimeException e) {
      return List.of(); // not ASL at all: the reader, shared by both, refuses it for both
    }
    try {
      Loader.load(machine, "us-east-1", new PathCache());
      return List.of();
    } catch (InvalidDefinitionException e) {
      return e.diagnostics();
    }
  }

  private static String fill(String template, String value) {
    String quoted = JSON.writeValueAsString(value);
    return template.replace("%s", quoted);
  }

  private static String state(String state) {
    return "{\"StartAt\": \"S\", \"States\": {\"S\": " + state
        + ", \"End\": {\"Type\": \"Succeed\"}}}";
  }

  private static String pass(String fields) {
    return state("{\"Type\": \"Pass\", " + fields + ", \"Next\": \"End\"}");
  }

  private static String task(String fields) {
    return state("{\"Type\": \"Task\", \"Resource\": \"arn:aws:lambda:us-east-1:123456789012"
        + ":function:f\", " + fields + ", \"Next\": \"End\"}");
  }

  private static String map(String fields) {
    return state("{\"Type\": \"Map\", " + fields + ", \"ItemProcessor\": {\"StartAt\": \"P\","
        + " \"States\": {\"P\": {\"Type\": \"Pass\", \"End\": true}}}, \"Next\": \"End\"}");
  }

  private static String choice(String rule) {
    return state("{\"Type\": \"Choice\", \"Choices\": [{" + rule + ", \"Next\": \"End\"}],"
        + " \"Default\": \"End\"}");
  }

  private static String jsonata(String state) {
    return "{\"QueryLanguage\": \"JSONata\", \"StartAt\": \"S\", \"States\": {\"S\": " + state
        + ", \"End\": {\"Type\": \"Succeed\"}}}";
  }
}
