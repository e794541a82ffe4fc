package io.statecraft.compiler.internal.validation;

import io.statecraft.asl.MapState;
import io.statecraft.asl.ParallelState;
import io.statecraft.asl.QueryLanguage;
import io.statecraft.asl.TaskState;
import io.statecraft.compiler.internal.jsonata.JsonataExpression;
import io.statecraft.compiler.validation.Rule;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Which fields a state may use in its query language, and every {@code {% %}} expression of a
 * JSONata state: what AWS refuses in it, and the fields of {@code $states} it reads where they
 * exist. Which language a field belongs to is a table of field names, looked up for every field
 * {@link StateFields} gives.
 */
final class JsonataRules {

  /** The fields of a Catcher that can read {@code $states.errorOutput}. */
  private static final Pattern CATCHER_FIELD = Pattern.compile("/Catch/\\d+/(Output|Assign)");

  /** Fields that only JSONPath states take (a Choice rule's JSONPath condition among them). */
  private static final Set<String> JSONPATH_ONLY = Set.of("InputPath", "OutputPath",
      "Parameters", "Result", "ResultPath", "ResultSelector", "ItemsPath", "SecondsPath",
      "TimestampPath", "ErrorPath", "CausePath", "TimeoutSecondsPath", "HeartbeatSecondsPath",
      "MaxConcurrencyPath", "ToleratedFailurePercentagePath", "ToleratedFailureCountPath",
      "MaxItemsPerBatchPath", "MaxInputBytesPerBatchPath", "MaxItemsPath", "Variable", "And",
      "Or", "Not");

  /** Fields that only JSONata states take; they hold {@code {% %}} expressions. */
  private static final Set<String> JSONATA_ONLY = Set.of("Output", "Arguments", "Items",
      "Condition");

  /** Fields of both languages whose values are {@code {% %}} expressions in a JSONata state. */
  private static final Set<String> EXPRESSIONS = Set.of("Assign", "Seconds", "Timestamp",
      "Error", "Cause", "Credentials", "TimeoutSeconds", "HeartbeatSeconds", "ItemSelector",
      "MaxConcurrency", "ToleratedFailurePercentage", "ToleratedFailureCount", "MaxItemsPerBatch",
      "MaxInputBytesPerBatch", "BatchInput", "MaxItems");

  private final Findings findings;

  JsonataRules(Findings findings) {
    this.findings = findings;
  }

  /** Checks the state at {@code site}; {@code written} is the state as the writer writes it. */
  void check(Scope.Site site, JsonNode written) {
    boolean jsonata = site.language() == QueryLanguage.JSONATA;
    Set<String> wrong = jsonata ? JSONPATH_ONLY : JSONATA_ONLY;
    StateFields.forEach(written, (suffix, name, value) -> {
      if (wrong.contains(name)) {
        findings.report(Rule.QUERY_LANGUAGE_FIELD, site.pointer() + suffix, Where.field(suffix)
            + " is a " + (jsonata ? "JSONPath" : "JSONata") + " field, but state \""
            + site.name() + "\" uses " + site.language().aslName(), jsonata
            ? "JSONata states take Arguments, Output and Assign with {% %} expressions"
            : "set \"QueryLanguage\": \"JSONata\" on the state or the machine");
      } else if (jsonata && (JSONATA_ONLY.contains(name) || EXPRESSIONS.contains(name))) {
        checkExpressions(site, suffix, value);
      }
    });
  }

  private void checkExpressions(Scope.Site site, String suffix, JsonNode value) {
    Expressions.checkTree(findings, site.pointer() + suffix, value,
        (at, expression) -> checkStatesFields(site, suffix, at, expression));
  }

  /**
   * {@code $states.result} exists only in the top-level Output and Assign of the states that have
   * a result, and {@code $states.errorOutput} only in a Catcher's; AWS refuses other references.
   */
  private void checkStatesFields(Scope.Site site, String suffix, String pointer,
      JsonataExpression expression) {
    Set<String> fields = expression.statesFields();
    boolean catcher = CATCHER_FIELD.matcher(suffix).matches();
    boolean hasResult = site.state() instanceof TaskState || site.state() instanceof MapState
        || site.state() instanceof ParallelState;
    String field = Where.field(pointer);
    if (fields.contains("result")
        && !(hasResult && (suffix.equals("/Output") || suffix.equals("/Assign")))) {
      findings.report(Rule.JSONATA_STATES_FIELD, pointer, field + " reads $states.result, which"
          + " only the Output and Assign of a Task, Map or Parallel state can read",
          catcher ? "a Catcher reads the error as $states.errorOutput" : null);
    }
    if (fields.contains("errorOutput") && !catcher) {
      findings.report(Rule.JSONATA_STATES_FIELD, pointer, field + " reads $states.errorOutput,"
          + " which only the Output and Assign of a Catcher can read",
          hasResult && (suffix.equals("/Output") || suffix.equals("/Assign"))
              ? "the state's result is $states.result" : null);
    }
  }
}
