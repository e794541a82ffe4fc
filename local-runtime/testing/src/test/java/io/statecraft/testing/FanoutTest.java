package io.statecraft.testing;

import io.statecraft.local.Interleaving;
import io.statecraft.local.Execution;
import io.statecraft.local.LocalStateMachine;
import io.statecraft.local.LocalStepFunctions;
import static io.statecraft.testing.StatecraftAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Parallel branches and Map iterations: who runs them, in what order, and what comes back. */
@Timeout(30)
class FanoutTest {

  private static final String THREE_BRANCHES = """
      {"StartAt": "P", "States": {"P": {"Type": "Parallel", "End": true, "Branches": [
        {"StartAt": "A", "States": {"A": {"Type": "Task", "Resource": "arn:aws:states:::ecs:runTask",
          "Parameters": {"b": "a"}, "End": true}}},
        {"StartAt": "B", "States": {"B": {"Type": "Task", "Resource": "arn:aws:states:::ecs:runTask",
          "Parameters": {"b": "b"}, "End": true}}},
        {"StartAt": "C", "States": {"C": {"Type": "Task", "Resource": "arn:aws:states:::ecs:runTask",
          "Parameters": {"b": "c"}, "End": true}}}]}}}""";

  @Test
  void handlerThreadsRunBlockingHandlersSideBySide() {
    // The first two branches can only finish together, so two threads must hold one each.
    CountDownLatch firstTwo = new CountDownLatch(2);
    Set<Thread> threads = ConcurrentHashMap.newKeySet();
    LocalStepFunctions runtime = LocalStepFunctions.builder().handlerThreads(2)
        .resource("arn:aws:states:::ecs:runTask", (input, ctx) -> {
          threads.add(Thread.currentThread());
          firstTwo.countDown();
          try {
            if (!firstTwo.await(10, TimeUnit.SECONDS)) {
              throw new IllegalStateException("the branches did not run side by side");
            }
          } catch (InterruptedException e) {
            throw new IllegalStateException(e);
          }
          return input;
        })
        .build();

    Execution execution = runtime.load("Together", THREE_BRANCHES).run("{}");

    assertThat(execution).succeeded()
        .hasOutput("[{\"b\": \"a\"}, {\"b\": \"b\"}, {\"b\": \"c\"}]");
    assertThat(threads).doesNotContain(Thread.currentThread()).hasSize(2);
  }

  @Test
  void anErrorThrownByAHandlerOnAHandlerThreadReachesTheCaller() {
    LocalStepFunctions runtime = LocalStepFunctions.builder().handlerThreads(2)
        .resource("arn:aws:states:::ecs:runTask", (input, ctx) -> {
          if (input.get("b").asString().equals("c")) {
            throw new AssertionError("expected in branch c");
          }
          return input;
        })
        .build();
    LocalStateMachine machine = runtime.load("Broken", THREE_BRANCHES);

    assertThatThrownBy(() -> machine.run("{}"))
        .isInstanceOf(AssertionError.class).hasMessage("expected in branch c");
  }

  @Test
  void mapsNestedInParallelBranchesAllFinish() {
    StringBuilder items = new StringBuilder("[");
    for (int i = 0; i < 200; i++) {
      items.append(i == 0 ? "" : ",").append(i);
    }
    // State names are unique in the whole machine, as AWS requires: M0/Twice0, M1/Twice1, ...
    String map = """
        {"StartAt": "M%1$d", "States": {"M%1$d": {"Type": "Map", "ItemsPath": "$.items",
          "End": true, "ItemProcessor": {"StartAt": "Twice%1$d", "States": {"Twice%1$d": {
            "Type": "Pass", "Parameters": {"v.$": "States.MathAdd($, $)"}, "OutputPath": "$.v",
            "End": true}}}}}}""";
    LocalStateMachine machine = LocalStepFunctions.builder().build()
        .load("Nested", """
            {"StartAt": "P", "States": {"P": {"Type": "Parallel", "End": true,
              "Branches": [%s, %s, %s, %s]}}}""".formatted(map.formatted(0), map.formatted(1),
            map.formatted(2), map.formatted(3)));

    Execution execution = machine.run("{\"items\": " + items + "]}");

    assertThat(execution).succeeded();
    for (int branch = 0; branch < 4; branch++) {
      for (int i = 0; i < 200; i += 37) {
        assertThat(execution).hasOutputAt("$[" + branch + "][" + i + "]", 2 * i);
      }
    }
  }

  @Test
  void inTurnEachIterationTakesTheSlotFreeEarliest() {
    // Two slots on one thread: 30 s and 10 s start at once; the 10 s slot frees first, twice.
    LocalStepFunctions runtime = LocalStepFunctions.builder()
        .interleaving(Interleaving.ONE_AT_A_TIME)
        .resource("arn:aws:states:::ecs:runTask", (input, ctx) -> {
          ctx.sleep(java.time.Duration.ofSeconds(input.asInt()));
          return input;
        })
        .build();
    LocalStateMachine machine = runtime.load("Slots", """
        {"StartAt": "M", "States": {"M": {"Type": "Map", "MaxConcurrency": 2, "End": true,
          "ItemProcessor": {"StartAt": "Work", "States": {"Work": {"Type": "Task",
            "Resource": "arn:aws:states:::ecs:runTask", "End": true}}}}}}""");

    Execution execution = machine.run("[30, 10, 10, 10]");

    assertThat(execution).succeeded().hasOutput("[30, 10, 10, 10]");
    java.time.Instant start = execution.startDate();
    assertThat(execution.history().events())
        .filteredOn(event -> event.type().awsName().equals("MapIterationStarted"))
        .extracting(event -> java.time.Duration.between(start, event.timestamp()).toSeconds())
        .containsExactly(0L, 0L, 10L, 20L);
    assertThat(java.time.Duration.between(start, execution.stopDate()).toSeconds()).isEqualTo(30);
  }

  @Test
  void inlineMapRunsAtMostFortyIterationsAtOnceWhateverMaxConcurrencySays() {
    LocalStepFunctions runtime = LocalStepFunctions.builder().build();
    LocalStateMachine machine = runtime.load("Forty", """
        {"StartAt": "M", "States": {"M": {"Type": "Map", "MaxConcurrency": 1000, "End": true,
          "ItemProcessor": {"StartAt": "Pause", "States": {"Pause": {"Type": "Wait",
            "Seconds": 10, "End": true}}}}}}""");
    StringBuilder items = new StringBuilder("[0");
    for (int i = 1; i < 100; i++) {
      items.append(',').append(i);
    }

    Execution execution = machine.run(items.append(']').toString());

    // 100 iterations of 10 s, 40 at a time: three rounds.
    assertThat(execution).succeeded();
    assertThat(java.time.Duration.between(execution.startDate(), execution.stopDate()).toSeconds())
        .isEqualTo(30);
  }
}
