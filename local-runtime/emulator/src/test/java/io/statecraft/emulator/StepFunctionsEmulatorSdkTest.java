package io.statecraft.emulator;

import io.statecraft.emulator.internal.Wire;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.sfn.model.CreateStateMachineResponse;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionAlreadyExistsException;
import software.amazon.awssdk.services.sfn.model.ExecutionDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.GetExecutionHistoryResponse;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.HistoryEventType;
import software.amazon.awssdk.services.sfn.model.InvalidArnException;
import software.amazon.awssdk.services.sfn.model.InvalidDefinitionException;
import software.amazon.awssdk.services.sfn.model.InvalidTokenException;
import software.amazon.awssdk.services.sfn.model.StateMachineAlreadyExistsException;
import software.amazon.awssdk.services.sfn.model.StateMachineDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.StateMachineType;
import software.amazon.awssdk.services.sfn.model.SyncExecutionStatus;
import software.amazon.awssdk.services.sfn.model.TaskDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.ValidateStateMachineDefinitionResultCode;

/** The emulator driven by the AWS SDK for Java v2, as users' code drives AWS. */
@Timeout(30)
class StepFunctionsEmulatorSdkTest {

  static final String ROLE = "arn:aws:iam::123456789012:role/local";
  static final String PASS = """
      {"StartAt":"Greet","States":{"Greet":{"Type":"Pass","Parameters":{"greeting.$":"States.Format('hello {}', $.name)"},"End":true}}}""";

  @RegisterExtension
  static final EmulatorApi API = EmulatorApi.with(b -> b
      .task("Charge", (input, ctx) -> io.statecraft.emulator.internal.Wire.object()
          .put("charged", input.path("amount").asInt())));

  private static String create(String name, String definition) {
    return API.sfn().createStateMachine(b -> b.name(name).definition(definition).roleArn(ROLE))
        .stateMachineArn();
  }

  @Test
  void runsAnExecutionStartedOverHttpToItsOutput() {
    String machine = create("hello", PASS);
    assertThat(machine).isEqualTo("arn:aws:states:us-east-1:123456789012:stateMachine:hello");

    String execution = API.sfn().startExecution(b -> b.stateMachineArn(machine).name("run-1")
        .input("{\"name\":\"Ada\"}")).executionArn();
    DescribeExecutionResponse described = SfnClients.awaitEnd(API.sfn(), execution);

    assertThat(execution).isEqualTo("arn:aws:states:us-east-1:123456789012:execution:hello:run-1");
    assertThat(described.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(described.output()).isEqualTo("{\"greeting\":\"hello Ada\"}");
    assertThat(described.input()).isEqualTo("{\"name\":\"Ada\"}");
    assertThat(described.stopDate()).isAfterOrEqualTo(described.startDate());
    List<HistoryEventType> types = API.sfn().getExecutionHistory(b -> b.executionArn(execution))
        .events().stream().map(HistoryEvent::type).toList();
    assertThat(types).containsExactly(HistoryEventType.EXECUTION_STARTED,
        HistoryEventType.PASS_STATE_ENTERED, HistoryEventType.PASS_STATE_EXITED,
        HistoryEventType.EXECUTION_SUCCEEDED);
  }

  @Test
  void callsTheBoundJavaHandlerForATaskState() {
    String machine = create("charge", """
        {"StartAt":"Charge","States":{"Charge":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:123456789012:function:charge","End":true}}}""");
    String execution = API.sfn().startExecution(b -> b
        .stateMachineArn(machine).input("{\"amount\":7}"))
        .executionArn();
    assertThat(SfnClients.awaitEnd(API.sfn(), execution).output()).isEqualTo("{\"charged\":7}");
  }

  @Test
  void pagesHistoryInReverseOrderWithoutExecutionData() {
    String machine = create("paged", PASS);
    String execution = API.sfn().startExecution(b -> b
        .stateMachineArn(machine).input("{\"name\":\"x\"}"))
        .executionArn();
    SfnClients.awaitEnd(API.sfn(), execution);

    GetExecutionHistoryResponse first = API.sfn().getExecutionHistory(b -> b.executionArn(execution)
        .maxResults(3).reverseOrder(true).includeExecutionData(false));
    GetExecutionHistoryResponse second = API.sfn().getExecutionHistory(b -> b
        .executionArn(execution)
        .maxResults(3).reverseOrder(true).nextToken(first.nextToken()));

    assertThat(first.events()).extracting(HistoryEvent::id).containsExactly(4L, 3L, 2L);
    assertThat(first.events().get(0).executionSucceededEventDetails().output()).isNull();
    assertThat(second.events()).extracting(HistoryEvent::id).containsExactly(1L);
    assertThat(second.nextToken()).isNull();
  }

  @Test
  void startExecutionIsIdempotentForTheSameNameAndInputOnly() {
    String machine = create("waits", """
        {"StartAt":"W","States":{"W":{"Type":"Wait","Seconds":30,"End":true}}}""");
    String first = API.sfn().startExecution(b -> b
        .stateMachineArn(machine).name("same").input("{}"))
        .executionArn();
    String again = API.sfn().startExecution(b -> b
        .stateMachineArn(machine).name("same").input("{}"))
        .executionArn();

    assertThat(again).isEqualTo(first);
    assertThatThrownBy(() -> API.sfn().startExecution(b -> b.stateMachineArn(machine).name("same")
        .input("{\"other\":1}")))
        .isInstanceOf(ExecutionAlreadyExistsException.class)
        .hasMessageStartingWith("Execution Already Exists: '" + first + "'");
    API.sfn().stopExecution(b -> b.executionArn(first));
  }

  @Test
  void stopExecutionEndsItAbortedWithTheCallersErrorAndCause() {
    String machine = create("stoppable", """
        {"StartAt":"W","States":{"W":{"Type":"Wait","Seconds":300,"End":true}}}""");
    String execution = API.sfn().startExecution(b -> b.stateMachineArn(machine)).executionArn();

    API.sfn().stopExecution(b -> b.executionArn(execution).error("Operator.Stop").cause("by hand"));

    DescribeExecutionResponse described = API.sfn().describeExecution(b -> b
        .executionArn(execution));
    assertThat(described.status()).isEqualTo(ExecutionStatus.ABORTED);
    assertThat(described.error()).isEqualTo("Operator.Stop");
    assertThat(described.cause()).isEqualTo("by hand");
    List<HistoryEvent> events = API.sfn().getExecutionHistory(b -> b
        .executionArn(execution)).events();
    HistoryEvent last = events.get(events.size() - 1);
    assertThat(last.type()).isEqualTo(HistoryEventType.EXECUTION_ABORTED);
    assertThat(last.executionAbortedEventDetails().error()).isEqualTo("Operator.Stop");
  }

  @Test
  void refusesAnInvalidDefinitionWithTheValidatorsDiagnostics() {
    assertThatThrownBy(() -> create("broken", "{\"StartAt\":\"Nowhere\",\"States\":{}}"))
        .isInstanceOf(InvalidDefinitionException.class)
        .hasMessageContaining("Invalid State Machine Definition: '")
        .hasMessageContaining("START_AT_UNKNOWN: StartAt names \"Nowhere\", but there is no"
            + " state of that name at /StartAt")
        .hasMessageContaining("SCHEMA_EMPTY: States must not be empty at /States");
  }

  @Test
  void validatesADefinitionInAwsResponseShape() {
    var ok = API.sfn().validateStateMachineDefinition(b -> b.definition(PASS));
    var fail = API.sfn().validateStateMachineDefinition(b -> b.definition("{\"StartAt\":1}"));

    assertThat(ok.result()).isEqualTo(ValidateStateMachineDefinitionResultCode.OK);
    assertThat(ok.diagnostics()).isEmpty();
    assertThat(fail.result()).isEqualTo(ValidateStateMachineDefinitionResultCode.FAIL);
    assertThat(fail.diagnostics()).isNotEmpty();
    assertThat(fail.diagnostics()).allSatisfy(d -> {
      assertThat(d.severityAsString()).isEqualTo("ERROR");
      assertThat(d.location()).startsWith("/");
    });
    assertThat(fail.diagnostics()).extracting(d -> d.code()).contains("SCHEMA_MISSING_FIELD");
  }

  @Test
  void answersMissingResourcesAndBadArnsWithAwsErrors() {
    String missing = "arn:aws:states:us-east-1:123456789012:execution:nope:nothing";
    assertThatThrownBy(() -> API.sfn().describeExecution(b -> b.executionArn(missing)))
        .isInstanceOf(ExecutionDoesNotExistException.class)
        .hasMessageStartingWith("Execution Does Not Exist: '" + missing + "'");
    assertThatThrownBy(() -> API.sfn().describeStateMachine(b -> b.stateMachineArn(
        "arn:aws:states:us-east-1:123456789012:stateMachine:nope")))
        .isInstanceOf(StateMachineDoesNotExistException.class);
    assertThatThrownBy(() -> API.sfn().describeExecution(b -> b.executionArn("not-an-arn")))
        .isInstanceOf(InvalidArnException.class)
        .hasMessageStartingWith("Invalid Arn: 'Invalid ARN prefix: not-an-arn'");
    create("twice", PASS);
    assertThatThrownBy(() -> create("twice", "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}"))
        .isInstanceOf(StateMachineAlreadyExistsException.class);
    assertThatThrownBy(() -> API.sfn().sendTaskSuccess(b -> b.taskToken("garbage").output("{}")))
        .isInstanceOf(InvalidTokenException.class);
    assertThatThrownBy(() -> API.sfn().sendTaskSuccess(b -> b.taskToken("AQBunknown").output("{}")))
        .isInstanceOf(TaskDoesNotExistException.class);
  }

  @Test
  void runsAVersionThroughAnAliasAndListsBoth() {
    CreateStateMachineResponse created = API.sfn().createStateMachine(b -> b.name("versioned")
        .definition(PASS).roleArn(ROLE).publish(true).versionDescription("first"));
    String machine = created.stateMachineArn();
    assertThat(created.stateMachineVersionArn()).isEqualTo(machine + ":1");
    String v2 = API.sfn().updateStateMachine(b -> b
        .stateMachineArn(machine).publish(true).definition(
        "{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"Result\":\"v2\",\"End\":true}}}"))
        .stateMachineVersionArn();
    assertThat(v2).isEqualTo(machine + ":2");
    String alias = API.sfn().createStateMachineAlias(b -> b.name("live").routingConfiguration(
        r -> r.stateMachineVersionArn(v2).weight(100))).stateMachineAliasArn();
    assertThat(alias).isEqualTo(machine + ":live");

    String execution = API.sfn().startExecution(b -> b.stateMachineArn(alias).input("{}"))
        .executionArn();
    DescribeExecutionResponse described = SfnClients.awaitEnd(API.sfn(), execution);

    assertThat(described.output()).isEqualTo("\"v2\"");
    assertThat(described.stateMachineAliasArn()).isEqualTo(alias);
    assertThat(described.stateMachineVersionArn()).isEqualTo(v2);
    assertThat(API.sfn().listStateMachineVersions(b -> b.stateMachineArn(machine))
        .stateMachineVersions()).extracting(v -> v.stateMachineVersionArn())
        .containsExactly(v2, machine + ":1");
    assertThat(API.sfn().describeStateMachine(b -> b.stateMachineArn(machine + ":1")).description())
        .isEqualTo("first");
  }

  @Test
  void startSyncExecutionRunsAnExpressMachineToItsEnd() {
    String machine = API.sfn().createStateMachine(b -> b
        .name("express").definition(PASS).roleArn(ROLE)
        .type(StateMachineType.EXPRESS)).stateMachineArn();

    var result = API.sfn().startSyncExecution(b -> b
        .stateMachineArn(machine).input("{\"name\":\"Bo\"}"));

    assertThat(result.status()).isEqualTo(SyncExecutionStatus.SUCCEEDED);
    assertThat(result.output()).isEqualTo("{\"greeting\":\"hello Bo\"}");
    assertThat(result.executionArn())
        .startsWith("arn:aws:states:us-east-1:123456789012:express:express:");
    assertThatThrownBy(() -> API.sfn().getExecutionHistory(b -> b
        .executionArn(result.executionArn())))
        .isInstanceOf(InvalidArnException.class)
        .hasMessageStartingWith("Invalid Arn: 'Resource type not valid in this context: express'");
  }

  @Test
  void refusesStartSyncExecutionOnAStandardMachine() {
    String machine = create("standard-sync", PASS);
    assertThatThrownBy(() -> API.sfn().startSyncExecution(b -> b.stateMachineArn(machine)))
        .isInstanceOf(software.amazon.awssdk.services.sfn.model.StateMachineTypeNotSupportedException.class);
  }

  @Test
  void runsANestedExecutionOfAnotherStateMachineCreatedOverHttp() {
    String child = create("nested-child", PASS);
    String parent = create("nested-parent", """
        {"StartAt":"Run","States":{"Run":{"Type":"Task",
          "Resource":"arn:aws:states:::states:startExecution.sync:2",
          "Parameters":{"StateMachineArn":"%s","Input":{"name":"child"}},
          "OutputPath":"$.Output","End":true}}}""".formatted(child));
    String execution = API.sfn().startExecution(b -> b.stateMachineArn(parent)).executionArn();
    assertThat(SfnClients.awaitEnd(API.sfn(), execution).output())
        .isEqualTo("{\"greeting\":\"hello child\"}");
  }

  @Test
  void completesACallbackTaskWithTheTokenFromItsHistory() {
    String machine = create("callback", """
        {"StartAt":"Ask","States":{"Ask":{"Type":"Task",
          "Resource":"arn:aws:states:::sqs:sendMessage.waitForTaskToken",
          "Parameters":{"QueueUrl":"q","MessageBody":{"token.$":"$$.Task.Token"}},"End":true}}}""");
    String execution = API.sfn().startExecution(b -> b.stateMachineArn(machine)).executionArn();

    String token = tokenFromHistory(execution);
    API.sfn().sendTaskHeartbeat(b -> b.taskToken(token));
    API.sfn().sendTaskSuccess(b -> b.taskToken(token).output("{\"approved\":true}"));

    DescribeExecutionResponse described = SfnClients.awaitEnd(API.sfn(), execution);
    assertThat(described.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(described.output()).isEqualTo("{\"approved\":true}");
    assertThat(API.sfn().getExecutionHistory(b -> b.executionArn(execution)).events())
        .extracting(HistoryEvent::type).contains(HistoryEventType.TASK_SUBMITTED,
            HistoryEventType.TASK_SUCCEEDED);
    assertThatThrownBy(() -> API.sfn().sendTaskSuccess(b -> b.taskToken(token).output("{}")))
        .isInstanceOf(software.amazon.awssdk.services.sfn.model.TaskTimedOutException.class);
  }

  @Test
  void runsAnActivityWorkerLoop() {
    String activity = API.sfn().createActivity(b -> b.name("approve")).activityArn();
    assertThat(activity).isEqualTo("arn:aws:states:us-east-1:123456789012:activity:approve");
    String machine = create("activity", """
        {"StartAt":"Approve","States":{"Approve":{"Type":"Task","Resource":"%s","End":true}}}"""
        .formatted(activity));
    String execution = API.sfn().startExecution(b -> b.stateMachineArn(machine).input("{\"n\":1}"))
        .executionArn();

    var task = API.sfn().getActivityTask(b -> b.activityArn(activity).workerName("worker-1"));
    API.sfn().sendTaskHeartbeat(b -> b.taskToken(task.taskToken()));
    API.sfn().sendTaskSuccess(b -> b.taskToken(task.taskToken()).output("{\"n\":2}"));

    assertThat(task.input()).isEqualTo("{\"n\":1}");
    assertThat(SfnClients.awaitEnd(API.sfn(), execution).output()).isEqualTo("{\"n\":2}");
    List<HistoryEvent> events = API.sfn().getExecutionHistory(b -> b
        .executionArn(execution)).events();
    assertThat(events).extracting(HistoryEvent::type).containsSubsequence(
        HistoryEventType.ACTIVITY_SCHEDULED, HistoryEventType.ACTIVITY_STARTED,
        HistoryEventType.ACTIVITY_SUCCEEDED);
    assertThat(events.get(3).activityStartedEventDetails().workerName()).isEqualTo("worker-1");
  }

  @Test
  void failsAnActivityTaskWithTheWorkersErrorAndCause() {
    String activity = API.sfn().createActivity(b -> b.name("fails")).activityArn();
    String machine = create("failing-activity", """
        {"StartAt":"Work","States":{"Work":{"Type":"Task","Resource":"%s","End":true}}}"""
        .formatted(activity));
    String execution = API.sfn().startExecution(b -> b.stateMachineArn(machine)).executionArn();

    var task = API.sfn().getActivityTask(b -> b.activityArn(activity));
    API.sfn().sendTaskFailure(b -> b
        .taskToken(task.taskToken()).error("Worker.Broke").cause("disk"));

    DescribeExecutionResponse described = SfnClients.awaitEnd(API.sfn(), execution);
    assertThat(described.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(described.error()).isEqualTo("Worker.Broke");
    assertThat(described.cause()).isEqualTo("disk");
  }

  @Test
  void failsACallbackTaskWhoseHeartbeatStops() {
    String machine = create("heartbeat", """
        {"StartAt":"Ask","States":{"Ask":{"Type":"Task","HeartbeatSeconds":1,
          "Resource":"arn:aws:states:::sns:publish.waitForTaskToken",
          "Parameters":{"TopicArn":"t","Message.$":"$$.Task.Token"},"End":true}}}""");
    String execution = API.sfn().startExecution(b -> b.stateMachineArn(machine)).executionArn();

    DescribeExecutionResponse described = SfnClients.awaitEnd(API.sfn(), execution);

    assertThat(described.status()).isEqualTo(ExecutionStatus.FAILED);
    // AWS records a missed heartbeat as States.Timeout (conformance timeouts/test_heartbeats).
    assertThat(described.error()).isEqualTo("States.Timeout");
  }

  private static String tokenFromHistory(String execution) {
    // A worker would read the token from the SQS message; here it is in TaskScheduled's
    // parameters. Poll until the task has submitted, i.e. waits for the token.
    for (int i = 0; i < 1000; i++) {
      List<HistoryEvent> events = API.sfn().getExecutionHistory(b -> b
          .executionArn(execution)).events();
      if (events.stream().anyMatch(e -> e.type() == HistoryEventType.TASK_SUBMITTED)) {
        String parameters = events.stream()
            .filter(e -> e.type() == HistoryEventType.TASK_SCHEDULED).findFirst()
            .orElseThrow().taskScheduledEventDetails().parameters();
        return Wire.document(parameters, "x", "x").path("MessageBody").path("token").asString();
      }
    }
    throw new AssertionError("the callback task never submitted");
  }
}
