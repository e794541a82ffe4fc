package io.statecraft.testing;

import static io.statecraft.testing.StatecraftAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.statecraft.local.Json;
import io.statecraft.local.LocalStateMachine;
import io.statecraft.local.LocalStepFunctions;
import io.statecraft.local.RunningExecution;
import io.statecraft.local.WaitingState;
import io.statecraft.local.task.TaskCallback;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class RunningExecutionAssertTest {

  private final LocalStepFunctions runtime = LocalStepFunctions.builder()
      .task("Approve", (input, ctx) -> Json.parse("{\"MessageId\":\"m-1\"}"))
      .build();
  private final LocalStateMachine machine = runtime.load("Approval", """
      {"StartAt":"Prepare","States":{
        "Prepare":{"Type":"Pass","Next":"Approve"},
        "Approve":{"Type":"Task","Resource":"arn:aws:states:::sqs:sendMessage.waitForTaskToken",
          "HeartbeatSeconds":60,
          "Parameters":{"QueueUrl":"q","MessageBody":{"token.$":"$$.Task.Token"}},
          "Next":"Ship"},
        "Ship":{"Type":"Wait","Seconds":3600,"End":true}}}""");

  @Test
  void should_pass_when_it_waits_at_the_state_for_its_token() {
    RunningExecution running = machine.start("a-1", Json.object());

    assertThat(running).isWaitingAt("Approve").isWaitingAt("Approve",
        WaitingState.Reason.TASK_TOKEN).isNotWaitingAt("Ship");
    assertThat(running.waitingAt().get(0).taskToken())
        .isEqualTo(running.awaitTaskToken("Approve", Duration.ofSeconds(5)));
  }

  @Test
  void should_show_where_it_waits_and_the_path_when_it_waits_elsewhere() {
    RunningExecution running = machine.start("a-2", Json.object());

    assertThatThrownBy(() -> assertThat(running).isWaitingAt("Ship"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(String.join("\n", "",
            "Expecting execution a-2",
            "  to wait at 'Ship'",
            "  but it waits at 'Approve' (TASK_TOKEN)",
            "path taken:",
            "  Prepare -> Approve"));
  }

  @Test
  void should_record_every_answer_to_the_token_in_order() {
    RunningExecution running = machine.start("a-3", Json.object());
    String token = running.awaitTaskToken("Approve", Duration.ofSeconds(5));

    running.advanceClock(Duration.ofSeconds(30));
    runtime.sendTaskHeartbeat(token);
    runtime.sendTaskSuccess(token, "{\"approved\":true}");
    running.advanceClock(Duration.ZERO);

    assertThat(running).isWaitingAt("Ship", WaitingState.Reason.TIME);
    assertThat(running.callbacks()).extracting(TaskCallback::kind, TaskCallback::stateName)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(TaskCallback.Kind.HEARTBEAT, "Approve"),
            org.assertj.core.groups.Tuple.tuple(TaskCallback.Kind.SUCCESS, "Approve"));
    assertThat(running.callbacks().get(1).output()).isEqualTo(Json.parse("{\"approved\":true}"));
    assertThat(running.callbacks().get(0).time())
        .isEqualTo(running.startDate().plusSeconds(30));
    assertThat(running.waitingAt().get(0).until())
        .isEqualTo(running.startDate().plusSeconds(30 + 3600));
    assertThat(running.await(Duration.ofSeconds(5)).callbacks()).hasSize(2);
  }

  @Test
  void should_fail_when_it_has_ended() {
    RunningExecution running = machine.start("a-4", Json.object());
    running.stop(null, null);
    running.await(Duration.ofSeconds(5));

    assertThatThrownBy(() -> assertThat(running).isWaitingAt("Approve"))
        .hasMessageContaining("  but it has ended ABORTED");
  }
}
