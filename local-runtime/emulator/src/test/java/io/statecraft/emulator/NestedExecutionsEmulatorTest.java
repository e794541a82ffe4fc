package io.statecraft.emulator;

import io.statecraft.emulator.internal.Wire;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionListItem;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.HistoryEventType;
import tools.jackson.databind.JsonNode;

/**
 * {@code states:startExecution} tasks run by the emulator, driven through the AWS SDK: children
 * of versions and aliases, children listed and described as executions of the API, and the
 * failures AWS gives when the child's state machine is missing.
 */
@Timeout(30)
class NestedExecutionsEmulatorTest {

  static final String PARENT = """
      {"StartAt":"Start","States":{"Start":{"Type":"Task",
        "Resource":"arn:aws:states:::states:startExecution%s",
        "Parameters":{"StateMachineArn":"%s","Name.$":"$.name","Input":{"n":1}},
        "End":true}}}""";

  @RegisterExtension
  static final EmulatorApi API = EmulatorApi.standard();

  /** AWS's cause, as error_handling/test_task_service_sfn/test_start_execution_no_such_arn. */
  private static String doesNotExist(String arn) {
    return Pattern.quote("State Machine Does Not Exist: '" + arn + "' (Service: AWSStepFunctions;"
        + " Status Code: 400; Error Code: StateMachineDoesNotExist; Request ID: ")
        + "[0-9a-f-]{36}" + Pattern.quote("; Proxy: null)");
  }

  private static String create(String name, String definition) {
    return API.sfn().createStateMachine(b -> b.name(name).definition(definition)
        .roleArn(StepFunctionsEmulatorSdkTest.ROLE)).stateMachineArn();
  }

  private static String returning(String result) {
    return """
        {"StartAt":"P","States":{"P":{"Type":"Pass","Result":"%s","End":true}}}"""
        .formatted(result);
  }

  /** A machine whose two published versions return "v1" and "v2"; its current one "latest". */
  private static String twoVersions(String name) {
    String machine = API.sfn().createStateMachine(b -> b.name(name).definition(returning("v1"))
        .roleArn(StepFunctionsEmulatorSdkTest.ROLE).publish(true)).stateMachineArn();
    API.sfn().updateStateMachine(b -> b.stateMachineArn(machine).definition(returning("v2"))
        .publish(true));
    API.sfn().updateStateMachine(b -> b.stateMachineArn(machine).definition(returning("latest")));
    return machine;
  }

  private static DescribeExecutionResponse run(String parent, String name) {
    String execution = API.sfn().startExecution(b -> b.stateMachineArn(parent)
        .input("{\"name\":\"" + name + "\"}")).executionArn();
    return SfnClients.awaitEnd(API.sfn(), execution);
  }

  private static List<HistoryEvent> history(String execution) {
    return API.sfn().getExecutionHistory(b -> b.executionArn(execution)).events();
  }

  @Test
  void startsTheVersionAVersionArnNames() {
    String machine = twoVersions("versioned-child");
    String parent = create("version-parent", PARENT.formatted(".sync", machine + ":1"));

    DescribeExecutionResponse done = run(parent, "child-of-v1");

    assertThat(done.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    JsonNode output = Wire.document(done.output(), "x", "x");
    assertThat(output.path("Output").asString()).isEqualTo("\"v1\"");
    String child = output.path("ExecutionArn").asString();
    assertThat(child).isEqualTo(
        "arn:aws:states:us-east-1:123456789012:execution:versioned-child:child-of-v1");
    DescribeExecutionResponse described = API.sfn().describeExecution(b -> b.executionArn(child));
    assertThat(described.stateMachineVersionArn()).isEqualTo(machine + ":1");
    assertThat(described.stateMachineAliasArn()).isNull();
    assertThat(described.input()).isEqualTo("{\"n\":1}");
    assertThat(API.sfn().listExecutions(b -> b.stateMachineArn(machine + ":1")).executions())
        .extracting(ExecutionListItem::executionArn).containsExactly(child);
  }

  @Test
  void routesChildrenStartedThroughAnAliasByItsWeights() {
    String machine = twoVersions("aliased-child");
    String alias = API.sfn().createStateMachineAlias(b -> b.name("half").routingConfiguration(
        r -> r.stateMachineVersionArn(machine + ":1").weight(50),
        r -> r.stateMachineVersionArn(machine + ":2").weight(50))).stateMachineAliasArn();
    String parent = create("alias-parent", """
        {"StartAt":"Each","States":{"Each":{"Type":"Map","ItemsPath":"$.items",
          "ItemProcessor":{"ProcessorConfig":{"Mode":"INLINE"},"StartAt":"Start",
            "States":{"Start":{"Type":"Task",
              "Resource":"arn:aws:states:::states:startExecution.sync:2",
              "Parameters":{"StateMachineArn":"%s","Input":{}},
              "OutputPath":"$.Output","End":true}}},"End":true}}}""".formatted(alias));
    String items = "[" + "0,".repeat(39) + "0]";

    String execution = API.sfn().startExecution(b -> b.stateMachineArn(parent)
        .input("{\"items\":" + items + "}")).executionArn();
    DescribeExecutionResponse done = SfnClients.awaitEnd(API.sfn(), execution);

    // 40 children at 50/50: both versions ran (all on one has a chance of 2 in 10^12)
    assertThat(done.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(Wire.document(done.output(), "x", "x").valueStream().map(JsonNode::asString)
        .collect(Collectors.toSet())).isEqualTo(Set.of("v1", "v2"));
    List<ExecutionListItem> children = API.sfn().listExecutions(b -> b.stateMachineArn(alias))
        .executions();
    assertThat(children).hasSize(40).allSatisfy(child -> {
      assertThat(child.stateMachineAliasArn()).isEqualTo(alias);
      assertThat(child.stateMachineVersionArn()).isIn(machine + ":1", machine + ":2");
      String output = API.sfn().describeExecution(b -> b
          .executionArn(child.executionArn())).output();
      assertThat(output).isEqualTo("\"v" + child.stateMachineVersionArn()
          .substring(machine.length() + 1) + "\"");
    });
  }

  @Test
  void listsDescribesAndGivesTheHistoryOfAChildStartedRequestResponse() {
    String machine = create("plain-child", returning("latest"));
    String parent = create("plain-parent", PARENT.formatted("", machine));

    DescribeExecutionResponse done = run(parent, "child-1");
    String child = Wire.document(done.output(), "x", "x").path("ExecutionArn").asString();
    DescribeExecutionResponse described = SfnClients.awaitEnd(API.sfn(), child);

    assertThat(described.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(described.name()).isEqualTo("child-1");
    assertThat(described.output()).isEqualTo("\"latest\"");
    assertThat(described.stateMachineVersionArn()).isNull();
    assertThat(API.sfn().listExecutions(b -> b.stateMachineArn(machine)).executions())
        .extracting(ExecutionListItem::executionArn).containsExactly(child);
    assertThat(history(child)).extracting(HistoryEvent::type).containsExactly(
        HistoryEventType.EXECUTION_STARTED, HistoryEventType.PASS_STATE_ENTERED,
        HistoryEventType.PASS_STATE_EXITED, HistoryEventType.EXECUTION_SUCCEEDED);
  }

  @Test
  void waitsForTheTokenTheChildIsGivenWhenStartedWaitForTaskToken() {
    String machine = create("token-child", returning("child done"));
    String parent = create("token-parent", """
        {"StartAt":"Start","States":{"Start":{"Type":"Task",
          "Resource":"arn:aws:states:::states:startExecution.waitForTaskToken",
          "Parameters":{"StateMachineArn":"%s","Name":"token-child-1",
            "Input":{"token.$":"$$.Task.Token"}},"End":true}}}""".formatted(machine));
    String execution = API.sfn().startExecution(b -> b.stateMachineArn(parent)).executionArn();
    String child = machine.replace(":stateMachine:", ":execution:") + ":token-child-1";

    DescribeExecutionResponse described = SfnClients.awaitEnd(API.sfn(), child);
    String token = Wire.document(described.input(), "x", "x").path("token").asString();
    API.sfn().sendTaskSuccess(b -> b.taskToken(token).output("{\"answered\":true}"));
    DescribeExecutionResponse done = SfnClients.awaitEnd(API.sfn(), execution);

    assertThat(described.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(done.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(done.output()).isEqualTo("{\"answered\":true}");
  }

  @Test
  void failsTheTaskAsAwsDoesWhenTheChildStateMachineWasDeleted() {
    String machine = create("deleted-child", returning("never"));
    String parent = create("orphan-parent", PARENT.formatted(".sync:2", machine));
    API.sfn().deleteStateMachine(b -> b.stateMachineArn(machine));

    DescribeExecutionResponse done = run(parent, "never-started");

    assertThat(done.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(done.error()).isEqualTo("StepFunctions.StateMachineDoesNotExistException");
    assertThat(done.cause()).matches(doesNotExist(machine));
    List<HistoryEvent> events = history(done.executionArn());
    assertThat(events).extracting(HistoryEvent::type).containsExactly(
        HistoryEventType.EXECUTION_STARTED, HistoryEventType.TASK_STATE_ENTERED,
        HistoryEventType.TASK_SCHEDULED, HistoryEventType.TASK_STARTED,
        HistoryEventType.TASK_FAILED, HistoryEventType.EXECUTION_FAILED);
    assertThat(events.get(4).taskFailedEventDetails().error())
        .isEqualTo("StepFunctions.StateMachineDoesNotExistException");
    assertThat(events.get(4).taskFailedEventDetails().resource()).isEqualTo("startExecution.sync:2");
    assertThat(events.get(4).taskFailedEventDetails().cause()).isEqualTo(done.cause());
  }

  @Test
  void failsTheTaskWhenTheVersionOrAliasDoesNotExist() {
    String machine = twoVersions("unknown-qualifiers");
    for (String missing : List.of(machine + ":7", machine + ":nosuchalias")) {
      String parent = create("parent-of-" + missing.substring(missing.lastIndexOf(':') + 1),
          PARENT.formatted("", missing));

      DescribeExecutionResponse done = run(parent, "x");

      assertThat(done.error()).isEqualTo("StepFunctions.StateMachineDoesNotExistException");
      assertThat(done.cause()).matches(doesNotExist(missing));
    }
  }

  @Test
  void failsTheTaskWhenAnExecutionOfThatNameAlreadyExists() {
    String machine = create("named-child", returning("once"));
    String parent = create("repeating-parent", PARENT.formatted(".sync", machine));
    assertThat(run(parent, "same").status()).isEqualTo(ExecutionStatus.SUCCEEDED);

    DescribeExecutionResponse again = run(parent, "same");

    String child = machine.replace(":stateMachine:", ":execution:") + ":same";
    assertThat(again.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(again.error()).isEqualTo("StepFunctions.ExecutionAlreadyExistsException");
    assertThat(again.cause()).startsWith("Execution Already Exists: '" + child
        + "' (Service: AWSStepFunctions; Status Code: 400; Error Code: ExecutionAlreadyExists;");
  }
}
