package io.statecraft.local;

import io.statecraft.asl.JitterStrategy;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A state with {@code Retry} and {@code Catch} (Task, Parallel, Map). Retriers and catchers are
 * matched top-down: the first retrier whose ErrorEquals matches decides (when its attempts are
 * used up, no later retrier is tried); then the first matching catcher.
 */
abstract class RetryingNode extends Node {

  /** One compiled {@code Retry} entry with AWS's defaults filled in. */
  record Retrier(String[] errors, long intervalMillis, int maxAttempts, double backoffRate,
      long maxDelayMillis, boolean fullJitter) {

    static Retrier of(io.statecraft.asl.Retrier spec) {
      return new Retrier(spec.errorEquals().toArray(String[]::new),
          (spec.intervalSeconds() == null ? 1 : spec.intervalSeconds()) * 1000L,
          spec.maxAttempts() == null ? 3 : spec.maxAttempts(),
          spec.backoffRate() == null ? 2.0 : spec.backoffRate().doubleValue(),
          spec.maxDelaySeconds() == null ? Long.MAX_VALUE : spec.maxDelaySeconds() * 1000L,
          spec.jitterStrategy() == JitterStrategy.FULL);
    }
  }

  /** One compiled {@code Catch} entry. */
  static final class Catcher {
    final String[] errors;
    final ResultPath resultPath;
    final String nextName;
    final Template assign;
    Node next;

    Catcher(String[] errors, ResultPath resultPath, String nextName, Template assign) {
      this.errors = errors;
      this.resultPath = resultPath;
      this.nextName = nextName;
      this.assign = assign;
    }
  }

  Retrier[] retriers = new Retrier[0];
  Catcher[] catchers = new Catcher[0];
  Template assign;

  RetryingNode(String name, String typeName) {
    super(name, typeName);
  }

  /** One attempt: the state's work after it was entered, up to (not including) its exit event. */
  abstract JsonNode attempt(JsonNode input, Frame frame);

  /** Records the event of a state that failed for good (ParallelStateFailed, MapStateFailed). */
  void failed(Frame frame) {}

  /** Records what AWS records when the state's error leaves it uncaught. */
  void uncaught(Frame frame) {}

  /** Whether the context object of this state has {@code State.RetryCount} (Task states). */
  boolean contextHasRetryCount() {
    return false;
  }

  @Override
  final JsonNode run(JsonNode input, Frame frame) {
    entered(input, frame);
    frame.withRetryCount = contextHasRetryCount();
    int[] attempts = new int[retriers.length];
    while (true) {
      try {
        frame.started = false;
        frame.assigned = null;
        JsonNode output = attempt(input, frame);
        exited(output, frame, frame.assigned);
        frame.next = next;
        return output;
      } catch (StatesError error) {
        long delay = retryDelay(error, attempts, frame);
        if (delay >= 0) {
          Interpreter.sleep(frame, delay);
          frame.retryCount++;
          continue;
        }
        if (frame.started) {
          failed(frame);
        }
        Catcher catcher = catcher(error);
        if (catcher == null) {
          uncaught(frame);
          throw error;
        }
        ObjectNode errorOutput = errorOutput(error);
        JsonNode assigned = assign(catcher.assign, errorOutput, frame);
        JsonNode output = catcher.resultPath.apply(input, errorOutput, frame);
        checkSize(output, frame);
        exited(output, frame, assigned);
        frame.next = catcher.next;
        return output;
      }
    }
  }

  /** Milliseconds to wait before the next attempt, or -1 when the error is not retried. */
  private long retryDelay(StatesError error, int[] attempts, Frame frame) {
    for (int i = 0; i < retriers.length; i++) {
      Retrier retrier = retriers[i];
      if (!matches(retrier.errors(), error)) {
        continue;
      }
      if (attempts[i] >= retrier.maxAttempts()) {
        return -1;
      }
      double delay = retrier.intervalMillis() * Math.pow(retrier.backoffRate(), attempts[i]);
      attempts[i]++;
      long millis = (long) Math.min(delay, retrier.maxDelayMillis());
      if (retrier.fullJitter()) {
        millis = (long) (frame.run.runtime.nextRandom() * millis);
      }
      return millis;
    }
    return -1;
  }

  private Catcher catcher(StatesError error) {
    for (Catcher catcher : catchers) {
      if (matches(catcher.errors, error)) {
        return catcher;
      }
    }
    return null;
  }

  private static boolean matches(String[] names, StatesError error) {
    for (String name : names) {
      if (error.matches(name)) {
        return true;
      }
    }
    return false;
  }

  /** The error output a Catch passes on: {@code {"Error": ..., "Cause": ...}}. */
  static ObjectNode errorOutput(StatesError error) {
    ObjectNode output = Values.object();
    if (error.error() == null && error.cause() == null && !error.timedOut()) {
      // SendTaskFailure with neither error nor cause: AWS's error output has both, as null.
      output.putNull("Error");
      output.putNull("Cause");
      return output;
    }
    if (error.error() != null) {
      output.put("Error", error.error());
    }
    if (error.cause() != null) {
      output.put("Cause", error.cause());
    } else if (error.timedOut()) {
      // AWS gives a time-out an empty cause here, while its events carry no cause at all.
      output.put("Cause", "");
    }
    return output;
  }

  /** The state output after a successful attempt: ResultSelector, ResultPath, OutputPath. */
  final JsonNode shape(JsonNode input, JsonNode result, Template resultSelector,
      ResultPath resultPath, Frame frame) {
    JsonNode selected = resultSelector == null ? result : resultSelector.build(result, frame);
    frame.assigned = assign(assign, selected, frame);
    return applyOutputPath(resultPath.apply(input, selected, frame), frame);
  }
}
