package io.statecraft.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeStateMachineResponse;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.InvalidArnException;
import software.amazon.awssdk.services.sfn.model.LogLevel;

/** What a state machine is created with, kept and answered as AWS does. */
class MachineSettingsTest {

  private static final String PASS = """
      {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}""";
  private static final String ROLE = "arn:aws:iam::123456789012:role/Orders";
  private static final String LOG_GROUP =
      "arn:aws:logs:us-east-1:123456789012:log-group:orders:*";

  private static StepFunctionsEmulator emulator;
  private static SfnClient sfn;

  @BeforeAll
  static void start() {
    emulator = StepFunctionsEmulator.start();
    sfn = SfnClients.of(emulator.endpoint());
  }

  @AfterAll
  static void stop() {
    sfn.close();
    emulator.close();
  }

  @Test
  void should_answer_the_logging_and_tracing_a_machine_was_created_and_updated_with() {
    // GIVEN
    String arn = sfn.createStateMachine(b -> b.name("Logged").definition(PASS).roleArn(ROLE)
        .loggingConfiguration(l -> l.level(LogLevel.ERROR).includeExecutionData(true)
            .destinations(d -> d.cloudWatchLogsLogGroup(g -> g.logGroupArn(LOG_GROUP))))
        .tracingConfiguration(t -> t.enabled(true))).stateMachineArn();

    // WHEN
    DescribeStateMachineResponse created = sfn.describeStateMachine(b -> b.stateMachineArn(arn));
    sfn.updateStateMachine(b -> b.stateMachineArn(arn)
        .tracingConfiguration(t -> t.enabled(false)));
    DescribeStateMachineResponse updated = sfn.describeStateMachine(b -> b.stateMachineArn(arn));

    // THEN
    assertThat(created.loggingConfiguration().level()).isEqualTo(LogLevel.ERROR);
    assertThat(created.loggingConfiguration().includeExecutionData()).isTrue();
    assertThat(created.loggingConfiguration().destinations().get(0).cloudWatchLogsLogGroup()
        .logGroupArn()).isEqualTo(LOG_GROUP);
    assertThat(created.tracingConfiguration().enabled()).isTrue();
    assertThat(updated.tracingConfiguration().enabled()).isFalse();
    assertThat(updated.loggingConfiguration().level()).isEqualTo(LogLevel.ERROR);
  }

  @Test
  void should_answer_the_trace_header_and_start_with_the_machine_role() {
    // GIVEN
    String machine = sfn.createStateMachine(b -> b.name("Traced").definition(PASS).roleArn(ROLE)
        .tracingConfiguration(t -> t.enabled(true))).stateMachineArn();
    String header = "Root=1-5759e988-bd862e3fe1be46a994272793;Sampled=1";

    // WHEN
    String execution = sfn.startExecution(b -> b.stateMachineArn(machine).traceHeader(header))
        .executionArn();
    SfnClients.awaitEnd(sfn, execution);

    // THEN
    assertThat(sfn.describeExecution(b -> b.executionArn(execution)).traceHeader())
        .isEqualTo(header);
    HistoryEvent started = sfn.getExecutionHistory(b -> b.executionArn(execution)).events()
        .get(0);
    assertThat(started.executionStartedEventDetails().roleArn()).isEqualTo(ROLE);
    assertThat(sfn.describeStateMachineForExecution(b -> b.executionArn(execution))
        .tracingConfiguration().enabled()).isTrue();
  }

  @Test
  void should_refuse_a_role_arn_that_is_no_iam_role_with_invalid_arn() {
    assertThatThrownBy(() -> sfn.createStateMachine(b -> b.name("NoRole").definition(PASS)
        .roleArn("arn:aws:iam::aws:policy/AWSBatchFullAccess")))
        .isInstanceOf(InvalidArnException.class)
        .hasMessageStartingWith(
            "Invalid Role Arn: 'arn:aws:iam::aws:policy/AWSBatchFullAccess'");
  }
}
