package io.statecraft.compiler.validation;

import io.statecraft.asl.diagnostic.Severity;

/**
 * Every rule the validator checks, by the stable code its {@link io.statecraft.asl.diagnostic.Diagnostic}s
 * carry. Codes never change meaning; new rules get new codes.
 *
 * <pre>{@code
 * boolean unreachable = diagnostic.code().equals(Rule.STATE_UNREACHABLE.code());
 * }</pre>
 */
public enum Rule {
  // AWS's quotas on the document as a whole.
  DEFINITION_SIZE(Severity.ERROR, "a definition longer than 1,048,576 characters, AWS's hard quota"),

  // The JSON Schema (shape of the document).
  SCHEMA_TYPE(Severity.ERROR, "a field has the wrong JSON type"),
  SCHEMA_MISSING_FIELD(Severity.ERROR, "a required field is absent"),
  SCHEMA_UNKNOWN_FIELD(Severity.ERROR, "a field that this object does not take"),
  SCHEMA_VALUE(Severity.ERROR, "a value outside its fixed set (Type, QueryLanguage, JitterStrategy, ...)"),
  SCHEMA_EMPTY(Severity.ERROR, "an empty States, Choices or Branches"),
  SCHEMA_INVALID(Severity.ERROR, "any other schema violation"),

  // States and transitions.
  START_AT_UNKNOWN(Severity.ERROR, "StartAt names no state of its scope"),
  TRANSITION_UNKNOWN(Severity.ERROR, "Next, Default or a Catch's Next names no state at all"),
  TRANSITION_OUT_OF_SCOPE(Severity.ERROR,
      "a transition into or out of a Parallel branch or Map processor"),
  NEXT_OR_END(Severity.ERROR, "a state needs exactly one of Next and \"End\": true"),
  NO_TERMINAL_STATE(Severity.ERROR, "a scope without a state that ends it"),
  STATE_UNREACHABLE(Severity.ERROR, "a state no path from StartAt leads to"),
  STATE_NAME_DUPLICATE(Severity.ERROR, "two states share a name anywhere in the machine"),
  STATE_NAME_TOO_LONG(Severity.ERROR, "a state name longer than 80 characters"),
  STATE_NAME_INVALID(Severity.ERROR, "an empty state name or one with control characters"),

  // Retry and Catch.
  ERROR_EQUALS_EMPTY(Severity.ERROR, "an empty ErrorEquals"),
  STATES_ALL_NOT_ALONE(Severity.ERROR, "States.ALL together with other errors"),
  STATES_ALL_NOT_LAST(Severity.ERROR, "a States.ALL retrier or catcher that is not the last"),
  RETRY_MAX_ATTEMPTS(Severity.ERROR, "MaxAttempts outside 0..99999999"),
  RETRY_BACKOFF_RATE(Severity.ERROR, "BackoffRate below 1.0"),
  RETRY_INTERVAL(Severity.ERROR, "IntervalSeconds outside 1..99999999"),
  RETRY_MAX_DELAY(Severity.ERROR, "MaxDelaySeconds outside 1..31622400"),

  // Fields of states.
  FIELDS_EXCLUSIVE(Severity.ERROR, "two fields of which at most one may be given"),
  WAIT_DURATION(Severity.ERROR, "a Wait without exactly one of Seconds, Timestamp, SecondsPath, TimestampPath"),
  TIMEOUT_HEARTBEAT(Severity.ERROR, "HeartbeatSeconds not below TimeoutSeconds"),
  VALUE_OUT_OF_RANGE(Severity.ERROR, "a number outside the bounds AWS accepts"),
  NUMBER_EXPECTED(Severity.ERROR, "a string where a number belongs that is no expression or placeholder"),
  RESOURCE_ARN(Severity.ERROR, "a Resource that is not an ARN"),
  MAP_DISTRIBUTED_ONLY(Severity.ERROR, "a field only a DISTRIBUTED Map takes, on an INLINE one"),
  MAP_PROCESSOR(Severity.ERROR, "a Map with both or neither of Iterator and ItemProcessor"),

  // Choice.
  CHOICE_OPERAND_TYPE(Severity.ERROR, "a comparison value of the wrong type for its operator"),
  TIMESTAMP_FORMAT(Severity.ERROR, "a timestamp that is not RFC 3339"),

  // Paths and payload templates.
  PATH_SYNTAX(Severity.ERROR, "a path that is not valid JSONPath"),
  PATH_NOT_REFERENCE(Severity.ERROR, "a filter, wildcard, slice or .. where only a reference path is allowed"),
  PATH_VARIABLE_NOT_ALLOWED(Severity.ERROR, "a variable where a path into the state's data is required"),
  PAYLOAD_PATH(Severity.ERROR, "a \".$\" field whose value is no path or intrinsic function"),
  PAYLOAD_DUPLICATE_KEY(Severity.ERROR, "\"x\" and \"x.$\" in one object of a payload template"),
  INTRINSIC_FUNCTION(Severity.ERROR, "an intrinsic function call AWS would refuse"),

  // JSONata.
  JSONATA_DELIMITERS(Severity.ERROR, "a {% %} expression that is not framed as \"{% expr %}\""),
  JSONATA_SYNTAX(Severity.ERROR,
      "a {% %} expression that does not parse as JSONata 2.0.6 (AWS: INVALID_JSONATA_EXPRESSION)"),
  JSONATA_UNSUPPORTED(Severity.ERROR, "a {% %} expression that reads $, $$ or a bare name at the"
      + " top level, where there is no input document (AWS: UNSUPPORTED_JSONATA_EXPRESSION)"),
  JSONATA_STATES_FIELD(Severity.ERROR, "$states.result outside the Output or Assign of a Task,"
      + " Map or Parallel state, or $states.errorOutput outside a Catcher's Output or Assign"),
  QUERY_LANGUAGE_FIELD(Severity.ERROR, "a JSONPath-only field in a JSONata state, or the reverse"),
  QUERY_LANGUAGE_MIXED(Severity.ERROR, "a state set to JSONPath in a machine whose QueryLanguage is"
      + " JSONata (AWS allows the mix only the other way round)"),

  // Variables.
  VARIABLE_NAME_LENGTH(Severity.ERROR, "an Assign name longer than 80 characters"),
  VARIABLE_SCOPE(Severity.ERROR, "a Parallel branch or Map iteration assigning a variable of an"
      + " enclosing scope"),

  // Warnings: AWS accepts these, a careful reviewer would not.
  CHOICE_NO_DEFAULT(Severity.WARNING, "a Choice without Default fails with States.NoChoiceMatched"),
  LOOP_WITHOUT_WAIT(Severity.WARNING, "a cycle with no Task or Wait spins through state transitions"),
  CATCH_ALL_DROPS_INPUT(Severity.WARNING, "a States.ALL catcher whose ResultPath replaces the input"),
  RETRY_ALL_UNBOUNDED(Severity.WARNING, "a States.ALL retrier without an explicit MaxAttempts"),
  VARIABLE_NAME(Severity.WARNING, "an Assign name that is not a Unicode identifier (UAX #31), as"
      + " AWS documents variable names: JSONata cannot read it as $name");

  private final Severity severity;
  private final String summary;

  Rule(Severity severity, String summary) {
    this.severity = severity;
    this.summary = summary;
  }

  /** The code diagnostics of this rule carry, e.g. {@code STATE_UNREACHABLE}. */
  public String code() {
    return name();
  }

  /** Whether breaking the rule makes AWS refuse the definition. */
  public Severity severity() {
    return severity;
  }

  /** What the rule forbids, in a few words. */
  public String summary() {
    return summary;
  }
}
