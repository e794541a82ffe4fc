package io.statecraft.testing;

import io.statecraft.local.Json;
import io.statecraft.local.task.TaskHandler;
import java.time.Duration;

/** Task handlers that take time on the execution's clock, for tests of time-outs. */
final class SlowHandlers {

  /**
   * How long a test lets the runtime take to reach a state or an end: real time, generous, and
   * spent only when something is wrong (the virtual clock makes the rest instant).
   */
  static final Duration SOON = Duration.ofSeconds(5);

  private SlowHandlers() {}

  /** Works for {@code time}, then answers its input. */
  static TaskHandler echoingAfter(Duration time) {
    return (input, ctx) -> {
      ctx.sleep(time);
      return input;
    };
  }

  /**
   * Works through {@code stretches} one after the other, sending a heartbeat between two, then
   * answers {@code output}.
   */
  static TaskHandler answeringAfter(String output, Duration... stretches) {
    return (input, ctx) -> {
      for (int i = 0; i < stretches.length; i++) {
        if (i > 0) {
          ctx.heartbeat();
        }
        ctx.sleep(stretches[i]);
      }
      return Json.parse(output);
    };
  }
}
