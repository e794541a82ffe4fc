package io.statecraft.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.sfn.model.ActivityDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.HistoryEventType;

/**
 * An Activity task on an activity deleted with DeleteActivity, through the AWS SDK: the execution
 * fails as activities/test_activities/test_activity_task_on_deleted recorded it on AWS.
 */
@Timeout(30)
class DeletedActivityTest {

  @RegisterExtension
  static final EmulatorApi API = EmulatorApi.standard();

  /** The recorded case's machine: one Activity task named ActivityTask. */
  private static String machineOn(String name, String activity) {
    return API.sfn().createStateMachine(b -> b.name(name).roleArn(StepFunctionsEmulatorSdkTest.ROLE)
        .definition("""
            {"Comment":"BASE_ACTIVITY_TASK","StartAt":"ActivityTask","States":{
              "ActivityTask":{"Type":"Task","Resource":"%s","End":true}}}"""
            .formatted(activity))).stateMachineArn();
  }

  private static DescribeExecutionResponse run(String machine) {
    String execution = API.sfn().startExecution(b -> b.stateMachineArn(machine)
        .input("{\"Value1\":\"HelloWorld\"}")).executionArn();
    return SfnClients.awaitEnd(API.sfn(), execution);
  }

  @Test
  void failsTheExecutionWithStatesRuntimeWhenTheActivityWasDeleted() {
    String activity = API.sfn().createActivity(b -> b.name("deleted")).activityArn();
    String machine = machineOn("on-deleted", activity);
    API.sfn().deleteActivity(b -> b.activityArn(activity));

    DescribeExecutionResponse done = run(machine);

    String cause = "An error occurred while executing the state 'ActivityTask' (entered at the"
        + " event id #2). The activity " + activity + " does not exist.";
    assertThat(done.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(done.error()).isEqualTo("States.Runtime");
    assertThat(done.cause()).isEqualTo(cause);
    List<HistoryEvent> events = API.sfn().getExecutionHistory(b -> b
        .executionArn(done.executionArn()))
        .events();
    assertThat(events).extracting(HistoryEvent::type).containsExactly(
        HistoryEventType.EXECUTION_STARTED, HistoryEventType.TASK_STATE_ENTERED,
        HistoryEventType.EXECUTION_FAILED);
    assertThat(events).extracting(HistoryEvent::id).containsExactly(1L, 2L, 3L);
    assertThat(events).extracting(HistoryEvent::previousEventId).containsExactly(0L, 0L, 2L);
    assertThat(events.get(2).executionFailedEventDetails().error()).isEqualTo("States.Runtime");
    assertThat(events.get(2).executionFailedEventDetails().cause()).isEqualTo(cause);
    assertThatThrownBy(() -> API.sfn().getActivityTask(b -> b.activityArn(activity)))
        .isInstanceOf(ActivityDoesNotExistException.class);
  }

  @Test
  void failsTheSameWayWhenTheActivityWasNeverCreated() {
    String activity = "arn:aws:states:us-east-1:123456789012:activity:never-created";
    String machine = machineOn("on-never-created", activity);

    DescribeExecutionResponse done = run(machine);

    assertThat(done.error()).isEqualTo("States.Runtime");
    assertThat(done.cause()).endsWith("The activity " + activity + " does not exist.");
  }

  @Test
  void schedulesTheTaskAgainOnceAnActivityOfThatNameIsCreatedAgain() {
    String activity = API.sfn().createActivity(b -> b.name("recreated")).activityArn();
    String machine = machineOn("on-recreated", activity);
    API.sfn().deleteActivity(b -> b.activityArn(activity));
    API.sfn().createActivity(b -> b.name("recreated"));
    String execution = API.sfn().startExecution(b -> b.stateMachineArn(machine).input("{}"))
        .executionArn();

    var task = API.sfn().getActivityTask(b -> b.activityArn(activity));
    API.sfn().sendTaskSuccess(b -> b.taskToken(task.taskToken()).output("\"worked\""));

    DescribeExecutionResponse done = SfnClients.awaitEnd(API.sfn(), execution);
    assertThat(done.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(done.output()).isEqualTo("\"worked\"");
  }
}
