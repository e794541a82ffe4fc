package io.statecraft.compiler.internal.validation;

import static io.statecraft.compiler.internal.validation.Check.errors;
import static io.statecraft.compiler.internal.validation.Check.refuses;
import static io.statecraft.compiler.internal.validation.Check.single;
import static io.statecraft.compiler.internal.validation.Check.warnings;
import static org.assertj.core.api.Assertions.assertThat;

import io.statecraft.compiler.validation.Rule;
import org.junit.jupiter.api.Test;

class ErrorHandlingRulesTest {

  /** A Task named S with the given Retry array. */
  private static String taskRetrying(String retry) {
    return single("{\"Type\": \"Task\", \"Resource\": \"arn:aws:states:::lambda:invoke\","
        + " \"End\": true, \"Retry\": " + retry + "}");
  }

  @Test
  void refusesEmptyErrorEquals() {
    assertThat(errors(taskRetrying("[{\"ErrorEquals\": []}]")))
        .containsExactly("/States/S/Retry/0/ErrorEquals ERROR_EQUALS_EMPTY");
  }

  @Test
  void refusesStatesAllBesideOtherErrors() {
    String json = taskRetrying(
        "[{\"ErrorEquals\": [\"States.ALL\", \"States.Timeout\"], \"MaxAttempts\": 2}]");
    assertThat(errors(json)).containsExactly("/States/S/Retry/0/ErrorEquals STATES_ALL_NOT_ALONE");
  }

  @Test
  void refusesStatesAllRetrierThatIsNotLast() {
    String json = taskRetrying("[{\"ErrorEquals\": [\"States.ALL\"], \"MaxAttempts\": 2},"
        + " {\"ErrorEquals\": [\"States.Timeout\"]}]");
    assertThat(errors(json)).containsExactly("/States/S/Retry/0 STATES_ALL_NOT_LAST");
  }

  @Test
  void refusesStatesAllCatcherThatIsNotLast() {
    String json = """
        {"StartAt": "S", "States": {
          "S": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true,
                "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "F", "ResultPath": "$.e"},
                          {"ErrorEquals": ["States.Timeout"], "Next": "F"}]},
          "F": {"Type": "Fail"}}}""";
    assertThat(errors(json)).containsExactly("/States/S/Catch/0 STATES_ALL_NOT_LAST");
  }

  @Test
  void refusesNegativeMaxAttempts() {
    refuses(taskRetrying("[{\"ErrorEquals\": [\"States.Timeout\"], \"MaxAttempts\": -1}]"),
        "/States/S/Retry/0/MaxAttempts", Rule.RETRY_MAX_ATTEMPTS,
        "MaxAttempts must be between 0 and 99999999, was -1");
  }

  @Test
  void refusesMaxAttemptsAboveAwsBound() {
    String json = taskRetrying(
        "[{\"ErrorEquals\": [\"States.Timeout\"], \"MaxAttempts\": 100000000}]");
    assertThat(errors(json)).containsExactly("/States/S/Retry/0/MaxAttempts RETRY_MAX_ATTEMPTS");
    assertThat(errors(json.replace("100000000", "99999999"))).isEmpty();
  }

  @Test
  void refusesBackoffRateBelowOne() {
    refuses(taskRetrying("[{\"ErrorEquals\": [\"States.Timeout\"], \"BackoffRate\": 0.5}]"),
        "/States/S/Retry/0/BackoffRate", Rule.RETRY_BACKOFF_RATE,
        "BackoffRate must be >= 1.0, was 0.5");
  }

  @Test
  void refusesIntervalSecondsBelowOne() {
    String json = taskRetrying("[{\"ErrorEquals\": [\"States.Timeout\"], \"IntervalSeconds\": 0}]");
    assertThat(errors(json)).containsExactly("/States/S/Retry/0/IntervalSeconds RETRY_INTERVAL");
  }

  @Test
  void refusesMaxDelaySecondsOutsideAwsBounds() {
    String json = taskRetrying(
        "[{\"ErrorEquals\": [\"States.Timeout\"], \"MaxDelaySeconds\": 31622401}]");
    assertThat(errors(json)).containsExactly("/States/S/Retry/0/MaxDelaySeconds RETRY_MAX_DELAY");
    assertThat(errors(json.replace("31622401", "0")))
        .containsExactly("/States/S/Retry/0/MaxDelaySeconds RETRY_MAX_DELAY");
    assertThat(errors(json.replace("31622401", "31622400"))).isEmpty();
  }

  @Test
  void refusesUnknownJitterStrategy() {
    refuses(taskRetrying(
        "[{\"ErrorEquals\": [\"States.Timeout\"], \"JitterStrategy\": \"PARTIAL\"}]"),
        "/States/S/Retry/0/JitterStrategy", Rule.SCHEMA_VALUE,
        "JitterStrategy must be one of FULL, NONE, not the string \"PARTIAL\"");
  }

  @Test
  void warnsAboutStatesAllRetrierWithoutExplicitMaxAttempts() {
    String json = taskRetrying("[{\"ErrorEquals\": [\"States.ALL\"]}]");
    assertThat(errors(json)).isEmpty();
    assertThat(warnings(json)).containsExactly("/States/S/Retry/0 RETRY_ALL_UNBOUNDED");
  }

  @Test
  void warnsAboutStatesAllCatcherThatReplacesTheInput() {
    String json = """
        {"StartAt": "S", "States": {
          "S": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true,
                "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "F"}]},
          "F": {"Type": "Fail"}}}""";
    assertThat(errors(json)).isEmpty();
    assertThat(warnings(json)).containsExactly("/States/S/Catch/0 CATCH_ALL_DROPS_INPUT");
    assertThat(warnings(json.replace("\"Next\": \"F\"", "\"Next\": \"F\", \"ResultPath\": \"$.error\"")))
        .isEmpty();
  }
}
