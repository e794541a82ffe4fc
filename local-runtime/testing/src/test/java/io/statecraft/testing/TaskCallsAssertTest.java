package io.statecraft.testing;

import static io.statecraft.testing.StatecraftAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.statecraft.local.Execution;
import io.statecraft.local.LocalStepFunctions;
import io.statecraft.local.task.TaskFailure;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TaskCallsAssertTest {

  private final AtomicInteger charges = new AtomicInteger();
  private final Execution execution = LocalStepFunctions.builder()
      .task("Charge card", (input, ctx) -> {
        if (charges.incrementAndGet() == 1) {
          throw new TaskFailure("Payment.Busy", "try again");
        }
        return input;
      })
      .build()
      .load("Order", """
          {"StartAt":"Validate","States":{
            "Validate":{"Type":"Pass","Next":"Charge card"},
            "Charge card":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke",
              "Parameters":{"Payload":{"total.$":"$.total"}},"OutputPath":"$.Payload",
              "Retry":[{"ErrorEquals":["Payment.Busy"],"IntervalSeconds":5}],
              "Catch":[{"ErrorEquals":["States.ALL"],"Next":"Refund"}],"Next":"Done"},
            "Refund":{"Type":"Pass","End":true},
            "Done":{"Type":"Succeed"}}}""")
      .run("{\"total\":42}");

  @Test
  void should_pass_when_the_task_was_called_with_that_input_that_many_times() {
    assertThat(execution).calledTask("Charge card").times(2)
        .withInput("{\"Payload\":{\"total\":42}}").times(2)
        .onAttempt(2).once();
    assertThat(execution).didNotCall("Refund").didNotCall("Validate");
  }

  @Test
  void should_show_the_calls_and_the_path_when_the_count_differs() {
    assertThatThrownBy(() -> assertThat(execution).calledTask("Charge card").once())
        .isInstanceOf(AssertionError.class)
        .hasMessage(String.join("\n", "",
            "Expecting execution execution-1",
            "  to call task 'Charge card' 1 time(s)",
            "  but it called it 2 time(s), with the inputs [{\"Payload\":{\"total\":42}},"
                + " {\"Payload\":{\"total\":42}}]",
            "path taken:",
            "  Validate -> Charge card -> Done"));
  }

  @Test
  void should_show_the_first_difference_when_no_call_had_the_input() {
    assertThatThrownBy(() -> assertThat(execution).calledTask("Charge card")
        .withInput("{\"Payload\":{\"total\":43}}"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("  to call task 'Charge card' with input {\"Payload\":{\"total\":43}}")
        .hasMessageContaining("  first difference: /Payload/total: expected 43 but was 42")
        .hasMessageEndingWith("path taken:\n  Validate -> Charge card -> Done");
  }

  @Test
  void should_name_what_was_called_when_the_task_was_not() {
    assertThatThrownBy(() -> assertThat(execution).calledTask("Refund"))
        .hasMessageContaining("  to call task 'Refund'\n"
            + "  but it made no call to it; it called 'Charge card' x2");
  }

  @Test
  void should_fail_did_not_call_when_the_task_was_called() {
    assertThatThrownBy(() -> assertThat(execution).didNotCall("Charge card"))
        .hasMessageContaining("  not to call task 'Charge card'\n  but it called it 2 time(s)");
  }
}
