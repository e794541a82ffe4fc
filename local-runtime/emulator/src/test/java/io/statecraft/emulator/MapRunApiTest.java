package io.statecraft.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.statecraft.emulator.internal.Wire;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.DescribeMapRunResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.ExecutionListItem;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.GetActivityTaskResponse;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.HistoryEventType;
import software.amazon.awssdk.services.sfn.model.InvalidArnException;
import software.amazon.awssdk.services.sfn.model.ListExecutionsResponse;
import software.amazon.awssdk.services.sfn.model.MapRunListItem;
import software.amazon.awssdk.services.sfn.model.MapRunStatus;
import software.amazon.awssdk.services.sfn.model.ResourceNotFoundException;
import software.amazon.awssdk.services.sfn.model.ValidationException;

/**
 * Distributed Maps over HTTP, driven through the AWS SDK: their Map Runs listed, described and
 * updated while they run, their child executions listed, described and with a history, and the
 * errors AWS gives for Map Runs that do not exist or values out of range.
 */
@Timeout(30)
class MapRunApiTest {

  static final Path S3 = s3Folder();
  static final String PREFIX = "arn:aws:states:us-east-1:123456789012:";

  @RegisterExtension
  static final EmulatorApi API = EmulatorApi.with(b -> b.s3Folder(S3)
      .activityLongPoll(Duration.ofSeconds(5)));

  /** The folder standing in for S3: bucket "in" holds the items of each test. */
  private static Path s3Folder() {
    try {
      Path folder = Files.createTempDirectory("map-run-api-s3");
      Path bucket = Files.createDirectories(folder.resolve("in"));
      Files.writeString(bucket.resolve("items.json"), "[1, 2, 3]");
      Files.writeString(bucket.resolve("four.json"), "[{\"n\":1},{\"n\":2},{\"n\":3},{\"n\":4}]");
      return folder;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A distributed Map labelled Orders over in/{@code key}, with {@code settings} on the Map. */
  private static String machine(String name, String key, String settings, String work) {
    String definition = """
        {"StartAt":"Process","States":{"Process":{"Type":"Map","Label":"Orders",%s
          "ItemReader":{"Resource":"arn:aws:states:::s3:getObject",
            "ReaderConfig":{"InputType":"JSON"},"Parameters":{"Bucket":"in","Key":"%s"}},
          "ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"STANDARD"},
            "StartAt":"Work","States":{"Work":%s}},
          "End":true}}}""".formatted(settings, key, work);
    return API.sfn().createStateMachine(b -> b.name(name).definition(definition)
        .roleArn(StepFunctionsEmulatorSdkTest.ROLE)).stateMachineArn();
  }

  private static final String PASS = "{\"Type\":\"Pass\",\"End\":true}";

  /** Runs {@code machine} to its end; the execution's ARN. */
  private static String run(String machine) {
    String execution = API.sfn().startExecution(b -> b.stateMachineArn(machine)).executionArn();
    DescribeExecutionResponse done = SfnClients.awaitEnd(API.sfn(), execution);
    assertThat(done.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    return execution;
  }

  private static String onlyMapRun(String execution) {
    List<MapRunListItem> mapRuns = API.sfn().listMapRuns(b -> b.executionArn(execution))
        .mapRuns();
    assertThat(mapRuns).hasSize(1);
    return mapRuns.get(0).mapRunArn();
  }

  private static List<ExecutionListItem> children(String mapRunArn) {
    return API.sfn().listExecutions(b -> b.mapRunArn(mapRunArn)).executions();
  }

  @Test
  void listsAndDescribesTheMapRunOfADistributedMapThatReadItsItemsFromTheS3Folder() {
    String machine = machine("orders", "items.json", "", PASS);
    String execution = run(machine);

    List<MapRunListItem> mapRuns = API.sfn().listMapRuns(b -> b.executionArn(execution))
        .mapRuns();
    assertThat(mapRuns).hasSize(1);
    MapRunListItem listed = mapRuns.get(0);
    assertThat(listed.mapRunArn()).startsWith(PREFIX + "mapRun:orders/Orders:");
    assertThat(listed.executionArn()).isEqualTo(execution);
    // AWS lists the Map Run's labelled state machine, MACHINE/LABEL (facts 19, §2 [REC]).
    assertThat(listed.stateMachineArn()).isEqualTo(machine + "/Orders");
    assertThat(listed.stopDate()).isAfterOrEqualTo(listed.startDate());

    DescribeMapRunResponse described = API.sfn().describeMapRun(b -> b
        .mapRunArn(listed.mapRunArn()));
    assertThat(described.mapRunArn()).isEqualTo(listed.mapRunArn());
    assertThat(described.executionArn()).isEqualTo(execution);
    assertThat(described.status()).isEqualTo(MapRunStatus.SUCCEEDED);
    assertThat(described.startDate()).isEqualTo(listed.startDate());
    assertThat(described.stopDate()).isEqualTo(listed.stopDate());
    assertThat(described.itemCounts().succeeded()).isEqualTo(3);
    assertThat(described.itemCounts().total()).isEqualTo(3);
    assertThat(described.itemCounts().pending()).isZero();
    assertThat(described.itemCounts().failed()).isZero();
    assertThat(described.executionCounts().succeeded()).isEqualTo(3);
    assertThat(described.executionCounts().total()).isEqualTo(3);
    assertThat(described.redriveCount()).isZero();
  }

  @Test
  void listsTheChildExecutionsOfAMapRunWithTheirMapRunPageByPage() {
    String execution = run(machine("children", "items.json", "", PASS));
    String mapRun = onlyMapRun(execution);

    List<ExecutionListItem> children = children(mapRun);
    ListExecutionsResponse first = API.sfn().listExecutions(b -> b.mapRunArn(mapRun)
        .maxResults(2));
    ListExecutionsResponse second = API.sfn().listExecutions(b -> b.mapRunArn(mapRun)
        .maxResults(2).nextToken(first.nextToken()));

    assertThat(children).hasSize(3).allSatisfy(child -> {
      assertThat(child.executionArn()).startsWith(PREFIX + "execution:children/Orders:");
      assertThat(child.stateMachineArn()).isEqualTo(PREFIX + "stateMachine:children/Orders");
      assertThat(child.mapRunArn()).isEqualTo(mapRun);
      assertThat(child.itemCount()).isEqualTo(1);
      assertThat(child.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    });
    assertThat(first.executions()).hasSize(2);
    assertThat(second.executions()).hasSize(1);
    assertThat(second.nextToken()).isNull();
    assertThat(API.sfn().listExecutions(b -> b.mapRunArn(mapRun).statusFilter("FAILED"))
        .executions()).isEmpty();
  }

  @Test
  void describesAChildExecutionWithItsMapRunAndGivesItsHistory() {
    String execution = run(machine("described", "items.json", "", PASS));
    String mapRun = onlyMapRun(execution);
    String child = children(mapRun).get(0).executionArn();

    DescribeExecutionResponse described = API.sfn().describeExecution(b -> b
        .executionArn(child));
    List<HistoryEvent> history = API.sfn().getExecutionHistory(b -> b.executionArn(child))
        .events();
    var machine = API.sfn().describeStateMachineForExecution(b -> b.executionArn(child));

    assertThat(described.mapRunArn()).isEqualTo(mapRun);
    assertThat(described.stateMachineArn()).isEqualTo(PREFIX + "stateMachine:described/Orders");
    assertThat(described.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(described.input()).isIn("1", "2", "3");
    assertThat(described.output()).isEqualTo(described.input());
    assertThat(history).extracting(HistoryEvent::type).containsExactly(
        HistoryEventType.EXECUTION_STARTED, HistoryEventType.PASS_STATE_ENTERED,
        HistoryEventType.PASS_STATE_EXITED, HistoryEventType.EXECUTION_SUCCEEDED);
    assertThat(machine.mapRunArn()).isEqualTo(mapRun);
    assertThat(machine.label()).isEqualTo("Orders");
    assertThat(machine.name()).isEqualTo("described/Orders");
    assertThat(Wire.document(machine.definition(), "x", "x").path("StartAt").asString())
        .isEqualTo("Work");
    assertThat(API.sfn().describeExecution(b -> b.executionArn(execution)).mapRunArn())
        .isNull();
  }

  @Test
  void countsTheItemsOfEachBatchedChildExecution() {
    String execution = run(machine("batched", "items.json",
        "\"ItemBatcher\":{\"MaxItemsPerBatch\":2},", PASS));

    assertThat(children(onlyMapRun(execution))).extracting(ExecutionListItem::itemCount)
        .containsExactlyInAnyOrder(2, 1);
  }

  @Test
  void startsMoreChildrenAtOnceWhenTheMaxConcurrencyOfARunningMapRunIsRaised() {
    String activity = API.sfn().createActivity(b -> b.name("work-item")).activityArn();
    String machine = machine("throttled", "four.json", "\"MaxConcurrency\":1,",
        "{\"Type\":\"Task\",\"Resource\":\"" + activity + "\",\"End\":true}");
    String execution = API.sfn().startExecution(b -> b.stateMachineArn(machine)).executionArn();
    GetActivityTaskResponse firstTask = task(activity);
    String mapRun = onlyMapRun(execution);
    DescribeMapRunResponse before = API.sfn().describeMapRun(b -> b.mapRunArn(mapRun));

    API.sfn().updateMapRun(b -> b.mapRunArn(mapRun).maxConcurrency(3));
    DescribeMapRunResponse after = awaitMapRun(mapRun, r -> r.executionCounts().running() == 3);

    assertThat(before.executionCounts().running()).isEqualTo(1);
    assertThat(before.maxConcurrency()).isEqualTo(1);
    assertThat(after.maxConcurrency()).isEqualTo(3);
    assertThat(API.sfn().listExecutions(b -> b.mapRunArn(mapRun).statusFilter("RUNNING"))
        .executions()).hasSize(3);
    succeed(firstTask);
    succeed(task(activity));
    succeed(task(activity));
    succeed(task(activity));
    assertThat(SfnClients.awaitEnd(API.sfn(), execution).status())
        .isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(API.sfn().describeMapRun(b -> b.mapRunArn(mapRun)).itemCounts().succeeded())
        .isEqualTo(4);
  }

  private static GetActivityTaskResponse task(String activity) {
    GetActivityTaskResponse task = API.sfn().getActivityTask(b -> b.activityArn(activity));
    assertThat(task.taskToken()).as("a task of a child execution").isNotNull();
    return task;
  }

  private static void succeed(GetActivityTaskResponse task) {
    API.sfn().sendTaskSuccess(b -> b.taskToken(task.taskToken()).output(task.input()));
  }

  /** Polls DescribeMapRun until {@code condition} holds (at most 10 s); the last answer. */
  private static DescribeMapRunResponse awaitMapRun(String mapRun,
      Predicate<DescribeMapRunResponse> condition) {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    DescribeMapRunResponse described = API.sfn().describeMapRun(b -> b.mapRunArn(mapRun));
    while (!condition.test(described) && System.nanoTime() < deadline) {
      Thread.onSpinWait();
      described = API.sfn().describeMapRun(b -> b.mapRunArn(mapRun));
    }
    return described;
  }

  @Test
  void answersAMapRunThatDoesNotExistWithResourceNotFound() {
    String missing = PREFIX + "mapRun:nope/Orders:0b5d4c6e-1111-2222-3333-444455556666";

    assertThatThrownBy(() -> API.sfn().describeMapRun(b -> b.mapRunArn(missing)))
        .isInstanceOf(ResourceNotFoundException.class)
        .hasMessageStartingWith("Resource not found: '" + missing + "'");
    assertThatThrownBy(() -> API.sfn().updateMapRun(b -> b.mapRunArn(missing)
        .maxConcurrency(2))).isInstanceOf(ResourceNotFoundException.class);
    assertThatThrownBy(() -> API.sfn().listExecutions(b -> b.mapRunArn(missing)))
        .isInstanceOf(ResourceNotFoundException.class);
    String noExecution = PREFIX + "execution:nope:nothing";
    assertThatThrownBy(() -> API.sfn().listMapRuns(b -> b.executionArn(noExecution)))
        .isInstanceOf(ExecutionDoesNotExistException.class);
  }

  @Test
  void answersAMalformedMapRunArnWithInvalidArn() {
    assertThatThrownBy(() -> API.sfn().describeMapRun(b -> b.mapRunArn("not-an-arn")))
        .isInstanceOf(InvalidArnException.class)
        .hasMessageStartingWith("Invalid Arn: 'Invalid ARN prefix: not-an-arn'");
    assertThatThrownBy(() -> API.sfn().describeMapRun(b -> b
        .mapRunArn(PREFIX + "execution:orders:run-1")))
        .isInstanceOf(InvalidArnException.class)
        .hasMessageStartingWith("Invalid Arn: 'Resource type not valid in this context:"
            + " execution'");
    assertThatThrownBy(() -> API.sfn().updateMapRun(b -> b.mapRunArn(PREFIX + "mapRun:orders")
        .maxConcurrency(1))).isInstanceOf(InvalidArnException.class);
  }

  @Test
  void refusesValuesOutOfRangeWithValidationException() {
    String mapRun = onlyMapRun(run(machine("validated", "items.json", "", PASS)));

    assertThatThrownBy(() -> API.sfn().updateMapRun(b -> b.mapRunArn(mapRun)
        .maxConcurrency(-1)))
        .isInstanceOf(ValidationException.class)
        .hasMessageStartingWith("1 validation error detected: Value '-1' at 'maxConcurrency'"
            + " failed to satisfy constraint: Member must have value greater than or equal to 0");
    assertThatThrownBy(() -> API.sfn().updateMapRun(b -> b.mapRunArn(mapRun)
        .toleratedFailurePercentage(101f).toleratedFailureCount(-2L)))
        .isInstanceOf(ValidationException.class)
        .hasMessageStartingWith("2 validation errors detected: Value '101.0' at"
            + " 'toleratedFailurePercentage' failed to satisfy constraint: Member must have"
            + " value less than or equal to 100; Value '-2' at 'toleratedFailureCount'");
    assertThatThrownBy(() -> API.sfn().listExecutions(b -> b.mapRunArn(mapRun)
        .stateMachineArn(PREFIX + "stateMachine:validated")))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void tellsToGiveAFolderForS3WhenAnItemReaderHasNone() {
    try (StepFunctionsEmulator bare = StepFunctionsEmulator.start();
        var sfn = SfnClients.of(bare.endpoint())) {
      String machine = sfn.createStateMachine(b -> b.name("no-s3").roleArn(
          StepFunctionsEmulatorSdkTest.ROLE).definition("""
              {"StartAt":"Process","States":{"Process":{"Type":"Map",
                "ItemReader":{"Resource":"arn:aws:states:::s3:getObject",
                  "ReaderConfig":{"InputType":"JSON"},
                  "Parameters":{"Bucket":"in","Key":"items.json"}},
                "ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED",
                  "ExecutionType":"STANDARD"},"StartAt":"Work","States":{"Work":%s}},
                "End":true}}}""".formatted(PASS))).stateMachineArn();
      String execution = sfn.startExecution(b -> b.stateMachineArn(machine)).executionArn();

      DescribeExecutionResponse done = SfnClients.awaitEnd(sfn, execution);

      assertThat(done.status()).isEqualTo(ExecutionStatus.FAILED);
      assertThat(done.cause()).contains("statecraft serve --s3-dir DIR");
    }
  }

  @Test
  void refusesAFolderForS3ThatDoesNotExist() {
    Path missing = S3.resolve("missing");
    assertThatThrownBy(() -> StepFunctionsEmulator.builder().s3Folder(missing))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no such directory: " + missing);
  }
}
