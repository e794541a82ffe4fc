package io.statecraft.local;

import tools.jackson.databind.JsonNode;

/** Answers the service calls of Task states: the user's bindings, or recorded results. */
interface TaskDispatcher {

  /**
   * The raw service result of {@code task} called with {@code input} (what TaskSucceeded records);
   * throws {@link TaskFailure} for a service error.
   */
  JsonNode call(TaskNode task, JsonNode input, TaskContext context);
}
