package io.statecraft.local.internal.tasks;

import tools.jackson.databind.JsonNode;

/**
 * A workflow's own handlers in front of the runtime's: a state the workflow binds is answered
 * by it, every other state as the runtime would answer it.
 */
public final class LayeredTasks implements TaskDispatcher {

  private final TaskBindings own;
  private final TaskDispatcher runtime;

  public LayeredTasks(TaskBindings own, TaskDispatcher runtime) {
    this.own = own;
    this.runtime = runtime;
  }

  @Override
  public JsonNode call(TaskCall task, JsonNode input, CallContext context) {
    return own.handles(task) ? own.call(task, input, context) : runtime.call(task, input, context);
  }

  @Override
  public boolean answers(TaskCall task) {
    return own.answers(task) || runtime.answers(task);
  }

  @Override
  public boolean handles(TaskCall task) {
    return own.handles(task) || runtime.handles(task);
  }

  @Override
  public JsonNode answer(TaskCall task) {
    return own.handles(task) ? null : runtime.answer(task);
  }
}
