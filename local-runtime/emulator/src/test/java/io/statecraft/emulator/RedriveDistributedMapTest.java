package io.statecraft.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.DescribeMapRunResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionListItem;
import software.amazon.awssdk.services.sfn.model.ExecutionNotRedrivableException;
import software.amazon.awssdk.services.sfn.model.ExecutionRedriveFilter;
import software.amazon.awssdk.services.sfn.model.ExecutionRedriveStatus;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.GetActivityTaskResponse;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.HistoryEventType;
import software.amazon.awssdk.services.sfn.model.MapRunStatus;

/**
 * RedriveExecution of a parent whose distributed Map failed, through the AWS SDK: its Map Run is
 * redriven and reruns only the child execution that failed; the children themselves are
 * redriven only that way.
 */
@Timeout(30)
class RedriveDistributedMapTest {

  @RegisterExtension
  static final EmulatorApi API = EmulatorApi.with(b -> b.activityLongPoll(Duration.ofSeconds(5)));

  /** A distributed Map over {@code $.items} whose STANDARD children each run one activity task. */
  private static String machine(String activity) {
    String definition = """
        {"StartAt":"Process","States":{"Process":{"Type":"Map","Label":"Items",
          "ItemsPath":"$.items",
          "ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"STANDARD"},
            "StartAt":"Work","States":{"Work":{"Type":"Task","Resource":"%s","End":true}}},
          "End":true}}}""".formatted(activity);
    return API.sfn().createStateMachine(b -> b.name("fan-out").definition(definition)
        .roleArn(StepFunctionsEmulatorSdkTest.ROLE)).stateMachineArn();
  }

  private static GetActivityTaskResponse task(String activity) {
    GetActivityTaskResponse task = API.sfn().getActivityTask(b -> b.activityArn(activity));
    assertThat(task.taskToken()).as("a child's activity task").isNotNull();
    return task;
  }

  private static void succeed(GetActivityTaskResponse task) {
    API.sfn().sendTaskSuccess(b -> b.taskToken(task.taskToken()).output(task.input()));
  }

  /** The activity tasks of the three children, by their item. */
  private static Map<String, GetActivityTaskResponse> tasksByItem(String activity) {
    Map<String, GetActivityTaskResponse> tasks = new HashMap<>();
    for (int i = 0; i < 3; i++) {
      GetActivityTaskResponse task = task(activity);
      tasks.put(task.input(), task);
    }
    return tasks;
  }

  /** Polls DescribeMapRun until {@code succeeded} children have succeeded (at most 10 s). */
  private static void awaitSucceeded(String mapRun, long succeeded) {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (API.sfn().describeMapRun(b -> b.mapRunArn(mapRun)).executionCounts().succeeded()
        < succeeded && System.nanoTime() < deadline) {
      Thread.onSpinWait();
    }
  }

  private static DescribeExecutionResponse describe(String execution) {
    return API.sfn().describeExecution(b -> b.executionArn(execution));
  }

  @Test
  void redrivesTheMapRunOfTheParentAndRerunsOnlyTheChildThatFailed() {
    String activity = API.sfn().createActivity(b -> b.name("item-work")).activityArn();
    String parent = API.sfn().startExecution(b -> b.stateMachineArn(machine(activity))
        .input("{\"items\":[1,2,3]}")).executionArn();
    Map<String, GetActivityTaskResponse> tasks = tasksByItem(activity);
    String mapRun = API.sfn().listMapRuns(b -> b.executionArn(parent)).mapRuns().get(0)
        .mapRunArn();
    succeed(tasks.get("1"));
    succeed(tasks.get("3"));
    // The failure last: a Map Run that fails first aborts the children still running.
    awaitSucceeded(mapRun, 2);
    API.sfn().sendTaskFailure(b -> b.taskToken(tasks.get("2").taskToken()).error("Item.Bad"));
    DescribeExecutionResponse failed = SfnClients.awaitEnd(API.sfn(), parent);
    assertThat(failed.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(failed.error()).isEqualTo("States.ExceedToleratedFailureThreshold");
    assertThat(failed.redriveStatus()).isEqualTo(ExecutionRedriveStatus.REDRIVABLE);
    String child = API.sfn().listExecutions(b -> b.mapRunArn(mapRun)
        .statusFilter(ExecutionStatus.FAILED)).executions().get(0).executionArn();
    String succeededChild = API.sfn().listExecutions(b -> b.mapRunArn(mapRun)
        .statusFilter(ExecutionStatus.SUCCEEDED)).executions().get(0).executionArn();
    assertThat(describe(succeededChild).redriveStatusReason())
        .isEqualTo("Execution is SUCCEEDED and cannot be redriven");

    API.sfn().redriveExecution(b -> b.executionArn(parent));
    GetActivityTaskResponse rerun = task(activity);
    succeed(rerun);

    assertThat(rerun.input()).isEqualTo("2");
    DescribeExecutionResponse done = SfnClients.awaitEnd(API.sfn(), parent);
    assertThat(done.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(done.output()).isEqualTo("[1,2,3]");
    DescribeMapRunResponse described = API.sfn().describeMapRun(b -> b.mapRunArn(mapRun));
    assertThat(described.status()).isEqualTo(MapRunStatus.SUCCEEDED);
    assertThat(described.redriveCount()).isEqualTo(1);
    assertThat(described.redriveDate()).isAfterOrEqualTo(failed.stopDate());
    assertThat(described.executionCounts().succeeded()).isEqualTo(3);
    assertThat(described.executionCounts().failed()).isZero();
    List<HistoryEvent> history = API.sfn().getExecutionHistory(b -> b.executionArn(parent))
        .events();
    assertThat(history).extracting(HistoryEvent::type).containsSubsequence(
        HistoryEventType.MAP_RUN_FAILED, HistoryEventType.EXECUTION_FAILED,
        HistoryEventType.EXECUTION_REDRIVEN, HistoryEventType.MAP_RUN_REDRIVEN,
        HistoryEventType.MAP_RUN_SUCCEEDED, HistoryEventType.EXECUTION_SUCCEEDED);
    HistoryEvent mapRunRedriven = history.stream()
        .filter(e -> e.type() == HistoryEventType.MAP_RUN_REDRIVEN).findFirst().orElseThrow();
    assertThat(mapRunRedriven.mapRunRedrivenEventDetails().mapRunArn()).isEqualTo(mapRun);
    assertThat(mapRunRedriven.mapRunRedrivenEventDetails().redriveCount()).isEqualTo(1);
    assertThat(describe(child).status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(describe(child).redriveCount()).isEqualTo(1);
    List<ExecutionListItem> redriven = API.sfn().listExecutions(b -> b.mapRunArn(mapRun)
        .redriveFilter(ExecutionRedriveFilter.REDRIVEN)).executions();
    assertThat(redriven).extracting(ExecutionListItem::executionArn).containsExactly(child);
    assertThat(redriven.get(0).status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(API.sfn().listExecutions(b -> b.mapRunArn(mapRun)
        .statusFilter(ExecutionStatus.SUCCEEDED)).executions()).hasSize(3);
  }

  @Test
  void describesAFailedChildAsRedrivableByItsMapRunAndRefusesToRedriveItDirectly() {
    String activity = API.sfn().createActivity(b -> b.name("child-work")).activityArn();
    String machine = API.sfn().createStateMachine(b -> b.name("children")
        .roleArn(StepFunctionsEmulatorSdkTest.ROLE).definition("""
            {"StartAt":"Process","States":{"Process":{"Type":"Map","ItemsPath":"$.items",
              "ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED",
                "ExecutionType":"STANDARD"},"StartAt":"Work","States":{"Work":{"Type":"Task",
                "Resource":"%s","End":true}}},"End":true}}}""".formatted(activity)))
        .stateMachineArn();
    String parent = API.sfn().startExecution(b -> b.stateMachineArn(machine)
        .input("{\"items\":[1]}")).executionArn();
    API.sfn().sendTaskFailure(b -> b.taskToken(task(activity).taskToken()).error("Item.Bad"));
    SfnClients.awaitEnd(API.sfn(), parent);
    String mapRun = API.sfn().listMapRuns(b -> b.executionArn(parent)).mapRuns().get(0)
        .mapRunArn();
    String child = API.sfn().listExecutions(b -> b.mapRunArn(mapRun)).executions().get(0)
        .executionArn();

    DescribeExecutionResponse described = describe(child);

    assertThat(described.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(described.redriveStatus()).isEqualTo(ExecutionRedriveStatus.REDRIVABLE_BY_MAP_RUN);
    assertThat(described.redriveStatusReason()).isNull();
    assertThatThrownBy(() -> API.sfn().redriveExecution(b -> b.executionArn(child)))
        .isInstanceOf(ExecutionNotRedrivableException.class)
        .hasMessageContaining("child execution of Map Run '" + mapRun + "'")
        .hasMessageContaining("redrive execution '" + parent + "'");
    assertThat(describe(child).redriveCount()).isZero();
  }
}
