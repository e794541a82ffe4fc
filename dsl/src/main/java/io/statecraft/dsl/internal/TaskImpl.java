package io.statecraft.dsl.internal;

import io.statecraft.asl.QueryLanguage;
import io.statecraft.asl.StateType;
import io.statecraft.dsl.flow.TaskStep;
import io.statecraft.dsl.integration.Integration;
import io.statecraft.dsl.internal.value.Numbers;
import io.statecraft.dsl.internal.value.Paths;
import io.statecraft.dsl.payload.Payload;
import java.time.Duration;
import java.util.Objects;

/**
 * The one implementation of the Task builder interfaces: its own fields here, those it shares with
 * other kinds in {@link StepImpl}.
 */
public final class TaskImpl extends StepImpl<TaskImpl> implements TaskStep {

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
        f -> f.timeoutPath = Paths.text(path));
  }

  @Override
  public TaskImpl heartbeatPath(String path) {
    return copy(QueryLanguage.JSONPATH, "HeartbeatSecondsPath",
        f -> f.heartbeatPath = Paths.text(path));
  }
}
