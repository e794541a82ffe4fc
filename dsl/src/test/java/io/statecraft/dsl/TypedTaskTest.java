package io.statecraft.dsl;

import static io.statecraft.dsl.Steps.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.statecraft.asl.MapState;
import io.statecraft.asl.StateMachine;
import io.statecraft.asl.TaskState;
import io.statecraft.dsl.flow.TaskStep;
import io.statecraft.dsl.internal.TaskResults;
import io.statecraft.dsl.internal.TaskResults.Declared;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** {@code task(...).result(Record.class)}: the typed result selector and what the build keeps. */
class TypedTaskTest {

  record Charge(String chargeId, int attempts) {}

  record Item(String sku) {}

  @Test
  void should_write_the_result_selector_of_a_lambda_task_under_its_payload() {
    StateMachine machine = stateMachine()
        .startWith(task("Charge card", lambdaInvoke("charge"))
            .result(Charge.class)
            .timeout(Duration.ofSeconds(30))
            .retry(retryOn(States.TIMEOUT))
            .resultSelector(charge -> payload()
                .put("chargeId", charge.then(Charge::chargeId).path())
                .put("attempts", charge.then(Charge::attempts).path()))
            .resultPath("$.charge")
            .next(succeed("Done")))
        .build();

    TaskState task = (TaskState) machine.states().get("Charge card");
    assertThat(task.resultSelector().toString())
        .isEqualTo("{\"chargeId.$\":\"$.Payload.chargeId\",\"attempts.$\":\"$.Payload.attempts\"}");
    assertThat(task.timeoutSeconds().number().intValue()).isEqualTo(30);
    assertThat(task.retry()).hasSize(1);
  }

  @Test
  void should_write_the_result_selector_of_another_integration_against_the_whole_result() {
    StateMachine machine = stateMachine()
        .startWith(task("Charge card", awsSdk("payments", "charge"))
            .result(Charge.class)
            .resultSelector(charge -> payload().put("id", charge.then(Charge::chargeId).path())))
        .build();

    assertThat(((TaskState) machine.states().get("Charge card")).resultSelector().toString())
        .isEqualTo("{\"id.$\":\"$.chargeId\"}");
  }

  @Test
  void should_keep_the_result_records_of_the_built_machine_by_state_name() {
    StateMachine machine = stateMachine()
        .startWith(task("Charge card", lambdaInvoke("charge")).result(Charge.class)
            .next(map("Each item", task("Ship item", sqsSendMessage("queue", path("$")))
                    .result(Item.class))
                .itemsPath("$.items"))
            .next(task("Notify", snsPublish("topic", "done"))))
        .build();

    assertThat(TaskResults.of(machine)).containsOnly(
        java.util.Map.entry("Charge card", new Declared(Charge.class, "/Payload")),
        java.util.Map.entry("Ship item", new Declared(Item.class, "")));
    assertThat(((MapState) machine.states().get("Each item")).itemsPath()).isEqualTo("$.items");
  }

  @Test
  void should_write_the_same_asl_with_or_without_a_result_record() {
    TaskStep plain = task("Charge card", lambdaInvoke("charge"));
    StateMachine typed = stateMachine().startWith(plain.result(Charge.class)).build();
    StateMachine untyped = stateMachine().startWith(plain).build();

    assertThat(typed).isEqualTo(untyped);
    // Kept by machine object, not by equality: the machine built without it has none.
    assertThat(TaskResults.of(untyped)).isEmpty();
    assertThat(TaskResults.of(typed)).containsOnlyKeys("Charge card");
  }

  @Test
  void should_leave_the_declaring_builder_unchanged() {
    TaskStep plain = task("Charge card", lambdaInvoke("charge"));
    StateMachine before = stateMachine().startWith(plain).build();
    StateMachine typed = stateMachine().startWith(plain.result(Charge.class)).build();
    StateMachine after = stateMachine().startWith(plain).build();

    assertThat(TaskResults.of(typed)).isNotEmpty();
    assertThat(TaskResults.of(before)).isEmpty();
    assertThat(TaskResults.of(after)).isEmpty();
  }
}
