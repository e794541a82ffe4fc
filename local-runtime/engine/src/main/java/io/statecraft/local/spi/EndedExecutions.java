package io.statecraft.local.spi;

import io.statecraft.local.LocalStateMachine;
import io.statecraft.local.RunningExecution;
import io.statecraft.local.history.HistoryEvent;
import io.statecraft.local.history.HistoryEventType;
import io.statecraft.local.internal.engine.Engine;
import io.statecraft.local.internal.engine.Handles;
import io.statecraft.local.internal.engine.Machine;
import io.statecraft.local.internal.expr.Variables;
import io.statecraft.local.internal.json.Values;
import io.statecraft.local.internal.kernel.EventLog;
import io.statecraft.local.internal.kernel.Outcome;
import io.statecraft.local.internal.kernel.Run;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Executions that ended before the runtime started, as a host that keeps its executions in a
 * store of its own (the emulator's data directory) gives them back: their history as recorded,
 * and how they ended, read from the last event.
 *
 * <pre>{@code
 * RunningExecution restored = EndedExecutions.restore(embedded, machine, arn, name, input,
 *     recordedEvents);
 * restored.result().orElseThrow().status();   // SUCCEEDED, FAILED, TIMED_OUT or ABORTED
 * }</pre>
 *
 * <p>The events a host keeps are {@link HistoryEvent}s; {@link #index} and {@link #extra} give the
 * two fields the public type shows only through its details, so that
 * {@link HistoryEvent#of} makes the same event again.
 */
public final class EndedExecutions {

  private EndedExecutions() {}

  /**
   * The execution {@code executionArn} of {@code machine}, ended: its status, output, error,
   * cause and stop date are those of the last of {@code events} (ExecutionSucceeded, -Failed,
   * -TimedOut or -Aborted), its start date that of the first (ExecutionStarted), its redrive count
   * and date those of the last ExecutionRedriven, if any. It runs nothing.
   *
   * @throws IllegalArgumentException when the events do not start with ExecutionStarted or do
   *     not end with the end of an execution
   */
  public static RunningExecution restore(EmbeddedRuntime embedded, LocalStateMachine machine,
      String executionArn, String executionName, JsonNode input, List<HistoryEvent> events) {
    if (events.isEmpty() || events.get(0).type() != HistoryEventType.EXECUTION_STARTED) {
      throw new IllegalArgumentException("the history of '" + executionArn
          + "' does not start with ExecutionStarted");
    }
    HistoryEvent last = events.get(events.size() - 1);
    Outcome.Status status = switch (last.type()) {
      case EXECUTION_SUCCEEDED -> Outcome.Status.SUCCEEDED;
      case EXECUTION_FAILED -> Outcome.Status.FAILED;
      case EXECUTION_TIMED_OUT -> Outcome.Status.TIMED_OUT;
      case EXECUTION_ABORTED -> Outcome.Status.ABORTED;
      default -> throw new IllegalArgumentException("the history of '" + executionArn
          + "' ends with " + last.type().awsName() + ", not with the end of an execution");
    };
    EventLog log = new EventLog(events.size());
    int redriveCount = 0;
    long redriveMillis = -1;
    for (HistoryEvent event : events) {
      log.append(event.type(), event.previousEventId(), event.timestampMillis(),
          event.stateName(), event.value(), index(event), event.error(), event.cause(),
          extra(event));
      if (event.type() == HistoryEventType.EXECUTION_REDRIVEN) {
        redriveCount = event.details().path("redriveCount").asInt(redriveCount + 1);
        redriveMillis = event.timestampMillis();
      }
    }
    Engine engine = Handles.access().engine(embedded.runtime());
    Machine loaded = Handles.access().machine(machine);
    long startMillis = events.get(0).timestampMillis();
    // A redrive spec is how a run takes a history it did not record itself; it never starts.
    Run.Redrive history = new Run.Redrive(log, loaded.graph().start(), input,
        new Variables(null), redriveCount, redriveMillis, startMillis, null);
    Run run = new Run(new Run.Spec(loaded.arn(), loaded.name(), executionName, executionArn,
        events.get(0).stateName(), input, false, Long.MAX_VALUE, loaded.graph().start(),
        engine.clock(), false, 0, Long.MAX_VALUE, Integer.MAX_VALUE, events.size(), null,
        Map.of(), startMillis, history));
    run.outcome().complete(new Outcome(status,
        status == Outcome.Status.SUCCEEDED ? last.value() : null, last.error(), last.cause(),
        last.timestampMillis(), run.events()));
    return (RunningExecution) Handles.access().ended(loaded, run);
  }

  /** A Map iteration's index or a Map's length, as the event's details show it; else 0. */
  public static long index(HistoryEvent event) {
    ObjectNode details = event.details();
    if (details == null) {
      return 0;
    }
    return switch (event.type().awsName()) {
      case "MapStateStarted" -> details.path("length").asLong(0);
      case "MapIterationStarted", "MapIterationSucceeded", "MapIterationFailed",
          "MapIterationAborted" -> details.path("index").asLong(0);
      default -> 0;
    };
  }

  /**
   * The details of {@code event} beyond those its name, value, index, error and cause make
   * (a task's resource, assigned variables as values, a redrive count), or null when none.
   */
  public static ObjectNode extra(HistoryEvent event) {
    ObjectNode details = event.details();
    if (details == null) {
      return null;
    }
    ObjectNode plain = HistoryEvent.of(event.id(), event.previousEventId(),
        event.timestampMillis(), event.type(), event.stateName(), event.value(), index(event),
        event.error(), event.cause(), null).details();
    ObjectNode extra = Values.object();
    for (Map.Entry<String, JsonNode> field : details.properties()) {
      JsonNode same = plain.get(field.getKey());
      if (same == null || !same.equals(field.getValue())) {
        extra.set(field.getKey(), field.getValue());
      }
    }
    JsonNode assigned = extra.get("assignedVariables");
    if (assigned != null && assigned.isObject()) {
      // Details show each variable as its JSON text; the runtime keeps them as values.
      ObjectNode values = Values.object();
      for (Map.Entry<String, JsonNode> variable : assigned.properties()) {
        values.set(variable.getKey(), Values.parse(variable.getValue().asString()));
      }
      extra.set("assignedVariables", values);
    }
    return extra.isEmpty() ? null : extra;
  }
}
