package io.statecraft.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.ExecutionDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.InvalidTokenException;
import software.amazon.awssdk.services.sfn.model.StateMachineDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.StateMachineListItem;
import software.amazon.awssdk.services.sfn.model.StateMachineType;

/** Clients of two regions against one emulator: each region apart, as on AWS. */
class RegionsTest {

  private static final String PASS = """
      {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}""";
  private static final String ROLE = "arn:aws:iam::111122223333:role/Orders";

  private static StepFunctionsEmulator emulator;
  private static SfnClient virginia;
  private static SfnClient ireland;

  @BeforeAll
  static void start() {
    emulator = StepFunctionsEmulator.builder().account("111122223333").start();
    virginia = SfnClients.of(emulator.endpoint(), Region.US_EAST_1);
    ireland = SfnClients.of(emulator.endpoint(), Region.EU_WEST_1);
  }

  @AfterAll
  static void stop() {
    virginia.close();
    ireland.close();
    emulator.close();
  }

  private static String create(SfnClient sfn, String name, StateMachineType type) {
    return sfn.createStateMachine(b -> b.name(name).definition(PASS).roleArn(ROLE).type(type))
        .stateMachineArn();
  }

  @Test
  void should_make_arns_in_the_region_of_the_request_signature() {
    // WHEN
    String machine = create(ireland, "Orders", StateMachineType.STANDARD);
    String execution = ireland.startExecution(b -> b.stateMachineArn(machine).name("o-1"))
        .executionArn();

    // THEN
    assertThat(machine).isEqualTo("arn:aws:states:eu-west-1:111122223333:stateMachine:Orders");
    assertThat(execution)
        .isEqualTo("arn:aws:states:eu-west-1:111122223333:execution:Orders:o-1");
    assertThat(SfnClients.awaitEnd(ireland, execution).statusAsString()).isEqualTo("SUCCEEDED");
  }

  @Test
  void should_not_show_a_region_what_another_region_holds() {
    // GIVEN
    String irish = create(ireland, "Invoices", StateMachineType.STANDARD);
    String execution = ireland.startExecution(b -> b.stateMachineArn(irish)).executionArn();
    String activity = ireland.createActivity(b -> b.name("Approve")).activityArn();

    // THEN
    assertThatThrownBy(() -> virginia.describeStateMachine(b -> b.stateMachineArn(irish)))
        .isInstanceOf(StateMachineDoesNotExistException.class);
    assertThatThrownBy(() -> virginia.describeExecution(b -> b.executionArn(execution)))
        .isInstanceOf(ExecutionDoesNotExistException.class);
    assertThat(virginia.listStateMachines(b -> {}).stateMachines())
        .extracting(StateMachineListItem::stateMachineArn).doesNotContain(irish);
    assertThat(virginia.listActivities(b -> {}).activities()).noneMatch(
        a -> a.activityArn().equals(activity));
    assertThat(activity).startsWith("arn:aws:states:eu-west-1:111122223333:activity:");
    // The same name in another region is another machine; deleting it leaves the first.
    String american = create(virginia, "Invoices", StateMachineType.STANDARD);
    assertThat(american).isEqualTo("arn:aws:states:us-east-1:111122223333:stateMachine:Invoices");
    virginia.deleteStateMachine(b -> b.stateMachineArn(irish));
    assertThat(ireland.describeStateMachine(b -> b.stateMachineArn(irish)).name())
        .isEqualTo("Invoices");
  }

  @Test
  void should_run_express_executions_in_their_machine_region() {
    // GIVEN
    String machine = create(ireland, "Quick", StateMachineType.EXPRESS);

    // WHEN
    var done = ireland.startSyncExecution(b -> b.stateMachineArn(machine).name("q-1"));

    // THEN
    assertThat(done.executionArn())
        .startsWith("arn:aws:states:eu-west-1:111122223333:express:Quick:q-1:");
    assertThat(done.statusAsString()).isEqualTo("SUCCEEDED");
  }

  @Test
  void should_refuse_a_task_token_answered_through_another_region() {
    // GIVEN
    String activity = ireland.createActivity(b -> b.name("Sign")).activityArn();
    String machine = ireland.createStateMachine(b -> b.name("Signing").roleArn(ROLE)
        .definition("""
            {"StartAt": "Sign", "States": {"Sign": {"Type": "Task", "Resource": "%s",
              "End": true}}}""".formatted(activity))).stateMachineArn();
    String execution = ireland.startExecution(b -> b.stateMachineArn(machine)).executionArn();
    String token = ireland.getActivityTask(b -> b.activityArn(activity)).taskToken();

    // THEN
    assertThatThrownBy(() -> virginia.sendTaskSuccess(b -> b.taskToken(token).output("{}")))
        .isInstanceOf(InvalidTokenException.class);
    assertThatThrownBy(() -> virginia.sendTaskHeartbeat(b -> b.taskToken(token)))
        .isInstanceOf(InvalidTokenException.class);
    assertThatThrownBy(() -> virginia.sendTaskFailure(b -> b.taskToken(token)))
        .isInstanceOf(InvalidTokenException.class);
    ireland.sendTaskSuccess(b -> b.taskToken(token).output("{\"signed\": true}"));
    assertThat(SfnClients.awaitEnd(ireland, execution).output()).isEqualTo("{\"signed\":true}");
  }
}
