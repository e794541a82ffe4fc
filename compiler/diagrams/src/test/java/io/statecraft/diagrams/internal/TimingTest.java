package io.statecraft.diagrams.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.statecraft.asl.MapState;
import io.statecraft.asl.TaskState;
import io.statecraft.asl.WaitState;
import io.statecraft.compiler.Asl;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimingTest {

  @ParameterizedTest(name = "{0} s reads {1}")
  @CsvSource(delimiter = '|', textBlock = """
      45     | 45 s
      60     | 1 min
      5400   | 1 h 30 min
      183600 | 2 d 3 h
      90061  | 1 d 1 h 1 min 1 s
      0      | 0 s
      """)
  void should_write_seconds_in_human_units(long seconds, String text) {
    assertThat(Durations.human(seconds)).isEqualTo(text);
    assertThat(Durations.human(BigDecimal.valueOf(seconds))).isEqualTo(text);
  }

  @Test
  void should_keep_a_fraction_of_a_second_in_seconds() {
    assertThat(Durations.human(new BigDecimal("1.50"))).isEqualTo("1.5 s");
  }

  @Test
  void should_show_task_timeout_and_heartbeat_as_numbers_paths_and_expressions() {
    assertThat(Timing.task(task("\"TimeoutSeconds\": 3600, \"HeartbeatSeconds\": 45")))
        .isEqualTo("timeout 1 h · heartbeat 45 s");
    assertThat(Timing.task(task("\"TimeoutSecondsPath\": \"$.limit\"")))
        .isEqualTo("timeout $.limit s");
    assertThat(Timing.task(task("\"QueryLanguage\": \"JSONata\","
        + " \"TimeoutSeconds\": \"{% $states.input.t %}\"")))
        .isEqualTo("timeout $states.input.t s");
    assertThat(Timing.task(task("\"TimeoutSecondsPath\": \"$.a.rather.long.timeout.path\","
        + " \"HeartbeatSecondsPath\": \"$.a.rather.long.heartbeat.path\"")))
        .isEqualTo("timeout $.a.rather.long.timeout.path s\n"
            + "heartbeat $.a.rather.long.heartbeat.path s");
    assertThat(Timing.task(task("\"Comment\": \"none\""))).isNull();
  }

  @Test
  void should_show_wait_durations_timestamps_and_paths() {
    assertThat(Timing.waitFor(waitState("\"Seconds\": 7200"))).isEqualTo("2 h");
    assertThat(Timing.waitFor(waitState("\"Timestamp\": \"2026-03-14T01:59:00Z\"")))
        .isEqualTo("until 2026-03-14T01:59:00Z");
    assertThat(Timing.waitFor(waitState("\"TimestampPath\": \"$.at\""))).isEqualTo("until $.at");
    assertThat(Timing.waitFor(waitState("\"SecondsPath\": \"$.pause\""))).isEqualTo("$.pause s");
  }

  @Test
  void should_show_map_concurrency_and_tolerated_failures() {
    assertThat(Timing.map(map("\"MaxConcurrency\": 5, \"ToleratedFailurePercentage\": 20")))
        .isEqualTo("max 5 at a time · tolerates 20 % failures");
    assertThat(Timing.map(map("\"MaxConcurrencyPath\": \"$.n\", \"ToleratedFailureCount\": 1")))
        .isEqualTo("max $.n at a time · tolerates 1 failure");
    assertThat(Timing.map(map("\"MaxConcurrency\": 0"))).isNull();
  }

  @Test
  void should_wrap_text_at_spaces_without_leaving_anything_out() {
    String text = "catch States.ItemReaderFailed, States.ResultWriterFailed,"
        + " States.ExceedToleratedFailureThreshold";
    String wrapped = ConditionText.wrap(text, 36);
    assertThat(wrapped).isEqualTo("catch States.ItemReaderFailed,\nStates.ResultWriterFailed,\n"
        + "States.ExceedToleratedFailureThreshold");
    assertThat(wrapped.replace('\n', ' ')).isEqualTo(text);
    assertThat(ConditionText.wrap("x".repeat(80), 36).split("\n")).hasSize(2);
  }

  private static TaskState task(String fields) {
    return (TaskState) state("{\"Type\": \"Task\", \"Resource\": \"arn:aws:states:::lambda:invoke\","
        + " \"End\": true, " + fields + "}");
  }

  private static WaitState waitState(String fields) {
    return (WaitState) state("{\"Type\": \"Wait\", \"End\": true, " + fields + "}");
  }

  private static MapState map(String fields) {
    return (MapState) state("{\"Type\": \"Map\", \"End\": true, \"ItemProcessor\": {\"StartAt\":"
        + " \"X\", \"States\": {\"X\": {\"Type\": \"Pass\", \"End\": true}}}, " + fields + "}");
  }

  private static io.statecraft.asl.State state(String json) {
    return Asl.read("{\"StartAt\": \"S\", \"States\": {\"S\": " + json + "}}").states().get("S");
  }
}
