package io.statecraft.dsl;

import static io.statecraft.dsl.Steps.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.statecraft.asl.StateMachine;
import org.junit.jupiter.api.Test;

class TypedWorkflowTest {

  record Order(String id) {}

  record Receipt(String id) {}

  public static final class Orders implements TypedWorkflow<Order, Receipt> {
    @Override
    public StateMachine define() {
      return stateMachine().startWith(succeed("Done")).build();
    }
  }

  /** A base class leaves the output open; the subclass binds it. */
  public abstract static class Base<O extends Record> implements TypedWorkflow<Order, O> {
    @Override
    public StateMachine define() {
      return stateMachine().startWith(succeed("Done")).build();
    }
  }

  public static final class Bound extends Base<Receipt> {}

  /** Generic all the way down: the types cannot be read from the class. */
  public static final class Open<I extends Record, O extends Record>
      implements TypedWorkflow<I, O> {
    @Override
    public StateMachine define() {
      return stateMachine().startWith(succeed("Done")).build();
    }
  }

  @Test
  void should_read_the_records_from_the_type_arguments() {
    assertThat(new Orders().inputType()).isEqualTo(Order.class);
    assertThat(new Orders().outputType()).isEqualTo(Receipt.class);
  }

  @Test
  void should_follow_type_variables_bound_by_a_subclass() {
    assertThat(new Bound().inputType()).isEqualTo(Order.class);
    assertThat(new Bound().outputType()).isEqualTo(Receipt.class);
  }

  @Test
  void should_ask_for_an_override_when_the_class_does_not_name_the_records() {
    assertThatThrownBy(() -> new Open<Order, Receipt>().inputType())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("io.statecraft.dsl.TypedWorkflowTest$Open does not name a class as type"
            + " argument 1 of TypedWorkflow; override inputType()");
  }
}
