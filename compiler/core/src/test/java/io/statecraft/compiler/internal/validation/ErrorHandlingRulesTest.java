package io.statecraft.compiler.internal.validation;

import static io.statecraft.compiler.internal.validation.Check.errors;
import static io.statecraft.compiler.internal.validation.Check.refuses;
import static io.statecraft.compiler.internal.validation.Check.single;
import static io.statecraft.compiler.internal.validation.Check.warnings;
import static io.statecraft.compiler.internal.validation.Check.warnsOnly;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Retry and Catch, case by case; errors are given below /States/S. */
class ErrorHandlingRulesTest {

  /** A Task named S with the given Retry array. */
  private static String taskRetrying(String retry) {
    return single("{\"Type\": \"Task\", \"Resource\": \"arn:aws:states:::lambda:invoke\","
        + " \"End\": true, \"Retry\": " + retry + "}");
  }

  /** A Task named S with the given Catch array, whose catchers go to the Fail state F. */
  private static String taskCatching(String catchers) {
    return "{\"StartAt\": \"S\", \"States\": {\"S\": {\"Type\": \"Task\","
        + " \"Resource\": \"arn:aws:states:::lambda:invoke\", \"End\": true, \"Catch\": " + catchers
        + "}, \"F\": {\"Type\": \"Fail\"}}}";
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      # case | the Retry array of the Task state S | its only error | message or blank
      an empty ErrorEquals | [{"ErrorEquals": []}] | /Retry/0/ErrorEquals ERROR_EQUALS_EMPTY |
      States.ALL beside other errors \
          | [{"ErrorEquals": ["States.ALL", "States.Timeout"], "MaxAttempts": 2}] \
          | /Retry/0/ErrorEquals STATES_ALL_NOT_ALONE |
      a States.ALL retrier that is not last \
          | [{"ErrorEquals": ["States.ALL"], "MaxAttempts": 2}, \
          {"ErrorEquals": ["States.Timeout"]}] \
          | /Retry/0 STATES_ALL_NOT_LAST |
      a negative MaxAttempts | [{"ErrorEquals": ["States.Timeout"], "MaxAttempts": -1}] \
          | /Retry/0/MaxAttempts RETRY_MAX_ATTEMPTS \
          | MaxAttempts must be between 0 and 99999999, was -1
      MaxAttempts above AWS's bound \
          | [{"ErrorEquals": ["States.Timeout"], "MaxAttempts": 100000000}] \
          | /Retry/0/MaxAttempts RETRY_MAX_ATTEMPTS |
      a BackoffRate below one | [{"ErrorEquals": ["States.Timeout"], "BackoffRate": 0.5}] \
          | /Retry/0/BackoffRate RETRY_BACKOFF_RATE | BackoffRate must be >= 1.0, was 0.5
      IntervalSeconds below one | [{"ErrorEquals": ["States.Timeout"], "IntervalSeconds": 0}] \
          | /Retry/0/IntervalSeconds RETRY_INTERVAL |
      MaxDelaySeconds above AWS's bound \
          | [{"ErrorEquals": ["States.Timeout"], "MaxDelaySeconds": 31622401}] \
          | /Retry/0/MaxDelaySeconds RETRY_MAX_DELAY |
      MaxDelaySeconds below one | [{"ErrorEquals": ["States.Timeout"], "MaxDelaySeconds": 0}] \
          | /Retry/0/MaxDelaySeconds RETRY_MAX_DELAY |
      an unknown JitterStrategy \
          | [{"ErrorEquals": ["States.Timeout"], "JitterStrategy": "PARTIAL"}] \
          | /Retry/0/JitterStrategy SCHEMA_VALUE \
          | JitterStrategy must be one of FULL, NONE, not the string "PARTIAL"
      """)
  void refusesARetrier(String what, String retry, String error, String message) {
    refuses(taskRetrying(retry), "/States/S" + error, message);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"\"MaxAttempts\": 99999999", "\"MaxDelaySeconds\": 31622400"})
  void acceptsARetrierAtAwsBounds(String field) {
    assertThat(errors(taskRetrying("[{\"ErrorEquals\": [\"States.Timeout\"], " + field + "}]")))
        .isEmpty();
  }

  @Test
  void refusesStatesAllCatcherThatIsNotLast() {
    String json = taskCatching("[{\"ErrorEquals\": [\"States.ALL\"], \"Next\": \"F\","
        + " \"ResultPath\": \"$.e\"}, {\"ErrorEquals\": [\"States.Timeout\"], \"Next\": \"F\"}]");
    assertThat(errors(json)).containsExactly("/States/S/Catch/0 STATES_ALL_NOT_LAST");
  }

  @Test
  void warnsAboutStatesAllRetrierWithoutExplicitMaxAttempts() {
    warnsOnly(taskRetrying("[{\"ErrorEquals\": [\"States.ALL\"]}]"),
        "/States/S/Retry/0 RETRY_ALL_UNBOUNDED");
  }

  @Test
  void warnsAboutStatesAllCatcherThatReplacesTheInput() {
    String json = taskCatching("[{\"ErrorEquals\": [\"States.ALL\"], \"Next\": \"F\"}]");
    warnsOnly(json, "/States/S/Catch/0 CATCH_ALL_DROPS_INPUT");
    assertThat(warnings(json.replace("\"Next\": \"F\"", "\"Next\": \"F\", \"ResultPath\": \"$.error\"")))
        .isEmpty();
  }
}
