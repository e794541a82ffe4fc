package io.statecraft.local.internal.typed;

import io.statecraft.dsl.TypedWorkflow;
import io.statecraft.dsl.Workflow;

/**
 * The input and output records of a workflow loaded from a {@link TypedWorkflow}, or
 * {@link #NONE} for one loaded from ASL or an untyped workflow.
 *
 * @param workflow the workflow's name, for messages
 * @param input the input record, or null
 * @param output the output record, or null
 */
public record Typing(String workflow, Class<? extends Record> input,
    Class<? extends Record> output) {

  /** No records: inputs are not checked. */
  public static final Typing NONE = new Typing(null, null, null);

  /** The records of {@code workflow}, or {@link #NONE} when it is not typed. */
  public static Typing of(Workflow workflow) {
    if (workflow instanceof TypedWorkflow<?, ?> typed) {
      return new Typing(workflow.name(), typed.inputType(), typed.outputType());
    }
    return NONE;
  }
}
