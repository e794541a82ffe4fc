package io.statecraft.dsl;

import static io.statecraft.dsl.Steps.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.statecraft.asl.ChoiceState;
import io.statecraft.asl.MapState;
import io.statecraft.asl.StateMachine;
import io.statecraft.asl.SucceedState;
import io.statecraft.asl.TaskState;
import io.statecraft.asl.WaitState;
import io.statecraft.dsl.payload.Paths;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The path fields of Task, Map, Wait, Succeed and Choice states written against records. */
class TypedPathFieldsTest {

  record Limits(int timeoutSeconds, long heartbeatSeconds, int parallelism, double failurePercent,
      int failureCount) {}

  record Job(String id, Limits limits, List<String> records, int delaySeconds, Instant dueAt,
      Limits result) {}

  @Test
  void should_write_the_timeout_and_heartbeat_paths_of_a_task_from_number_components() {
    StateMachine machine = stateMachine()
        .startWith(task("Work", activity("arn:aws:states:us-east-1:123456789012:activity:work"))
            .timeoutPath(Paths.of(Job::limits).then(Limits::timeoutSeconds))
            .heartbeatPath(Paths.of(Job::limits).then(Limits::heartbeatSeconds)))
        .build();

    TaskState task = (TaskState) machine.states().get("Work");
    assertThat(task.timeoutSecondsPath()).isEqualTo("$.limits.timeoutSeconds");
    assertThat(task.heartbeatSecondsPath()).isEqualTo("$.limits.heartbeatSeconds");
  }

  @Test
  void should_write_the_items_and_limit_paths_of_a_map_from_record_components() {
    StateMachine machine = stateMachine()
        .startWith(map("Each record", pass("Keep"))
            .itemsPath(Paths.of(Job::records))
            .maxConcurrencyPath(Paths.of(Job::limits).then(Limits::parallelism))
            .toleratedFailurePercentagePath(Paths.of(Job::limits).then(Limits::failurePercent))
            .toleratedFailureCountPath(Paths.of(Job::limits).then(Limits::failureCount)))
        .build();

    MapState map = (MapState) machine.states().get("Each record");
    assertThat(map.itemsPath()).isEqualTo("$.records");
    assertThat(map.maxConcurrencyPath()).isEqualTo("$.limits.parallelism");
    assertThat(map.toleratedFailurePercentagePath()).isEqualTo("$.limits.failurePercent");
    assertThat(map.toleratedFailureCountPath()).isEqualTo("$.limits.failureCount");
  }

  @Test
  void should_write_the_seconds_and_timestamp_paths_of_waits_from_record_components() {
    StateMachine machine = stateMachine()
        .startWith(waitFor("Back off", Paths.of(Job::delaySeconds))
            .inputPath(path(Job::limits))
            .outputPath(path(Limits::parallelism))
            .next(waitUntil("Until due", Paths.of(Job::dueAt)))
            .next(succeed("Done")))
        .build();

    WaitState backOff = (WaitState) machine.states().get("Back off");
    assertThat(backOff.secondsPath()).isEqualTo("$.delaySeconds");
    assertThat(backOff.inputPath().expression()).isEqualTo("$.limits");
    assertThat(backOff.outputPath().expression()).isEqualTo("$.parallelism");
    assertThat(((WaitState) machine.states().get("Until due")).timestampPath())
        .isEqualTo("$.dueAt");
  }

  @Test
  void should_write_the_input_and_output_paths_of_succeed_and_choice_from_record_components() {
    StateMachine machine = stateMachine()
        .startWith(choice("Urgent?")
            .inputPath(path(Job::limits))
            .outputPath(path(Job::id))
            .when(path(Limits::parallelism).gt(10), succeed("Wide").inputPath(path(Job::result))
                .outputPath(path(Limits::failureCount)))
            .otherwise(succeed("Narrow")))
        .build();

    ChoiceState choice = (ChoiceState) machine.states().get("Urgent?");
    assertThat(choice.inputPath().expression()).isEqualTo("$.limits");
    assertThat(choice.outputPath().expression()).isEqualTo("$.id");
    SucceedState wide = (SucceedState) machine.states().get("Wide");
    assertThat(wide.inputPath().expression()).isEqualTo("$.result");
    assertThat(wide.outputPath().expression()).isEqualTo("$.failureCount");
  }
}
