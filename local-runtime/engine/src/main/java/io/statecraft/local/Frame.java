package io.statecraft.local;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One line of execution: the whole run, a Parallel branch or a Map iteration. It holds the id of
 * the last event it recorded (AWS links each event to the one before it on the same line), its own
 * virtual time (branches wait side by side), and what the context object says about the state now
 * running.
 */
final class Frame {

  final Run run;
  /** When a sibling failed and this line must stop (null at the top level). */
  final Stop stop;
  final Variables variables;
  final JsonNode mapItemIndex;
  final JsonNode mapItemValue;
  long cursor;
  private long now;

  String stateName;
  long enteredEventId;
  long enteredMillis;
  int retryCount;
  boolean withRetryCount;
  /** Variables the current attempt's Assign gave, applied when the state exits. */
  JsonNode assigned;
  /** Whether the current Parallel/Map attempt got as far as its Started event. */
  boolean started;
  /** {@code $$.Task.Token} while a callback or activity task runs, else null. */
  String taskToken;
  /** The state to run next, set by the state that just ran; null when the scope ends. */
  Node next;

  Frame(Run run, long now) {
    this(run, null, now, 0, null, null, new Variables(null));
  }

  private Frame(Run run, Stop stop, long now, long cursor, JsonNode index, JsonNode value,
      Variables variables) {
    this.run = run;
    this.variables = variables;
    this.stop = stop;
    this.now = now;
    this.cursor = cursor;
    this.mapItemIndex = index;
    this.mapItemValue = value;
  }

  /** A line for a branch or iteration, starting where this one is now. */
  Frame child(Stop stop, JsonNode index, JsonNode value) {
    return new Frame(run, stop, now(), cursor, index, value, new Variables(variables));
  }

  /** Records an event on this line and makes it the line's latest. */
  long event(String type, String name, JsonNode data) {
    cursor = run.record(type, cursor, now(), name, data);
    return cursor;
  }

  long event(String type, String name, JsonNode data, long index, String error, String cause,
      ObjectNode task) {
    cursor = run.record(type, cursor, now(), name, data, index, error, cause, task);
    return cursor;
  }

  /** Records an event linked to this line's latest without becoming the latest. */
  long sideEvent(String type, String name, long index) {
    return run.record(type, cursor, now(), name, null, index, null, null, null);
  }

  long now() {
    return run.virtualClock ? now : System.currentTimeMillis();
  }

  /** Lets {@code millis} pass: instantly on the virtual clock, by sleeping on the real one. */
  void elapse(long millis) {
    if (millis <= 0) {
      return;
    }
    if (run.virtualClock) {
      now += millis;
    } else {
      run.sleep(millis);
    }
  }

  /** Moves virtual time forward to {@code millis} if it is later (after branches ran side by side). */
  void catchUp(long millis) {
    if (millis > now) {
      now = millis;
    }
  }

  /** Records that state {@code name} was entered with {@code input}; the state now running. */
  void entered(String type, String name, JsonNode input) {
    long time = now();
    cursor = run.record(type, cursor, time, name, input);
    stateName = name;
    enteredEventId = cursor;
    enteredMillis = time;
    retryCount = 0;
  }

  /** AWS's prefix of States.Runtime causes: which state failed and the id of its entered event. */
  String failurePrefix() {
    return "An error occurred while executing the state '" + stateName
        + "' (entered at the event id #" + enteredEventId + "). ";
  }

  /** Whether a sibling failed before this line's present moment: what runs now was cut off. */
  boolean stopped() {
    return stop != null && now() > stop.at();
  }

  /** Whether a sibling failed at or before this line's present moment: nothing more may start. */
  boolean stopping() {
    return stop != null && now() >= stop.at();
  }

  /** The context object ({@code $$}) as it is for the state now running; a fresh tree. */
  ObjectNode context() {
    ObjectNode root = Values.object();
    ObjectNode execution = root.putObject("Execution");
    execution.put("Id", run.executionArn);
    execution.set("Input", run.input);
    execution.put("StartTime", Times.iso(run.startMillis));
    execution.put("Name", run.executionName);
    execution.put("RoleArn", run.runtime.roleArn());
    if (!run.express) {
      // Express executions cannot be redriven: express/test_express_sync/test_query_runtime_memory
      execution.put("RedriveCount", 0);
    }
    ObjectNode machine = root.putObject("StateMachine");
    machine.put("Id", run.machine.arn());
    machine.put("Name", run.machine.name());
    ObjectNode state = root.putObject("State");
    state.put("Name", stateName);
    state.put("EnteredTime", Times.iso(enteredMillis));
    if (withRetryCount) {
      state.put("RetryCount", retryCount);
    }
    if (taskToken != null) {
      root.putObject("Task").put("Token", taskToken);
    }
    if (mapItemIndex != null) {
      ObjectNode item = root.putObject("Map").putObject("Item");
      item.set("Index", mapItemIndex);
      item.set("Value", mapItemValue);
    }
    return root;
  }
}
