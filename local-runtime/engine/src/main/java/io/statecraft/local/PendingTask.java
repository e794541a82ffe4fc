package io.statecraft.local;

import java.util.concurrent.LinkedBlockingQueue;
import tools.jackson.databind.JsonNode;

/**
 * A callback or activity task waiting for its token to be answered. Whatever happens to it
 * (a worker took it, a heartbeat, the answer, the execution stopped) arrives as a signal on its
 * queue, read only by the execution's thread, which records the events on its own line.
 */
final class PendingTask {

  /** A signal to the waiting execution thread. */
  sealed interface Signal permits Started, Heartbeat, Succeeded, Failed, Abandoned, Elapsed {}

  record Started(String workerName) implements Signal {}

  record Heartbeat() implements Signal {}

  record Succeeded(JsonNode output) implements Signal {}

  record Failed(String error, String cause) implements Signal {}

  record Abandoned() implements Signal {}

  /** Virtual time passed for the waiting task (a test advanced the clock). */
  record Elapsed(long millis) implements Signal {}

  final String token;
  final Run run;
  final String stateName;
  /** The activity's ARN, or null for a {@code .waitForTaskToken} task. */
  final String activityArn;
  volatile JsonNode input;
  volatile boolean closed;
  final LinkedBlockingQueue<Signal> signals = new LinkedBlockingQueue<>();

  PendingTask(String token, Run run, String stateName, String activityArn) {
    this.token = token;
    this.run = run;
    this.stateName = stateName;
    this.activityArn = activityArn;
  }
}
