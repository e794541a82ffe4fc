package io.statecraft.dsl;

import static io.statecraft.dsl.Steps.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.statecraft.asl.ChoiceState;
import io.statecraft.asl.PassState;
import io.statecraft.asl.StateMachine;
import io.statecraft.asl.TaskState;
import io.statecraft.asl.diagnostic.Diagnostic;
import io.statecraft.dsl.flow.Flow;
import io.statecraft.dsl.flow.OpenFlow;
import io.statecraft.dsl.flow.SucceedStep;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Flows as deep or as long as a definition within AWS's size limit can be, and deeper: building
 * them walks the flow with stacks of its own, so they build on a thread with a small stack.
 */
class DeepFlowsTest {

  private static final int STATES = 20_000;
  /** Smaller than the usual default of 1 MB: the build must not need the thread's stack. */
  private static final long SMALL_STACK = 512 * 1024;

  @Test
  void should_build_choices_each_the_default_of_the_one_before_when_20000_deep() {
    // GIVEN 20,000 Choice states, each the Default of the one before
    SucceedStep done = succeed("Done");
    Flow flow = done;
    for (int i = STATES - 1; i >= 0; i--) {
      flow = choice("C" + i).when(path("$.stop").isTrue(), done).otherwise(flow);
    }
    Flow start = flow;

    // WHEN the machine is built on a thread with a small stack
    StateMachine machine = onSmallStack(() -> stateMachine().startWith(start).build());

    // THEN every state is there, in the order the states joined, each going on to the next
    assertThat(machine.startAt()).isEqualTo("C0");
    assertThat(List.copyOf(machine.states().keySet())).isEqualTo(names("C", "Done", 1));
    for (int i = 0; i < STATES; i++) {
      ChoiceState choice = (ChoiceState) machine.states().get("C" + i);
      assertThat(choice.defaultNext()).isEqualTo(i + 1 < STATES ? "C" + (i + 1) : "Done");
      assertThat(choice.choices()).hasSize(1);
      assertThat(choice.choices().get(0).next()).isEqualTo("Done");
    }
  }

  @Test
  void should_build_choices_each_the_target_of_a_rule_of_the_one_before_when_20000_deep() {
    // GIVEN 20,000 Choice states, each the target of the first rule of the one before
    SucceedStep done = succeed("Done");
    Flow flow = done;
    for (int i = STATES - 1; i >= 0; i--) {
      flow = choice("C" + i).when(path("$.go").isTrue(), flow).otherwise(done);
    }
    Flow start = flow;

    // WHEN the machine is built on a thread with a small stack
    StateMachine machine = onSmallStack(() -> stateMachine().startWith(start).build());

    // THEN each rule leads to the next Choice, each Default to the end
    assertThat(machine.states()).hasSize(STATES + 1);
    ChoiceState first = (ChoiceState) machine.states().get("C0");
    ChoiceState last = (ChoiceState) machine.states().get("C" + (STATES - 1));
    assertThat(first.choices().get(0).next()).isEqualTo("C1");
    assertThat(first.defaultNext()).isEqualTo("Done");
    assertThat(last.choices().get(0).next()).isEqualTo("Done");
  }

  @Test
  void should_build_tasks_each_catching_into_the_one_before_when_20000_deep() {
    // GIVEN 20,000 Task states, each the catch target of the one before
    Flow flow = succeed("Done");
    for (int i = STATES - 1; i >= 0; i--) {
      flow = task("T" + i, lambdaInvoke("f")).catchAll(flow);
    }
    Flow start = flow;

    // WHEN the machine is built on a thread with a small stack
    StateMachine machine = onSmallStack(() -> stateMachine().startWith(start).build());

    // THEN each Task ends, and catches into the next
    assertThat(List.copyOf(machine.states().keySet())).isEqualTo(names("T", "Done", 0));
    for (int i = 0; i < STATES; i++) {
      TaskState task = (TaskState) machine.states().get("T" + i);
      assertThat(task.end()).isTrue();
      assertThat(task.catchers()).hasSize(1);
      assertThat(task.catchers().get(0).next())
          .isEqualTo(i + 1 < STATES ? "T" + (i + 1) : "Done");
    }
  }

  @Test
  void should_build_a_next_chain_of_20000_states_written_from_either_end() {
    // GIVEN the same chain of 20,000 Pass states, once by next() on the chain so far and once by
    // next() on each state with the rest of the chain
    OpenFlow forward = pass("P0");
    for (int i = 1; i < STATES; i++) {
      forward = forward.next(pass("P" + i));
    }
    OpenFlow backward = pass("P" + (STATES - 1));
    for (int i = STATES - 2; i >= 0; i--) {
      backward = pass("P" + i).next(backward);
    }
    OpenFlow fromStart = forward;
    OpenFlow fromEnd = backward;

    // WHEN both machines are built on a thread with a small stack
    StateMachine first = onSmallStack(() -> stateMachine().startWith(fromStart).build());
    StateMachine second = onSmallStack(() -> stateMachine().startWith(fromEnd).build());

    // THEN both are the same chain, each state going on to the next and the last one ending
    assertThat(second).isEqualTo(first);
    assertThat(first.states()).hasSize(STATES);
    for (int i = 0; i < STATES; i++) {
      PassState pass = (PassState) first.states().get("P" + i);
      assertThat(pass.next()).isEqualTo(i + 1 < STATES ? "P" + (i + 1) : null);
      assertThat(pass.end()).isEqualTo(i + 1 == STATES);
    }
  }

  @Test
  void should_close_the_open_branches_of_choices_nested_3000_deep_with_afterwards() {
    // GIVEN Choices nested through Default 3,000 deep, each closed with afterwards(), each of
    // whose rules leads to a Pass of its own: every level adds an open end to the flow
    int depth = 3_000;
    Flow flow = pass("Inner");
    for (int i = depth - 1; i >= 0; i--) {
      flow = choice("C" + i).when(path("$.stop").isTrue(), pass("Stop " + i)).otherwise(flow)
          .afterwards();
    }
    Flow start = ((OpenFlow) flow).next(succeed("Joined"));

    // WHEN the machine is built on a thread with a small stack
    StateMachine machine = onSmallStack(() -> stateMachine().startWith(start).build());

    // THEN every open branch goes on to the state after the outermost Choice
    assertThat(machine.states()).hasSize(2 * depth + 2);
    assertThat(((PassState) machine.states().get("Inner")).next()).isEqualTo("Joined");
    for (int i = 0; i < depth; i++) {
      assertThat(((PassState) machine.states().get("Stop " + i)).next()).isEqualTo("Joined");
    }
  }

  @Test
  void should_build_maps_nested_165_deep_and_refuse_one_more() {
    // GIVEN item processors nested 165 deep, and the same with one Map more
    Flow within = pass("Leaf");
    for (int i = 165; i >= 1; i--) {
      within = map("M" + i, within);
    }
    Flow limit = within;
    Flow beyond = map("M0", within);

    // WHEN both are built on a thread with a small stack
    StateMachine machine = onSmallStack(() -> stateMachine().startWith(limit).build());
    List<Diagnostic> problems =
        onSmallStack(() -> stateMachine().startWith(beyond).diagnostics());

    // THEN the first builds, and the second is refused at its innermost item processor
    assertThat(machine.startAt()).isEqualTo("M1");
    assertThat(problems).singleElement().satisfies(problem -> {
      assertThat(problem.code()).isEqualTo("DSL_SCOPE_TOO_DEEP");
      assertThat(problem.pointer()).isEqualTo("/States/M0/ItemProcessor"
          + "/States/M%d/ItemProcessor".repeat(165).formatted(rangeOneTo(165)));
      assertThat(problem.message()).isEqualTo("The item processor of Map state 'M165' is nested"
          + " 166 scopes deep, inside Parallel branches and Map item processors; its JSON would"
          + " nest more than 500 levels of objects and arrays, more than Statecraft reads");
    });
  }

  @Test
  void should_refuse_parallels_nested_3000_deep_without_recursing_through_all_of_them() {
    // GIVEN Parallel states nested 3,000 deep
    Flow flow = pass("Leaf");
    for (int i = 2999; i >= 0; i--) {
      flow = parallel("P" + i, flow);
    }
    Flow start = flow;

    // WHEN its problems are listed on a thread with a small stack
    List<Diagnostic> problems = onSmallStack(() -> stateMachine().startWith(start).diagnostics());

    // THEN the branch nested past the limit is refused
    assertThat(problems).extracting(Diagnostic::code).containsExactly("DSL_SCOPE_TOO_DEEP");
    assertThat(problems.get(0).message()).startsWith("Branch 0 of Parallel state 'P165' is nested"
        + " 166 scopes deep");
  }

  private static Object[] rangeOneTo(int last) {
    Object[] numbers = new Object[last];
    for (int i = 0; i < last; i++) {
      numbers[i] = i + 1;
    }
    return numbers;
  }

  /** {@code prefix}0 to {@code prefix}19999 with {@code last} at {@code lastAt} (0: the end). */
  private static List<String> names(String prefix, String last, int lastAt) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < STATES; i++) {
      names.add(prefix + i);
    }
    names.add(lastAt == 0 ? names.size() : lastAt, last);
    return names;
  }

  private static <T> T onSmallStack(Supplier<T> work) {
    AtomicReference<T> result = new AtomicReference<>();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread thread = new Thread(null, () -> {
      try {
        result.set(work.get());
      } catch (Throwable e) {
        failure.set(e);
      }
    }, "small-stack", SMALL_STACK);
    thread.start();
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
    assertThat(failure.get()).as("failure while building").isNull();
    return result.get();
  }
}
