package io.statecraft.local.internal.kernel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The task calls, token answers and retries of one run, in the order the run saw them. Written on
 * the run's thread; read from any thread as snapshots. The JSON values are the run's own, which it
 * never changes; the public records copy them.
 */
public final class CallLog {

  /** A Task state's call: {@code attempt} 1 is the first of an entry into the state. */
  public record Call(String stateName, String resource, JsonNode input, int attempt,
      long millis) {}

  /** An answer to a task token. */
  public record Callback(Kind kind, String stateName, String taskToken, JsonNode output,
      String error, String cause, long millis) {}

  /** SendTaskSuccess, SendTaskFailure, SendTaskHeartbeat. */
  public enum Kind { SUCCESS, FAILURE, HEARTBEAT }

  private final List<Call> calls = new ArrayList<>();
  private final List<Callback> callbacks = new ArrayList<>();
  /**
   * Re-attempts per state, counted when Retry starts them: the history cannot tell a Map's or
   * Parallel's own attempts from its iterations' events, which carry no state name.
   */
  private final Map<String, Integer> retries = new HashMap<>();

  public synchronized void call(Call call) {
    calls.add(call);
  }

  public synchronized void callback(Callback callback) {
    callbacks.add(callback);
  }

  /** A retrier of {@code stateName} started another attempt of it. */
  public synchronized void retried(String stateName) {
    retries.merge(stateName, 1, Integer::sum);
  }

  /** How many attempts of {@code stateName} Retry started, over all its entries. */
  public synchronized int retries(String stateName) {
    return retries.getOrDefault(stateName, 0);
  }

  public synchronized List<Call> calls() {
    return List.copyOf(calls);
  }

  public synchronized List<Callback> callbacks() {
    return List.copyOf(callbacks);
  }
}
