package io.statecraft.local.internal.tasks;

import io.statecraft.asl.diagnostic.Diagnostic;
import io.statecraft.compiler.RecordSchemas;
import io.statecraft.dsl.internal.TaskResults;
import io.statecraft.local.typed.TypeMismatchException;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Checks what handlers and mocks answer for a Task state that declares a result record against
 * that record's JSON Schema: a result that does not fit throws {@link TypeMismatchException} out
 * of the run, naming each field, as a typed handler's input that does not fit does. It is a
 * mistake in the test or the handler, not a failure of the service.
 */
public final class ResultCheckedTasks implements TaskDispatcher {

  private final Map<String, TaskResults.Declared> results;
  private final TaskDispatcher answering;

  public ResultCheckedTasks(Map<String, TaskResults.Declared> results, TaskDispatcher answering) {
    this.results = results;
    this.answering = answering;
  }

  @Override
  public JsonNode call(TaskCall task, JsonNode input, CallContext context) {
    JsonNode result = answering.call(task, input, context);
    TaskResults.Declared declared = results.get(task.stateName());
    if (declared != null && result != null) {
      check(task.stateName(), declared, result);
    }
    return result;
  }

  private static void check(String state, TaskResults.Declared declared, JsonNode result) {
    String heading = "the result of task '" + state + "' does not fit "
        + declared.record().getSimpleName() + ", its result record";
    JsonNode value = result.at(declared.pointer());
    List<Diagnostic> problems = value.isMissingNode()
        ? List.of(Diagnostic.error("VALUE_MISSING_FIELD", declared.pointer(),
            "the service's result needs the field \"" + declared.pointer().substring(1)
                + "\", which holds the record"))
        : RecordSchemas.check(declared.record(), value);
    if (!problems.isEmpty()) {
      throw new TypeMismatchException(heading, declared.record(), problems);
    }
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
}
