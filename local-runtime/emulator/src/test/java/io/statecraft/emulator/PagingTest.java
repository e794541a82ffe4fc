package io.statecraft.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.sfn.model.ExecutionListItem;
import software.amazon.awssdk.services.sfn.model.InvalidTokenException;
import software.amazon.awssdk.services.sfn.model.ListExecutionsResponse;

/** Paging as AWS pages: no item twice or lost when items come meanwhile, tokens bound. */
class PagingTest {

  @RegisterExtension
  static final EmulatorApi API = EmulatorApi.standard();

  private static String machine(String name) {
    return API.sfn().createStateMachine(b -> b.name(name).roleArn(StepFunctionsEmulatorSdkTest.ROLE)
        .definition("{\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}}"))
        .stateMachineArn();
  }

  private static void start(String machine, String name) {
    API.sfn().startExecution(b -> b.stateMachineArn(machine).name(name));
  }

  @Test
  void executionsStartedBetweenTwoPagesNeitherRepeatNorHideOne() {
    String machine = machine("paged");
    for (String name : List.of("a", "b", "c")) {
      start(machine, name);
    }
    ListExecutionsResponse first = API.sfn().listExecutions(b -> b.stateMachineArn(machine)
        .maxResults(2));
    start(machine, "d");

    ListExecutionsResponse second = API.sfn().listExecutions(b -> b.stateMachineArn(machine)
        .maxResults(2).nextToken(first.nextToken()));

    List<String> seen = new ArrayList<>();
    first.executions().stream().map(ExecutionListItem::name).forEach(seen::add);
    second.executions().stream().map(ExecutionListItem::name).forEach(seen::add);
    assertThat(seen).containsExactly("c", "b", "a");
  }

  @Test
  void aTokenGivenToAnotherRequestIsRefused() {
    String machine = machine("paged-one");
    String other = machine("paged-other");
    for (String name : List.of("a", "b")) {
      start(machine, name);
      start(other, name);
    }
    String token = API.sfn().listExecutions(b -> b.stateMachineArn(machine).maxResults(1))
        .nextToken();

    assertThatThrownBy(() -> API.sfn().listExecutions(b -> b.stateMachineArn(other)
        .maxResults(1).nextToken(token))).isInstanceOf(InvalidTokenException.class);
  }
}
