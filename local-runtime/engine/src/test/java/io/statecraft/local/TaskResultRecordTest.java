package io.statecraft.local;

import static io.statecraft.dsl.Steps.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.statecraft.asl.StateMachine;
import io.statecraft.dsl.Workflow;
import io.statecraft.local.task.TaskHandler;
import io.statecraft.local.typed.TypeMismatchException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Task states that declare their result record ({@code task(...).result(Charge.class)}): local
 * runs check what handlers and mocks answer against it, and typed handlers return it.
 */
class TaskResultRecordTest {

  public record ChargeRequest(String orderId, BigDecimal amount) {}

  public record Charge(String chargeId, BigDecimal amount) {}

  public record Stock(String sku, int reserved) {}

  /** Charges with a Lambda function, reserves with an SDK call; both results declared. */
  public static final class Checkout implements Workflow {
    @Override
    public StateMachine define() {
      return stateMachine()
          .startWith(task("Charge", lambdaInvoke("charge").payload(path("$")))
              .result(Charge.class)
              .resultSelector(charge -> payload()
                  .put("chargeId", charge.then(Charge::chargeId).path())
                  .put("amount", charge.then(Charge::amount).path()))
              .resultPath("$.charge")
              .next(task("Reserve", awsSdk("inventory", "reserve")).result(Stock.class)
                  .resultPath("$.stock"))
              .next(succeed("Done")))
          .build();
    }
  }

  private static final String ORDER = "{\"orderId\": \"o-1\", \"amount\": 30}";

  private static final LocalStepFunctions RUNTIME = LocalStepFunctions.builder()
      .task("Charge", TaskHandler.typed(ChargeRequest.class, Charge.class,
          (request, ctx) -> new Charge("ch-" + request.orderId(), request.amount())))
      .task("Reserve", (input, ctx) -> Json.parse("{\"sku\": \"BOOK-7\", \"reserved\": 2}"))
      .build();

  @Test
  void should_run_when_every_result_fits_its_record() {
    Execution execution = RUNTIME.load(new Checkout()).run(ORDER);

    assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(execution.output().get("charge").toString())
        .isEqualTo("{\"chargeId\":\"ch-o-1\",\"amount\":30}");
    assertThat(execution.output().get("stock").get("reserved").asInt()).isEqualTo(2);
  }

  @Test
  void should_name_the_field_when_a_lambda_handler_returns_what_does_not_fit() {
    LocalStateMachine checkout = RUNTIME.load(new Checkout())
        .withTask("Charge", (input, ctx) -> Json.parse("{\"chargeId\": 7, \"amount\": 30}"));

    assertThatThrownBy(() -> checkout.run(ORDER))
        .isInstanceOfSatisfying(TypeMismatchException.class,
            e -> assertThat(e.record()).isEqualTo(Charge.class))
        .hasMessage(String.join(System.lineSeparator(),
            "the result of task 'Charge' does not fit Charge, its result record:",
            "  /chargeId must be a string, not the number 7"));
  }

  @Test
  void should_check_the_payload_of_a_raw_lambda_response() {
    LocalStateMachine checkout = RUNTIME.load(new Checkout())
        .withTask("Charge", TaskHandler.raw((input, ctx) -> Json.parse(
            "{\"StatusCode\": 200, \"Payload\": {\"chargeId\": \"ch-1\"}}")));

    assertThatThrownBy(() -> checkout.run(ORDER))
        .isInstanceOf(TypeMismatchException.class)
        .hasMessageEndingWith("  the object needs the field \"amount\"");
  }

  @Test
  void should_check_the_whole_result_of_another_integration() {
    LocalStateMachine checkout = RUNTIME.load(new Checkout())
        .withTask("Reserve", (input, ctx) -> Json.parse(
            "{\"sku\": \"BOOK-7\", \"reserved\": 3000000000}"));

    assertThatThrownBy(() -> checkout.run(ORDER))
        .isInstanceOf(TypeMismatchException.class)
        .hasMessage(String.join(System.lineSeparator(),
            "the result of task 'Reserve' does not fit Stock, its result record:",
            "  /reserved must be at most 2147483647, not the number 3000000000"));
  }

  @Test
  void should_name_the_null_a_typed_handler_put_in_its_result_record() {
    LocalStateMachine checkout = RUNTIME.load(new Checkout())
        .withTask("Charge", TaskHandler.typed(ChargeRequest.class, Charge.class,
            (request, ctx) -> new Charge(null, request.amount())));

    assertThatThrownBy(() -> checkout.run(ORDER))
        .isInstanceOf(TypeMismatchException.class)
        .hasMessage(String.join(System.lineSeparator(),
            "the result of task 'Charge' does not fit Charge:",
            "  /chargeId must be a string, not null"));
  }

  @Test
  void should_check_results_of_a_machine_loaded_without_its_workflow() {
    LocalStateMachine checkout = RUNTIME.load("Checkout", new Checkout().define())
        .withTask("Reserve", (input, ctx) -> Json.parse("{\"sku\": \"BOOK-7\"}"));

    assertThatThrownBy(() -> checkout.run(ORDER))
        .isInstanceOf(TypeMismatchException.class)
        .hasMessageEndingWith("  the object needs the field \"reserved\"");
  }

  @Test
  void should_not_check_results_of_the_same_machine_read_from_asl() {
    String asl = io.statecraft.compiler.Asl.write(new Checkout().define());
    Execution execution = RUNTIME.load("Checkout", asl)
        .withTask("Reserve", (input, ctx) -> Json.parse("{\"sku\": \"BOOK-7\"}"))
        .run(ORDER);

    assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
  }
}
