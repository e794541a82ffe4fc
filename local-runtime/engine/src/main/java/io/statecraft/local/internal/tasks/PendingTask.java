package io.statecraft.local.internal.tasks;

import io.statecraft.local.internal.kernel.CallLog;
import io.statecraft.local.internal.kernel.Run;
import java.util.ArrayDeque;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;

/**
 * A callback or activity task waiting for its token to be answered. Whatever happens to it (a
 * worker took it, a heartbeat, the answer) is handed to its run's thread, which records the
 * events on the waiting line.
 */
public final class PendingTask {

  /** What happened to the task. */
  public sealed interface Signal permits Started, Heartbeat, Succeeded, Failed {}

  /** A worker took the activity task. */
  public record Started(String workerName) implements Signal {}

  /** SendTaskHeartbeat. */
  public record Heartbeat() implements Signal {}

  /** SendTaskSuccess. */
  public record Succeeded(JsonNode output) implements Signal {}

  /** SendTaskFailure. */
  public record Failed(String error, String cause) implements Signal {}

  public final String token;
  final Run run;
  final String stateName;
  /** The activity's ARN, or null for a {@code .waitForTaskToken} task. */
  final String activityArn;
  volatile JsonNode input;
  volatile boolean closed;
  /** Set by the first SendTaskSuccess or SendTaskFailure: a token is answered once. */
  final java.util.concurrent.atomic.AtomicBoolean answered =
      new java.util.concurrent.atomic.AtomicBoolean();
  /** Whether a worker took the activity task. */
  volatile boolean started;
  /** Whether the task waits for its token, its events recorded (a test may take the token). */
  volatile boolean waiting;
  /** Read and written on the run's thread only. */
  private Consumer<Signal> listener;
  private final ArrayDeque<Signal> early = new ArrayDeque<>();

  PendingTask(String token, Run run, String stateName, String activityArn) {
    this.token = token;
    this.run = run;
    this.stateName = stateName;
    this.activityArn = activityArn;
  }

  /** Hands {@code signal} to the run's thread (from any thread). */
  void deliver(Signal signal) {
    run.post(() -> apply(signal));
  }

  /** What {@code signal} does, on the run's thread. */
  void apply(Signal signal) {
    if (closed) {
      return;
    }
    if (signal instanceof Started) {
      started = true;
    }
    record(signal);
    if (listener == null) {
      early.add(signal);
    } else {
      listener.accept(signal);
    }
  }

  /** Keeps an answer to the token in the run's call log; the run's thread. */
  private void record(Signal signal) {
    CallLog.Kind kind;
    JsonNode output = null;
    String error = null;
    String cause = null;
    if (signal instanceof Succeeded succeeded) {
      kind = CallLog.Kind.SUCCESS;
      output = succeeded.output();
    } else if (signal instanceof Failed failed) {
      kind = CallLog.Kind.FAILURE;
      error = failed.error();
      cause = failed.cause();
    } else if (signal instanceof Heartbeat) {
      kind = CallLog.Kind.HEARTBEAT;
    } else {
      return;
    }
    run.calls.callback(new CallLog.Callback(kind, stateName, token, output, error, cause,
        run.now()));
  }

  /**
   * From now on {@code signals} hears what happens to the task, starting with what already
   * happened (a handler that answered its own token before the task began to wait). Run's thread.
   */
  public void listen(Consumer<Signal> signals) {
    listener = signals;
    while (!early.isEmpty() && !closed) {
      signals.accept(early.poll());
    }
  }
}
