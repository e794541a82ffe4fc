package io.statecraft.examples;

import io.statecraft.local.Execution;
import io.statecraft.local.Json;
import io.statecraft.local.LocalStepFunctions;
import io.statecraft.local.RunningExecution;
import io.statecraft.local.task.TaskFailure;
import io.statecraft.local.task.TaskHandler;
import io.statecraft.local.task.TaskTokenException;
import java.time.Duration;

/** What the tests do with the examples' executions beyond what the runtime gives. */
final class Workflows {

  /**
   * How long a test lets the runtime take to reach a state or an end: real time, generous, and
   * spent only when something is wrong (the virtual clock makes the rest instant).
   */
  static final Duration SOON = Duration.ofSeconds(5);

  private Workflows() {}

  /** A service that fails every call with {@code error} and {@code cause}. */
  static TaskHandler failing(String error, String cause) {
    return (input, ctx) -> {
      throw new TaskFailure(error, cause);
    };
  }

  /**
   * A service that works for {@code time} on the virtual clock (the test does not wait for it)
   * before it answers {@code output}: slower than a state's TimeoutSeconds, it times the task out.
   */
  static TaskHandler answeringAfter(Duration time, String output) {
    return (input, ctx) -> {
      ctx.sleep(time);
      return Json.parse(output);
    };
  }

  /**
   * Plays the outside party of a callback or activity task: waits until {@code state} waits
   * for its token, answers it with {@code output} as SendTaskSuccess does, and returns the
   * execution once it has ended.
   */
  static Execution succeedTask(LocalStepFunctions runtime, RunningExecution running,
      String state, String output) {
    runtime.sendTaskSuccess(running.awaitTaskToken(state, SOON), output);
    return running.await(SOON);
  }

  /**
   * Plays an outside party busy on the task {@code state} waits on: {@code times} times, lets
   * {@code every} pass on the virtual clock and sends a heartbeat (a started execution's time
   * moves only when the test waits on it, so the worker's working time is stepped). Stops early
   * when the task has ended (timed out, say): its token is then refused, as on AWS. Returns the
   * task's token.
   */
  static String sendHeartbeats(LocalStepFunctions runtime, RunningExecution running,
      String state, Duration every, int times) {
    return sendTokenHeartbeats(runtime, running, running.awaitTaskToken(state, SOON), every,
        times);
  }

  /**
   * {@link #sendHeartbeats} for a task whose token the test already holds: an activity task a
   * worker took with {@code pollActivityTask}, whose TimeoutSeconds and HeartbeatSeconds run from
   * then on.
   */
  static String sendTokenHeartbeats(LocalStepFunctions runtime, RunningExecution running,
      String token, Duration every, int times) {
    for (int i = 0; i < times; i++) {
      running.advanceClock(every);
      try {
        runtime.sendTaskHeartbeat(token);
      } catch (TaskTokenException ended) {
        break;
      }
    }
    return token;
  }
}
