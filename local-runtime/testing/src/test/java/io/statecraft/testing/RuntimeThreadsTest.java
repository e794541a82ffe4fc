package io.statecraft.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.statecraft.local.ExecutionClock;
import io.statecraft.local.Json;
import io.statecraft.local.LocalStateMachine;
import io.statecraft.local.LocalStepFunctions;
import io.statecraft.local.RunningExecution;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The threads a runtime makes are its own, and closing it ends them. */
@Timeout(20)
class RuntimeThreadsTest {

  private static final String WAIT_FOR_TOKEN = """
      {"StartAt":"Ask","States":{"Ask":{"Type":"Task",
        "Resource":"arn:aws:states:::sqs:sendMessage.waitForTaskToken",
        "Parameters":{"QueueUrl":"q","MessageBody.$":"$$.Task.Token"},"End":true}}}""";

  @Test
  void aRunOnTheCallingThreadMakesNoThreads() {
    Set<String> before = statecraftThreads();
    LocalStepFunctions runtime = LocalStepFunctions.builder()
        .task("Work", (input, ctx) -> input).build();

    runtime.load("Fork", """
        {"StartAt":"P","States":{"P":{"Type":"Parallel","End":true,"Branches":[
          {"StartAt":"Work","States":{"Work":{"Type":"Task",
            "Resource":"arn:aws:states:::ecs:runTask","End":true}}},
          {"StartAt":"W","States":{"W":{"Type":"Wait","Seconds":30,"End":true}}}]}}}""")
        .run("{}");

    assertThat(statecraftThreads()).isEqualTo(before);
  }

  @Test
  void closingTheRuntimeEndsTheThreadsOfBackgroundExecutions() throws InterruptedException {
    Set<String> before = statecraftThreads();
    LocalStepFunctions runtime = LocalStepFunctions.builder()
        .clock(ExecutionClock.system())
        .resource("arn:aws:states:::sqs:sendMessage.waitForTaskToken", (input, ctx) -> input)
        .handlerThreads(2)
        .build();
    LocalStateMachine machine = runtime.load("Ask", WAIT_FOR_TOKEN);
    RunningExecution running = machine.start("a-1", Json.object());
    running.awaitTaskToken("Ask", Duration.ofSeconds(5));
    Set<String> made = statecraftThreads();
    made.removeAll(before);
    assertThat(made).isNotEmpty();

    runtime.close();

    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (!alive(made).isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(alive(made)).isEmpty();
    assertThatThrownBy(() -> machine.start("a-2", Json.object()))
        .isInstanceOf(IllegalStateException.class).hasMessage("the runtime is closed");
  }

  private static Set<String> alive(Set<String> names) {
    Set<String> alive = statecraftThreads();
    alive.retainAll(names);
    return alive;
  }

  /** Live threads the runtime names as its own. */
  private static Set<String> statecraftThreads() {
    Set<String> names = ConcurrentHashMap.newKeySet();
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      if (thread.isAlive() && thread.getName().startsWith("statecraft-")) {
        names.add(thread.getName());
      }
    }
    return names;
  }
}
