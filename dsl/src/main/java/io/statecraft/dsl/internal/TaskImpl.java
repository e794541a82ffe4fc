package io.statecraft.dsl.internal;

import io.statecraft.asl.QueryLanguage;
import io.statecraft.asl.StateType;
import io.statecraft.dsl.flow.JsonPathTask;
import io.statecraft.dsl.flow.TypedTask;
import io.statecraft.dsl.integration.Integration;
import io.statecraft.dsl.internal.value.Numbers;
import io.statecraft.dsl.payload.JsonPath;
import io.statecraft.dsl.payload.Paths;
import io.statecraft.dsl.payload.Payload;
import io.statecraft.dsl.payload.RecordPath;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;

/**
 * The one implementation of the Task builder interfaces: its own fields here, those it shares with
 * other kinds in {@link StepImpl}. It is a {@code TypedTask} of any record: the record type is
 * only a compile-time check, so one class serves them all.
 */
public final class TaskImpl extends StepImpl<TaskImpl> implements TypedTask<Record> {

  TaskImpl(Fields fields) {
    super(fields, StateType.TASK, TaskImpl::new);
  }

  /** {@code Steps.task}. */
  public static TaskImpl create(String name, Integration integration) {
    Objects.requireNonNull(integration, "integration == null");
    Fields fields = StateNode.start(name);
    fields.integration = integration;
    return new TaskImpl(fields);
  }

  @Override
  @SuppressWarnings("unchecked")
  public <R extends Record> TypedTask<R> result(Class<R> record) {
    Objects.requireNonNull(record, "record == null");
    if (!record.isRecord()) {
      // Only the abstract java.lang.Record itself gets past the type bound.
      throw new IllegalArgumentException("record must be a record class, was " + record.getName());
    }
    TypedTask<? extends Record> typed = copy(f -> f.resultRecord = record);
    return (TypedTask<R>) typed;
  }

  @Override
  public JsonPathTask resultSelector(Function<RecordPath<Record>, Payload> selector) {
    Objects.requireNonNull(selector, "selector == null");
    if (fields.resultRecord == null) {
      throw new IllegalStateException("Task '" + name() + "' has no result record: call"
          + " result(Record.class) first");
    }
    JsonPath root = new JsonPath(new TaskResults.Declared(fields.resultRecord,
        TaskResults.pointer(fields.integration.resource())).path());
    Payload template = selector.apply(Paths.at(root, Record.class));
    return resultSelector(req(template, "the payload resultSelector's function returned"));
  }

  @Override
  public TaskImpl credentials(Payload credentials) {
    return copy(f -> f.credentials = req(credentials, "credentials"));
  }

  @Override
  public TaskImpl timeout(Duration timeout) {
    return copy(f -> f.timeout = Numbers.seconds(timeout, "timeout"));
  }

  @Override
  public TaskImpl timeout(String expression) {
    return copy(f -> f.timeout = Numbers.expression(expression, "timeout"));
  }

  @Override
  public TaskImpl heartbeat(Duration heartbeat) {
    return copy(f -> f.heartbeat = Numbers.seconds(heartbeat, "heartbeat"));
  }

  @Override
  public TaskImpl heartbeat(String expression) {
    return copy(f -> f.heartbeat = Numbers.expression(expression, "heartbeat"));
  }

  @Override
  public TaskImpl timeoutPath(String path) {
    return copy(QueryLanguage.JSONPATH, "TimeoutSecondsPath",
        f -> f.timeoutPath = io.statecraft.dsl.internal.value.Paths.text(path));
  }

  @Override
  public TaskImpl heartbeatPath(String path) {
    return copy(QueryLanguage.JSONPATH, "HeartbeatSecondsPath",
        f -> f.heartbeatPath = io.statecraft.dsl.internal.value.Paths.text(path));
  }
}
