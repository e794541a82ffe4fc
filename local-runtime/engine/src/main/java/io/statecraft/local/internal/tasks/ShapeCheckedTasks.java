package io.statecraft.local.internal.tasks;

import io.statecraft.local.internal.expr.StatesError;
import io.statecraft.shapes.FieldValidation;
import io.statecraft.shapes.ServiceShapes;
import io.statecraft.shapes.ShapeProblem;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Checks what handlers and mocks answer against the service integration's response shape, so
 * that a mock cannot return what the service never would ({@code {"Itemz": ...}} for
 * {@code dynamodb:getItem}): the execution fails at that state, naming the member and the nearest
 * one the service has. Stricter than AWS's TestState, which lets unknown members through.
 */
public final class ShapeCheckedTasks implements TaskDispatcher {

  /** The error of an execution whose handler or mock answered outside the service's shape. */
  public static final String INVALID_RESULT = "Statecraft.InvalidTaskResult";

  private final TaskDispatcher answering;
  private final FieldValidation mode;

  public ShapeCheckedTasks(TaskDispatcher answering, FieldValidation mode) {
    this.answering = answering;
    this.mode = mode;
  }

  @Override
  public JsonNode call(TaskCall task, JsonNode input, CallContext context) {
    JsonNode result = answering.call(task, input, context);
    // A date as epoch milliseconds is how executions render them: not held against a handler.
    List<ShapeProblem> problems = Shapes.BUNDLED.check(task.resource(), result, mode).stream()
        .filter(problem -> problem.kind() != ShapeProblem.Kind.NUMBER_FOR_TIMESTAMP).toList();
    if (!problems.isEmpty()) {
      ShapeProblem first = problems.get(0);
      throw StatesError.terminal(INVALID_RESULT, "The result given for state '"
          + task.stateName() + "' is not what " + task.resource() + " returns: "
          + first.message() + (first.pointer().isEmpty() ? "" : " (at " + first.pointer() + ")")
          + (problems.size() > 1 ? "; " + (problems.size() - 1) + " more problem(s)" : ""));
    }
    return result;
  }

  @Override
  public boolean handles(TaskCall task) {
    return answering.handles(task);
  }

  @Override
  public boolean answers(TaskCall task) {
    return answering.answers(task);
  }

  @Override
  public JsonNode answer(TaskCall task) {
    return answering.answer(task);
  }

  /** The bundled shapes, read on first use. */
  private static final class Shapes {
    static final ServiceShapes BUNDLED = ServiceShapes.load();
  }
}
