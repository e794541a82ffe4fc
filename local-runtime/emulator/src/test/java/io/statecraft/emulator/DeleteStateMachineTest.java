package io.statecraft.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.GetActivityTaskResponse;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.HistoryEventType;
import software.amazon.awssdk.services.sfn.model.ResourceNotFoundException;
import software.amazon.awssdk.services.sfn.model.StateMachineDeletingException;
import software.amazon.awssdk.services.sfn.model.StateMachineDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.StateMachineListItem;
import software.amazon.awssdk.services.sfn.model.StateMachineStatus;

/**
 * DeleteStateMachine through the AWS SDK, as the API reference documents it: the machine is
 * DELETING while executions run, each fails at its next state transition (States.Runtime, "State
 * machine NAME has been deleted.", as AWS's knowledge center quotes it), and the machine goes,
 * versions and aliases with it, once none runs.
 */
@Timeout(30)
class DeleteStateMachineTest {

  @RegisterExtension
  static final EmulatorApi API = EmulatorApi.standard();

  /** An activity task, then a Pass state: the execution waits for a worker in between. */
  private static String machine(String name, String activity) {
    return API.sfn().createStateMachine(b -> b.name(name).roleArn(StepFunctionsEmulatorSdkTest.ROLE)
        .publish(true).definition("""
            {"StartAt":"Work","States":{
              "Work":{"Type":"Task","Resource":"%s","Next":"After"},
              "After":{"Type":"Pass","End":true}}}""".formatted(activity)))
        .stateMachineArn();
  }

  private static String start(String machine) {
    return API.sfn().startExecution(b -> b.stateMachineArn(machine)).executionArn();
  }

  private static GetActivityTaskResponse takeTask(String activity) {
    return API.sfn().getActivityTask(b -> b.activityArn(activity).workerName("worker"));
  }

  @Test
  void isDeletingWhileAnExecutionRunsAndGoesWhenItFailsAtItsNextTransition() {
    String activity = API.sfn().createActivity(b -> b.name("delete-running")).activityArn();
    String machine = machine("delete-running", activity);
    String execution = start(machine);
    GetActivityTaskResponse task = takeTask(activity);

    API.sfn().deleteStateMachine(b -> b.stateMachineArn(machine));

    assertThat(API.sfn().describeStateMachine(b -> b.stateMachineArn(machine)).status())
        .isEqualTo(StateMachineStatus.DELETING);
    assertThat(API.sfn().listStateMachines(b -> { }).stateMachines())
        .extracting(StateMachineListItem::stateMachineArn).contains(machine);
    assertThat(API.sfn().describeExecution(b -> b.executionArn(execution)).status())
        .isEqualTo(ExecutionStatus.RUNNING);

    // The state the execution is in goes on: the worker's answer ends it, then the execution.
    API.sfn().sendTaskSuccess(b -> b.taskToken(task.taskToken()).output("{}"));
    DescribeExecutionResponse done = SfnClients.awaitEnd(API.sfn(), execution);

    assertThat(done.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(done.error()).isEqualTo("States.Runtime");
    assertThat(done.cause()).isEqualTo("State machine delete-running has been deleted.");
    List<HistoryEvent> events = API.sfn().getExecutionHistory(b -> b.executionArn(execution))
        .events();
    assertThat(events).extracting(HistoryEvent::type).endsWith(
        HistoryEventType.ACTIVITY_SUCCEEDED, HistoryEventType.TASK_STATE_EXITED,
        HistoryEventType.EXECUTION_FAILED);
    assertThat(events.get(events.size() - 1).previousEventId())
        .isEqualTo(events.get(events.size() - 2).id());
    awaitGone(machine);
  }

  @Test
  void refusesNewExecutionsAndChangesWhileDeleting() {
    String activity = API.sfn().createActivity(b -> b.name("delete-refuses")).activityArn();
    String machine = machine("delete-refuses", activity);
    start(machine);
    // Taken before the delete: the execution is then inside its Task. Deleted before it got there,
    // it would fail at that transition, as AWS documents, and the machine would go at once.
    String token = takeTask(activity).taskToken();
    API.sfn().deleteStateMachine(b -> b.stateMachineArn(machine));

    assertThatThrownBy(() -> start(machine)).isInstanceOf(StateMachineDeletingException.class)
        .hasMessageContaining("State Machine is being deleted");
    assertThatThrownBy(() -> start(machine + ":1"))
        .isInstanceOf(StateMachineDeletingException.class);
    assertThatThrownBy(() -> API.sfn().updateStateMachine(b -> b.stateMachineArn(machine)
        .definition("{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}")))
        .isInstanceOf(StateMachineDeletingException.class);
    assertThatThrownBy(() -> API.sfn().publishStateMachineVersion(b -> b
        .stateMachineArn(machine))).isInstanceOf(StateMachineDeletingException.class);
    assertThatThrownBy(() -> API.sfn().createStateMachine(b -> b.name("delete-refuses")
        .roleArn(StepFunctionsEmulatorSdkTest.ROLE)
        .definition("{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}")))
        .isInstanceOf(StateMachineDeletingException.class);
    assertThatThrownBy(() -> API.sfn().listStateMachineAliases(b -> b.stateMachineArn(machine)))
        .isInstanceOf(StateMachineDeletingException.class);

    API.sfn().sendTaskSuccess(b -> b.taskToken(token).output("{}"));
    awaitGone(machine);
  }

  @Test
  void deletesAMachineWithoutRunningExecutionsWithItsVersionsAndAliasesAtOnce() {
    String activity = API.sfn().createActivity(b -> b.name("delete-idle")).activityArn();
    String machine = machine("delete-idle", activity);
    String alias = API.sfn().createStateMachineAlias(b -> b.name("live")
        .routingConfiguration(r -> r.stateMachineVersionArn(machine + ":1").weight(100)))
        .stateMachineAliasArn();

    API.sfn().deleteStateMachine(b -> b.stateMachineArn(machine));

    assertThatThrownBy(() -> API.sfn().describeStateMachine(b -> b.stateMachineArn(machine)))
        .isInstanceOf(StateMachineDoesNotExistException.class);
    assertThatThrownBy(() -> API.sfn().describeStateMachine(b -> b
        .stateMachineArn(machine + ":1"))).isInstanceOf(StateMachineDoesNotExistException.class);
    assertThatThrownBy(() -> API.sfn().describeStateMachineAlias(b -> b
        .stateMachineAliasArn(alias))).isInstanceOf(ResourceNotFoundException.class);
    assertThat(API.sfn().listStateMachines(b -> { }).stateMachines())
        .extracting(StateMachineListItem::stateMachineArn).doesNotContain(machine);
  }

  /** The machine is removed once its last execution has ended (on the execution's thread). */
  private static void awaitGone(String machine) {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (true) {
      try {
        API.sfn().describeStateMachine(b -> b.stateMachineArn(machine));
      } catch (StateMachineDoesNotExistException gone) {
        return;
      }
      assertThat(System.nanoTime()).as("the machine is gone within 10 s").isLessThan(deadline);
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
