package io.statecraft.diagrams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.statecraft.asl.StateMachine;
import io.statecraft.asl.diagnostic.InvalidDefinitionException;
import io.statecraft.asl.internal.JsonMappers;
import io.statecraft.compiler.Asl;
import io.statecraft.compiler.SharedFolder;
import io.statecraft.diagrams.ExecutionOverlay.Status;
import io.statecraft.diagrams.internal.Trace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ExecutionOverlayTest {

  private static final JsonMapper JSON = JsonMappers.STANDARD;

  @Test
  void countsRetriesAndMarksACaughtFailureAndTheCatchEdgeTaken() throws IOException {
    JsonNode recording = recording("scenarios/test_base_scenarios__test_lambda_invoke_with_retry_base.json");
    ExecutionOverlay run = ExecutionOverlay.fromHistory(recording.get("expected"));

    assertThat(run.status("InvokeLambdaWithRetry")).isEqualTo(Status.CAUGHT);
    assertThat(run.retries("InvokeLambdaWithRetry")).isEqualTo(3);
    assertThat(run.error("InvokeLambdaWithRetry")).isEqualTo("Exception");
    assertThat(run.status("HandleError")).isEqualTo(Status.SUCCEEDED);
    assertThat(run.executionStatus()).isEqualTo("SUCCEEDED");

    String svg = Diagrams.svg(Asl.fromJson(recording.get("definition")), run);
    assertThat(svg).contains("caught Exception · retried 3×")
        .containsPattern("class=\"sc-edge sc-catch sc-taken\"")
        // The Next edge to End was not taken: the state left through its Catch.
        .containsPattern("<path id=\"sc-e\\d+\" class=\"sc-edge\" d=\"[^\"]+\" marker-end=\"url\\(#sc-arrow-idle\\)\"/>");
  }

  @Test
  void marksTheFailedStateRedWithItsErrorAndStatesNotReachedGrey() throws IOException {
    ExecutionOverlay run =
        ExecutionOverlay.fromHistory(Goldens.input("order-fulfillment.declined.history.json"));

    assertThat(run.status("Validate Order")).isEqualTo(Status.SUCCEEDED);
    assertThat(run.status("Charge Card")).isEqualTo(Status.CAUGHT);
    assertThat(run.retries("Charge Card")).isEqualTo(1);
    assertThat(run.status("Payment Declined")).isEqualTo(Status.FAILED);
    assertThat(run.error("Payment Declined")).isEqualTo("Payment.Declined");
    assertThat(run.status("Save Order")).isEqualTo(Status.NOT_REACHED);
    assertThat(run.executionStatus()).isEqualTo("FAILED");
    assertThat(Diagrams.svg(DiagramsGoldenTest.orderFulfillment(), run))
        .contains("class=\"sc-state sc-fail sc-failed\" data-state=\"Payment Declined\"")
        .contains("class=\"sc-state sc-task sc-not-reached\" data-state=\"Save Order\"");
  }

  @Test
  void marksAMapFailedWhenItsIterationsTimedOut() throws IOException {
    JsonNode recording = recording("timeouts/test_timeouts__test_service_lambda_map_timeout.json");
    ExecutionOverlay run = ExecutionOverlay.fromHistory(recording.get("expected"));

    assertThat(run.status("MapWait")).isEqualTo(Status.FAILED);
    assertThat(run.error("MapWait")).isEqualTo("States.Timeout");
    assertThat(run.entries("LambdaInvoke")).isEqualTo(4);
    assertThat(run.status("LambdaInvoke")).isEqualTo(Status.FAILED);
  }

  @Test
  void readsEveryRecordedAwsHistoryAndPlacesEveryEnteredStateOnTheDiagram() throws IOException {
    List<String> problems = new ArrayList<>();
    int drawn = 0;
    for (Path file : SharedFolder.jsonFiles("conformance/cases")) {
      JsonNode recording = JSON.readTree(Files.readString(file));
      JsonNode events = recording.path("expected").get("events");
      if (events == null || events.isEmpty()) {
        continue;
      }
      StateMachine machine;
      try {
        machine = Asl.fromJson(recording.get("definition"));
      } catch (InvalidDefinitionException notAsl) {
        continue;
      }
      ExecutionOverlay run = ExecutionOverlay.fromHistory(recording.get("expected"));
      for (JsonNode event : events) {
        String name = event.path("stateEnteredEventDetails").path("name").asString(null);
        if (name != null && run.status(name) == Status.NOT_REACHED) {
          problems.add(file.getFileName() + ": entered " + name + " but shown as not reached");
        }
      }
      String svg = Diagrams.svg(machine, run);
      if (!svg.contains("sc-taken")) {
        problems.add(file.getFileName() + ": no transition drawn as taken");
      }
      drawn++;
    }
    assertThat(problems).isEmpty();
    assertThat(drawn).isGreaterThan(300);
  }

  @Test
  void refusesAHistoryThatIsNotAnEventList() {
    assertThatThrownBy(() -> ExecutionOverlay.fromHistory("{\"executions\": []}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("{\"events\": [...]}");
    assertThatThrownBy(() -> ExecutionOverlay.fromHistory("{\"events\": [{\"id\": 1}]}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("/events/0 has no \"type\"");
    assertThatThrownBy(() -> ExecutionOverlay.fromHistory("{\"events\": ["))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("execution history is not JSON");
  }

  @Test
  void statusesAreTheInternalTracesByName() {
    assertThat(Arrays.stream(Status.values()).map(Enum::name))
        .containsExactlyElementsOf(Arrays.stream(Trace.Status.values()).map(Enum::name).toList());
  }

  private static JsonNode recording(String relative) throws IOException {
    return JSON.readTree(Files.readString(SharedFolder.resolve("conformance/cases/" + relative)));
  }
}
