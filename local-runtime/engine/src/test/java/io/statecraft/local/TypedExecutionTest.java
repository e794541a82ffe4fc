package io.statecraft.local;

import io.statecraft.local.typed.TypeMismatchException;
import static io.statecraft.dsl.Steps.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.statecraft.asl.StateMachine;
import io.statecraft.asl.diagnostic.Diagnostic;
import io.statecraft.dsl.TypedWorkflow;
import io.statecraft.dsl.Workflow;
import io.statecraft.dsl.payload.Paths;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A {@link TypedWorkflow} run locally: its input is checked, its output read as a record. */
class TypedExecutionTest {

  public record Line(String sku, int quantity) {}

  public record Order(String orderId, List<Line> lines, BigDecimal total) {}

  public record Receipt(String orderId, String firstSku, BigDecimal charged) {}

  /** Builds the receipt from the order with paths written against the records. */
  public static final class Checkout implements TypedWorkflow<Order, Receipt> {
    @Override
    public StateMachine define() {
      return stateMachine()
          .startWith(task("Charge", lambdaInvoke("charge")
                  .payload(payload().put("amount", path(Order::total))))
              .resultPath("$.charge")
              .next(pass("Receipt").parameters(payload()
                  .put("orderId", path(Order::orderId))
                  .put("firstSku", Paths.of(Order::lines).at(0).then(Line::sku).path())
                  .put("charged", path("$.charge.Payload.amount"))))
              .next(succeed("Done")))
          .build();
    }
  }

  /** The same machine, untyped. */
  public static final class Untyped implements Workflow {
    @Override
    public StateMachine define() {
      return new Checkout().define();
    }
  }

  private static final LocalStepFunctions RUNTIME = LocalStepFunctions.builder()
      .task("Charge", (input, ctx) -> Json.object().set("amount", input.get("amount")))
      .build();

  private static final Order ORDER = new Order("o-1",
      List.of(new Line("BOOK-7", 2), new Line("PEN-1", 1)), new BigDecimal("30.50"));

  @Test
  void should_run_a_record_and_read_the_output_as_a_record() {
    // GIVEN
    LocalStateMachine checkout = RUNTIME.load(new Checkout());
    // WHEN
    Execution execution = checkout.run(ORDER);
    // THEN
    assertThat(execution.output(Receipt.class))
        .isEqualTo(new Receipt("o-1", "BOOK-7", new BigDecimal("30.50")));
    assertThat(checkout.inputType()).contains(Order.class);
    assertThat(checkout.outputType()).contains(Receipt.class);
  }

  @Test
  void should_refuse_an_input_that_does_not_fit_naming_each_field() {
    LocalStateMachine checkout = RUNTIME.load(new Checkout());

    assertThatThrownBy(() -> checkout.run("""
        {"orderId": 1, "lines": [{"sku": "BOOK-7", "quantity": "2"}]}"""))
        .isInstanceOfSatisfying(TypeMismatchException.class, e -> {
          assertThat(e.record()).isEqualTo(Order.class);
          assertThat(e.diagnostics()).extracting(Diagnostic::pointer)
              .containsExactlyInAnyOrder("/orderId", "/lines/0/quantity", "/total");
        })
        .hasMessageStartingWith("the input does not fit Order, the input record of Checkout:")
        .hasMessageContaining("\n  /orderId must be a string, not the number 1")
        .hasMessageContaining("\n  /lines/0/quantity must be a whole number, not the string \"2\"")
        .hasMessageContaining("\n  the object needs the field \"total\"");
  }

  @Test
  void should_check_the_input_of_an_execution_started_in_the_background() {
    LocalStateMachine checkout = RUNTIME.load(new Checkout());

    assertThatThrownBy(() -> checkout.start("bad", Json.parse("{}")))
        .isInstanceOf(TypeMismatchException.class);
  }

  @Test
  void should_not_check_the_input_of_a_workflow_without_records() {
    Execution execution = RUNTIME.load(new Untyped()).run("{\"orderId\": 1}");

    assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(execution.error()).isEqualTo("States.Runtime");
  }

  @Test
  void should_name_the_field_when_the_output_does_not_fit_the_record() {
    Execution execution = RUNTIME.load(new Checkout()).run(ORDER);

    assertThatThrownBy(() -> execution.output(Order.class))
        .isInstanceOf(TypeMismatchException.class)
        .hasMessage("the output of execution " + execution.name() + " does not fit Order:"
            + System.lineSeparator() + "  the object needs the field \"lines\""
            + System.lineSeparator() + "  the object needs the field \"total\"");
  }

  public record ChargeRequest(BigDecimal amount) {}

  public record ChargeResult(BigDecimal amount) {}

  @Test
  void should_hand_a_typed_handler_its_input_as_a_record() {
    Execution execution = RUNTIME.load(new Checkout())
        .withTask("Charge", io.statecraft.local.task.TaskHandler.typed(ChargeRequest.class,
            (request, ctx) -> new ChargeResult(request.amount().add(BigDecimal.ONE))))
        .run(ORDER);

    assertThat(execution.output(Receipt.class).charged()).isEqualByComparingTo("31.50");
  }

  @Test
  void should_name_the_field_when_a_task_input_does_not_fit_the_handlers_record() {
    record Wrong(String currency) {}
    LocalStateMachine checkout = RUNTIME.load(new Checkout())
        .withTask("Charge", io.statecraft.local.task.TaskHandler.typed(Wrong.class,
            (request, ctx) -> request));

    assertThatThrownBy(() -> checkout.run(ORDER))
        .isInstanceOf(TypeMismatchException.class)
        .hasMessage("the input of task 'Charge' does not fit Wrong:" + System.lineSeparator()
            + "  the object needs the field \"currency\"");
  }

  @Test
  void should_give_the_error_when_a_failed_execution_is_read_as_a_record() {
    Execution execution = RUNTIME.load(new Checkout())
        .withTask("Charge", (input, ctx) -> {
          throw new io.statecraft.local.task.TaskFailure("Card.Declined", "no funds");
        })
        .run(ORDER);

    assertThatThrownBy(() -> execution.output(Receipt.class))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("execution " + execution.name()
            + " has no output: it ended FAILED with Card.Declined: no funds");
  }
}
