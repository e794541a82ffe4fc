package io.statecraft.local.internal.typed;

import io.statecraft.asl.StateMachine;
import io.statecraft.dsl.TypedWorkflow;
import io.statecraft.dsl.Workflow;
import io.statecraft.dsl.internal.TaskResults;
import java.util.Map;

/**
 * The records of a workflow loaded from the DSL: the input and output records of a
 * {@link TypedWorkflow}, and those its Task states declare for their results; {@link #NONE} for
 * one loaded from ASL.
 *
 * @param workflow the workflow's name, for messages
 * @param input the input record, or null
 * @param output the output record, or null
 * @param results the result records of Task states, by state name
 */
public record Typing(String workflow, Class<? extends Record> input,
    Class<? extends Record> output, Map<String, TaskResults.Declared> results) {

  /** No records: neither inputs nor task results are checked. */
  public static final Typing NONE = new Typing(null, null, null, Map.of());

  public Typing {
    results = Map.copyOf(results);
  }

  /** The records of {@code workflow}, whose definition is {@code machine}. */
  public static Typing of(Workflow workflow, StateMachine machine) {
    Map<String, TaskResults.Declared> results = TaskResults.of(machine);
    if (workflow instanceof TypedWorkflow<?, ?> typed) {
      return new Typing(workflow.name(), typed.inputType(), typed.outputType(), results);
    }
    return of(workflow.name(), machine);
  }

  /** The result records {@code machine} was built with, when the DSL built it. */
  public static Typing of(String name, StateMachine machine) {
    Map<String, TaskResults.Declared> results = TaskResults.of(machine);
    return results.isEmpty() ? NONE : new Typing(name, null, null, results);
  }
}
