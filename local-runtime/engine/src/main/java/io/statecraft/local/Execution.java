package io.statecraft.local;

import io.statecraft.local.typed.TypeMismatchException;
import io.statecraft.local.history.History;
import io.statecraft.local.history.HistoryEvent;
import io.statecraft.local.internal.json.Values;
import io.statecraft.local.internal.kernel.CallLog;
import io.statecraft.local.internal.kernel.Outcome;
import io.statecraft.local.internal.kernel.Run;
import io.statecraft.local.task.TaskCall;
import io.statecraft.local.task.TaskCallback;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * One finished execution: how it ended, its output or error and cause, and its history. Immutable:
 * the JSON values it hands out are copies of their own.
 *
 * <pre>{@code
 * Execution execution = machine.run("{\"total\": 42}");
 * if (execution.status() == ExecutionStatus.SUCCEEDED) {
 *   System.out.println(execution.output());
 * } else {
 *   System.out.println(execution.error() + ": " + execution.cause());
 * }
 * System.out.println(execution.path());        // [Validate, Charge, Done]
 * System.out.println(execution.taskCalls());   // [TaskCall[stateName=Charge, ..., attempt=1, ...]]
 * }</pre>
 */
public final class Execution {

  private final LocalStateMachine machine;
  private final String arn;
  private final String name;
  private final JsonNode input;
  private final ExecutionStatus status;
  private final JsonNode output;
  private final String error;
  private final String cause;
  private final long startMillis;
  private final long stopMillis;
  private final History history;
  private final CallLog calls;
  /** The run that ended so: what a redrive continues. */
  final Run run;

  private Execution(LocalStateMachine machine, Run run, Outcome outcome) {
    this.machine = machine;
    this.arn = run.executionArn;
    this.name = run.executionName;
    this.input = run.input;
    this.status = switch (outcome.status()) {
      case SUCCEEDED -> ExecutionStatus.SUCCEEDED;
      case FAILED -> ExecutionStatus.FAILED;
      case TIMED_OUT -> ExecutionStatus.TIMED_OUT;
      case ABORTED -> ExecutionStatus.ABORTED;
    };
    this.output = outcome.output();
    this.error = outcome.error();
    this.cause = outcome.cause();
    this.startMillis = run.startMillis;
    this.stopMillis = outcome.stopMillis();
    this.history = new History(outcome.events());
    this.calls = run.calls;
    this.run = run;
  }

  static Execution of(LocalStateMachine machine, Run run, Outcome outcome) {
    return new Execution(machine, run, outcome);
  }

  /** The machine that ran. */
  public LocalStateMachine stateMachine() {
    return machine;
  }

  /** The execution's ARN ({@code $$.Execution.Id}). */
  public String arn() {
    return arn;
  }

  /** The execution's name. */
  public String name() {
    return name;
  }

  /** The execution input. */
  public JsonNode input() {
    return input.deepCopy();
  }

  /** How it ended. */
  public ExecutionStatus status() {
    return status;
  }

  /** The output when it succeeded, else null. */
  public JsonNode output() {
    return output == null ? null : output.deepCopy();
  }

  /**
   * The output read as {@code record}: checked against the record's JSON Schema first, so a
   * field that is missing or of the wrong type is named rather than left null or zero, then
   * mapped by Jackson. Fields the record does not have are ignored: state data often carries
   * more than the result a test reads.
   *
   * <pre>{@code
   * Receipt receipt = orders.run(order).output(Receipt.class);
   * assertThat(receipt.chargeId()).isEqualTo("ch-1");
   * }</pre>
   *
   * @throws IllegalStateException when the execution did not succeed, giving its error and cause
   * @throws TypeMismatchException when the output does not fit {@code record}, naming each field
   */
  public <T extends Record> T output(Class<T> record) {
    java.util.Objects.requireNonNull(record, "record == null");
    if (status != ExecutionStatus.SUCCEEDED) {
      throw new IllegalStateException("execution " + name + " has no output: it ended " + status
          + (error == null ? "" : " with " + error) + (cause == null ? "" : ": " + cause));
    }
    return io.statecraft.local.internal.typed.TypedValues.read("the output of execution " + name,
        output, record);
  }

  /** The error when it failed or timed out (may be null for a Fail state without Error). */
  public String error() {
    return error;
  }

  /** The cause when it failed, or null. */
  public String cause() {
    return cause;
  }

  /** When it started, on its clock. */
  public Instant startDate() {
    return Instant.ofEpochMilli(startMillis);
  }

  /** When it ended, on its clock. */
  public Instant stopDate() {
    return Instant.ofEpochMilli(stopMillis);
  }

  /** Every event it recorded. */
  public History history() {
    return history;
  }

  /**
   * Every call its Task states made, in the order they were made: state, resource, input,
   * attempt and time. An immutable list.
   */
  public List<TaskCall> taskCalls() {
    return taskCalls(calls);
  }

  /** Every answer its waiting tasks got for their tokens, in the order they came. Immutable. */
  public List<TaskCallback> callbacks() {
    return callbacks(calls);
  }

  static List<TaskCall> taskCalls(CallLog log) {
    List<TaskCall> calls = new ArrayList<>();
    for (CallLog.Call call : log.calls()) {
      calls.add(new TaskCall(call.stateName(), call.resource(), call.input(), call.attempt(),
          Instant.ofEpochMilli(call.millis())));
    }
    return List.copyOf(calls);
  }

  static List<TaskCallback> callbacks(CallLog log) {
    List<TaskCallback> callbacks = new ArrayList<>();
    for (CallLog.Callback callback : log.callbacks()) {
      callbacks.add(new TaskCallback(TaskCallback.Kind.valueOf(callback.kind().name()),
          callback.stateName(), callback.taskToken(), callback.output(), callback.error(),
          callback.cause(), Instant.ofEpochMilli(callback.millis())));
    }
    return List.copyOf(callbacks);
  }

  /** The names of the states entered, in the order of their entered events. */
  public List<String> path() {
    List<String> path = new ArrayList<>();
    for (HistoryEvent event : history.events()) {
      if (event.type().isStateEntered()) {
        path.add(event.stateName());
      }
    }
    return path;
  }

  /** The input of the first entry into {@code state}, if it was entered. */
  public Optional<JsonNode> stateInput(String state) {
    for (HistoryEvent event : history.events()) {
      if (event.type().isStateEntered() && state.equals(event.stateName())) {
        return Optional.of(event.value());
      }
    }
    return Optional.empty();
  }

  /** The output of the last exit from {@code state}, if it exited. */
  public Optional<JsonNode> stateOutput(String state) {
    HistoryEvent found = null;
    for (HistoryEvent event : history.events()) {
      if (event.type().isStateExited() && state.equals(event.stateName())) {
        found = event;
      }
    }
    return Optional.ofNullable(found).map(HistoryEvent::value);
  }

  /**
   * How many times {@code state} was retried: its attempts after the first, summed over every
   * entry into it. A Map's or Parallel's count is its own re-runs as a whole, never the retries
   * of the states inside it, which have counts of their own.
   */
  public int retries(String state) {
    return calls.retries(state);
  }

  @Override
  public String toString() {
    return name + " " + status + (status == ExecutionStatus.SUCCEEDED ? " " + Values.text(output)
        : " " + error + (cause == null ? "" : ": " + cause)) + " via " + path();
  }
}
