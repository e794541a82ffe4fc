package io.statecraft.local.internal.tasks;

import tools.jackson.databind.JsonNode;

/** Answers the service calls of Task states: the user's bindings, mocks, or recorded results. */
public interface TaskDispatcher {

  /**
   * The raw service result of {@code task} called with {@code input} (what TaskSucceeded records);
   * throws {@link io.statecraft.local.task.TaskFailure} for a service error.
   */
  JsonNode call(TaskCall task, JsonNode input, CallContext context);

  /**
   * Whether this dispatcher answers {@code task}; when not, a nested {@code startExecution}
   * runs the child state machine loaded in the runtime, and an activity waits for a worker.
   */
  default boolean handles(TaskCall task) {
    return true;
  }

  /**
   * Whether something was set up to answer {@code task} itself (a handler, a mock, a recorded
   * result); when not, a distributed Map's reader and writer use the folder standing in for S3.
   */
  default boolean answers(TaskCall task) {
    return handles(task);
  }

  /**
   * For a task that waits after its call (an activity, {@code .waitForTaskToken},
   * {@code startExecution.sync}): the answer this dispatcher already holds, in the shape of a
   * recorded result ({@code {"Return": ...}} or {@code {"Throw": {...}, "TimedOut": true}}), or
   * null to wait for a worker, SendTask* or the child execution.
   */
  default JsonNode answer(TaskCall task) {
    return null;
  }
}
