package io.statecraft.local.internal.tasks;

import io.statecraft.local.task.TaskContext;
import io.statecraft.local.task.TaskHandler;
import tools.jackson.databind.JsonNode;

/**
 * A handler that speaks the service's own shapes: it is given the whole request and its result
 * is the whole service response, which the runtime does not wrap (made by
 * {@link TaskHandler#raw(TaskHandler)}).
 */
public record RawHandler(TaskHandler handler) implements TaskHandler {

  @Override
  public JsonNode handle(JsonNode input, TaskContext context) {
    return handler.handle(input, context);
  }
}
