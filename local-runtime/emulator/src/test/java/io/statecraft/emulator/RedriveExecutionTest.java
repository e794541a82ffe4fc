package io.statecraft.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.statecraft.emulator.internal.Wire;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.ExecutionListItem;
import software.amazon.awssdk.services.sfn.model.ExecutionNotRedrivableException;
import software.amazon.awssdk.services.sfn.model.ExecutionRedriveFilter;
import software.amazon.awssdk.services.sfn.model.ExecutionRedriveStatus;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.GetActivityTaskResponse;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.HistoryEventType;
import software.amazon.awssdk.services.sfn.model.InvalidArnException;
import software.amazon.awssdk.services.sfn.model.StateMachineType;
import software.amazon.awssdk.services.sfn.model.ValidationException;

/**
 * RedriveExecution through the AWS SDK: a Standard execution whose activity task failed goes on
 * from that task under the same ARN, and DescribeExecution, GetExecutionHistory, StopExecution
 * and ListExecutions show the redriven execution; executions that cannot be redriven are refused
 * with AWS's reason.
 */
@Timeout(30)
class RedriveExecutionTest {

  static final String PREFIX = "arn:aws:states:us-east-1:123456789012:";

  @RegisterExtension
  static final EmulatorApi API = EmulatorApi.with(b -> b.activityLongPoll(Duration.ofSeconds(5)));

  /** A Pass state, then the activity task that the test answers as the worker. */
  private static String machine(String name, String activity) {
    return API.sfn().createStateMachine(b -> b.name(name).roleArn(StepFunctionsEmulatorSdkTest.ROLE)
        .definition("""
            {"StartAt":"Prepare","States":{
              "Prepare":{"Type":"Pass","Result":{"ready":true},"Next":"Work"},
              "Work":{"Type":"Task","Resource":"%s","End":true}}}""".formatted(activity)))
        .stateMachineArn();
  }

  private static String activity(String name) {
    return API.sfn().createActivity(b -> b.name(name)).activityArn();
  }

  private static GetActivityTaskResponse task(String activity) {
    GetActivityTaskResponse task = API.sfn().getActivityTask(b -> b.activityArn(activity));
    assertThat(task.taskToken()).as("an activity task on " + activity).isNotNull();
    return task;
  }

  /** Plays the worker that fails the task; returns once the execution has FAILED. */
  private static void failTask(String activity, String execution) {
    API.sfn().sendTaskFailure(b -> b.taskToken(task(activity).taskToken())
        .error("Worker.Broke").cause("disk full"));
    assertThat(SfnClients.awaitEnd(API.sfn(), execution).status())
        .isEqualTo(ExecutionStatus.FAILED);
  }

  /** Starts {@code machine} and fails its activity task: a FAILED execution's ARN. */
  private static String failedExecution(String machine, String activity, String name) {
    String execution = API.sfn().startExecution(b -> b.stateMachineArn(machine).name(name)
        .input("{\"order\":7}")).executionArn();
    failTask(activity, execution);
    return execution;
  }

  private static DescribeExecutionResponse describe(String execution) {
    return API.sfn().describeExecution(b -> b.executionArn(execution));
  }

  private static List<HistoryEvent> history(String execution) {
    return API.sfn().getExecutionHistory(b -> b.executionArn(execution)).events();
  }

  @Test
  void redrivesAFailedExecutionFromTheActivityTaskThatFailedUntilItSucceeds() {
    String activity = activity("work-redriven");
    String execution = failedExecution(machine("redriven", activity), activity, "run-1");

    Instant redriveDate = API.sfn().redriveExecution(b -> b.executionArn(execution))
        .redriveDate();

    DescribeExecutionResponse running = describe(execution);
    assertThat(running.status()).isEqualTo(ExecutionStatus.RUNNING);
    assertThat(running.redriveCount()).isEqualTo(1);
    assertThat(running.redriveDate()).isEqualTo(redriveDate);
    assertThat(running.redriveDate()).isAfterOrEqualTo(running.startDate());
    assertThat(running.stopDate()).isNull();
    GetActivityTaskResponse again = task(activity);
    assertThat(again.input()).isEqualTo("{\"ready\":true}");
    List<HistoryEvent> redriven = history(execution);
    assertThat(redriven).extracting(HistoryEvent::type).containsSubsequence(
        HistoryEventType.PASS_STATE_EXITED, HistoryEventType.ACTIVITY_FAILED,
        HistoryEventType.EXECUTION_FAILED, HistoryEventType.EXECUTION_REDRIVEN,
        HistoryEventType.TASK_STATE_ENTERED, HistoryEventType.ACTIVITY_SCHEDULED);
    assertThat(redriven).filteredOn(e -> e.type() == HistoryEventType.PASS_STATE_ENTERED)
        .as("the Pass state succeeded and is not run again").hasSize(1);
    assertThat(redriven).extracting(HistoryEvent::id)
        .as("ids continue").isSorted().doesNotHaveDuplicates();
    HistoryEvent redrivenEvent = redriven.stream()
        .filter(e -> e.type() == HistoryEventType.EXECUTION_REDRIVEN).findFirst().orElseThrow();
    assertThat(redrivenEvent.executionRedrivenEventDetails().redriveCount()).isEqualTo(1);

    API.sfn().sendTaskSuccess(b -> b.taskToken(again.taskToken()).output("{\"shipped\":true}"));

    DescribeExecutionResponse done = SfnClients.awaitEnd(API.sfn(), execution);
    assertThat(done.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(done.output()).isEqualTo("{\"shipped\":true}");
    assertThat(done.startDate()).isEqualTo(running.startDate());
    assertThat(done.redriveCount()).isEqualTo(1);
    assertThat(done.redriveStatus()).isEqualTo(ExecutionRedriveStatus.NOT_REDRIVABLE);
    assertThat(done.redriveStatusReason())
        .isEqualTo("Execution is SUCCEEDED and cannot be redriven");
    assertThat(history(execution)).last().extracting(HistoryEvent::type)
        .isEqualTo(HistoryEventType.EXECUTION_SUCCEEDED);
  }

  @Test
  void refusesToRedriveASucceededExecutionWithAwsReason() {
    String activity = activity("work-succeeds");
    String execution = failedExecution(machine("succeeds", activity), activity, "run-1");
    API.sfn().redriveExecution(b -> b.executionArn(execution));
    API.sfn().sendTaskSuccess(b -> b.taskToken(task(activity).taskToken()).output("{}"));
    assertThat(SfnClients.awaitEnd(API.sfn(), execution).status())
        .isEqualTo(ExecutionStatus.SUCCEEDED);

    assertThatThrownBy(() -> API.sfn().redriveExecution(b -> b.executionArn(execution)))
        .isInstanceOf(ExecutionNotRedrivableException.class)
        .hasMessageStartingWith("Execution is SUCCEEDED and cannot be redriven");
    assertThat(describe(execution).redriveCount()).isEqualTo(1);
  }

  @Test
  void refusesToRedriveARunningExecutionAndStopExecutionStopsTheRedrivenOne() {
    String activity = activity("work-running");
    String machine = machine("running", activity);
    String execution = failedExecution(machine, activity, "run-1");
    API.sfn().redriveExecution(b -> b.executionArn(execution));
    task(activity);

    assertThatThrownBy(() -> API.sfn().redriveExecution(b -> b.executionArn(execution)))
        .isInstanceOf(ExecutionNotRedrivableException.class)
        .hasMessageStartingWith("Execution is RUNNING and cannot be redriven");
    DescribeExecutionResponse running = describe(execution);
    assertThat(running.redriveStatus()).isEqualTo(ExecutionRedriveStatus.NOT_REDRIVABLE);
    assertThat(running.redriveStatusReason())
        .isEqualTo("Execution is RUNNING and cannot be redriven");

    API.sfn().stopExecution(b -> b.executionArn(execution).error("Ops.Stop"));

    DescribeExecutionResponse stopped = describe(execution);
    assertThat(stopped.status()).isEqualTo(ExecutionStatus.ABORTED);
    assertThat(stopped.redriveStatus()).isEqualTo(ExecutionRedriveStatus.REDRIVABLE);
    assertThat(history(execution)).last().extracting(HistoryEvent::type)
        .isEqualTo(HistoryEventType.EXECUTION_ABORTED);
  }

  @Test
  void describesAFailedExecutionAsRedrivableWithoutReasonOrRedriveDate() {
    String activity = activity("work-failed");
    String execution = failedExecution(machine("failed", activity), activity, "run-1");

    DescribeExecutionResponse failed = describe(execution);

    assertThat(failed.redriveCount()).isZero();
    assertThat(failed.redriveDate()).isNull();
    assertThat(failed.redriveStatus()).isEqualTo(ExecutionRedriveStatus.REDRIVABLE);
    assertThat(failed.redriveStatusReason()).isNull();
  }

  @Test
  void refusesToRedriveAnExecutionWhoseStateMachineWasDeleted() {
    String activity = activity("work-deleted");
    String machine = machine("deleted", activity);
    String execution = failedExecution(machine, activity, "run-1");

    API.sfn().deleteStateMachine(b -> b.stateMachineArn(machine));

    assertThat(describe(execution).redriveStatusReason())
        .isEqualTo("State machine is in DELETING status");
    assertThatThrownBy(() -> API.sfn().redriveExecution(b -> b.executionArn(execution)))
        .isInstanceOf(ExecutionNotRedrivableException.class)
        .hasMessageStartingWith("State machine is in DELETING status");
  }

  @Test
  void answersTheFirstRedriveDateWithoutRedrivingAgainWhenAClientTokenIsReused() {
    String activity = activity("work-token");
    String execution = failedExecution(machine("token", activity), activity, "run-1");
    Instant first = API.sfn().redriveExecution(b -> b.executionArn(execution)
        .clientToken("token-1")).redriveDate();
    failTask(activity, execution);

    Instant repeated = API.sfn().redriveExecution(b -> b.executionArn(execution)
        .clientToken("token-1")).redriveDate();

    assertThat(repeated).isEqualTo(first);
    DescribeExecutionResponse unchanged = describe(execution);
    assertThat(unchanged.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(unchanged.redriveCount()).isEqualTo(1);
    Instant second = API.sfn().redriveExecution(b -> b.executionArn(execution)
        .clientToken("token-2")).redriveDate();
    assertThat(second).isAfterOrEqualTo(first);
    assertThat(describe(execution).redriveCount()).isEqualTo(2);
    assertThat(history(execution)).filteredOn(e -> e.type() == HistoryEventType.EXECUTION_REDRIVEN)
        .hasSize(2);
    API.sfn().stopExecution(b -> b.executionArn(execution));
  }

  @Test
  void listsRedrivenAndNotRedrivenExecutionsApartWithTheirRedriveCount() {
    String activity = activity("work-listed");
    String machine = machine("listed", activity);
    String redriven = failedExecution(machine, activity, "redriven");
    String notRedriven = failedExecution(machine, activity, "not-redriven");
    API.sfn().redriveExecution(b -> b.executionArn(redriven));
    API.sfn().sendTaskFailure(b -> b.taskToken(task(activity).taskToken()).error("Again"));
    SfnClients.awaitEnd(API.sfn(), redriven);

    List<ExecutionListItem> onlyRedriven = API.sfn().listExecutions(b -> b
        .stateMachineArn(machine).redriveFilter(ExecutionRedriveFilter.REDRIVEN)).executions();
    List<ExecutionListItem> onlyNotRedriven = API.sfn().listExecutions(b -> b
        .stateMachineArn(machine).redriveFilter(ExecutionRedriveFilter.NOT_REDRIVEN))
        .executions();
    List<ExecutionListItem> failed = API.sfn().listExecutions(b -> b.stateMachineArn(machine)
        .statusFilter(ExecutionStatus.FAILED)).executions();

    assertThat(onlyRedriven).extracting(ExecutionListItem::executionArn)
        .containsExactly(redriven);
    assertThat(onlyRedriven.get(0).redriveCount()).isEqualTo(1);
    assertThat(onlyRedriven.get(0).redriveDate()).isEqualTo(describe(redriven).redriveDate());
    assertThat(onlyNotRedriven).extracting(ExecutionListItem::executionArn)
        .containsExactly(notRedriven);
    assertThat(onlyNotRedriven.get(0).redriveCount()).isZero();
    assertThat(onlyNotRedriven.get(0).redriveDate()).isNull();
    assertThat(failed).extracting(ExecutionListItem::executionArn)
        .containsExactlyInAnyOrder(redriven, notRedriven);
  }

  @Test
  void refusesPendingRedriveWithoutAMapRunArnAndFiltersOutsideTheirEnums() {
    String machine = API.sfn().createStateMachine(b -> b.name("filters")
        .roleArn(StepFunctionsEmulatorSdkTest.ROLE).definition(StepFunctionsEmulatorSdkTest.PASS))
        .stateMachineArn();

    assertThatThrownBy(() -> API.sfn().listExecutions(b -> b.stateMachineArn(machine)
        .statusFilter(ExecutionStatus.PENDING_REDRIVE)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("PENDING_REDRIVE");
    assertThatThrownBy(() -> API.sfn().listExecutions(b -> b.stateMachineArn(machine)
        .statusFilter("succeeded")))
        .isInstanceOf(ValidationException.class)
        .hasMessageStartingWith("1 validation error detected: Value 'succeeded' at"
            + " 'statusFilter' failed to satisfy constraint: Member must satisfy enum value set:"
            + " [SUCCEEDED, TIMED_OUT, PENDING_REDRIVE, ABORTED, FAILED, RUNNING]");
    assertThatThrownBy(() -> API.sfn().listExecutions(b -> b.stateMachineArn(machine)
        .redriveFilter("SOMETIMES")))
        .isInstanceOf(ValidationException.class)
        .hasMessageStartingWith("1 validation error detected: Value 'SOMETIMES' at"
            + " 'redriveFilter' failed to satisfy constraint: Member must satisfy enum value set:"
            + " [REDRIVEN, NOT_REDRIVEN]");
  }

  @Test
  void answersAnUnknownExecutionWithExecutionDoesNotExistAndOtherArnsWithInvalidArn() {
    String unknown = PREFIX + "execution:nothing:run-1";
    String fast = API.sfn().createStateMachine(b -> b.name("fast").type(StateMachineType.EXPRESS)
        .roleArn(StepFunctionsEmulatorSdkTest.ROLE).definition(StepFunctionsEmulatorSdkTest.PASS))
        .stateMachineArn();
    String express = API.sfn().startExecution(b -> b.stateMachineArn(fast)).executionArn();

    assertThatThrownBy(() -> API.sfn().redriveExecution(b -> b.executionArn(unknown)))
        .isInstanceOf(ExecutionDoesNotExistException.class)
        .hasMessageStartingWith("Execution Does Not Exist: '" + unknown + "'");
    assertThatThrownBy(() -> API.sfn().redriveExecution(b -> b.executionArn("run-1")))
        .isInstanceOf(InvalidArnException.class)
        .hasMessageStartingWith("Invalid Arn: 'Invalid ARN prefix: run-1'");
    assertThatThrownBy(() -> API.sfn().redriveExecution(b -> b.executionArn(express)))
        .isInstanceOf(InvalidArnException.class)
        .hasMessageStartingWith("Invalid Arn: 'Resource type not valid in this context:"
            + " express'");
    assertThatThrownBy(() -> API.sfn().redriveExecution(b -> b.executionArn(unknown)
        .clientToken("x".repeat(65))))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("at 'clientToken' failed to satisfy constraint: Member must have"
            + " length less than or equal to 64");
  }

  @Test
  @Timeout(120)
  void redrivesAnExecutionThroughTheAwsCli() throws Exception {
    Assumptions.assumeTrue(AwsCli.installed(),
        "the aws CLI is not installed; skipping the aws stepfunctions redrive-execution check");
    String activity = activity("work-cli");
    String execution = failedExecution(machine("cli", activity), activity, "run-1");

    AwsCli redriven = AwsCli.run(API.emulator().endpoint(), "redrive-execution",
        "--execution-arn", execution);
    AwsCli refused = AwsCli.run(API.emulator().endpoint(), "redrive-execution",
        "--execution-arn", execution);

    assertThat(redriven.exitCode()).as(redriven.err()).isZero();
    assertThat(Wire.document(redriven.out(), "x", "x").has("redriveDate")).as(redriven.out())
        .isTrue();
    DescribeExecutionResponse running = describe(execution);
    assertThat(running.status()).isEqualTo(ExecutionStatus.RUNNING);
    assertThat(running.redriveCount()).isEqualTo(1);
    assertThat(refused.exitCode()).isNotZero();
    assertThat(refused.err()).contains("ExecutionNotRedrivable")
        .contains("Execution is RUNNING and cannot be redriven");
    API.sfn().stopExecution(b -> b.executionArn(execution));
  }
}
