package io.statecraft.testing;

import io.statecraft.asl.StateMachine;
import io.statecraft.dsl.TypedWorkflow;
import io.statecraft.dsl.Workflow;
import io.statecraft.local.LocalStateMachine;
import io.statecraft.local.LocalStepFunctions;
import java.util.function.Supplier;

/**
 * A workflow's definition built by the first test that loads it and reused by the others: the
 * DSL's build (its checks and the definition's validation) is most of what loading a workflow
 * costs, and its result is an immutable value, the same for every test. A build that throws is
 * not kept, so each test that loads the workflow fails the same way.
 */
final class DefinedOnce {

  /** A workflow whose definition is already built. */
  private record Defined(String name, StateMachine definition) implements Workflow {
    @Override
    public StateMachine define() {
      return definition;
    }
  }

  /** A typed workflow whose definition is already built: its runs check the input as before. */
  @SuppressWarnings({"rawtypes", "unchecked"})
  private record DefinedTyped(String name, StateMachine definition, Class input, Class output)
      implements TypedWorkflow {
    @Override
    public StateMachine define() {
      return definition;
    }

    @Override
    public Class inputType() {
      return input;
    }

    @Override
    public Class outputType() {
      return output;
    }
  }

  private final Supplier<Workflow> workflow;
  private volatile Workflow defined;

  private DefinedOnce(Supplier<Workflow> workflow) {
    this.workflow = workflow;
  }

  /** The definition of the workflow {@code workflow} gives, built on first use. */
  static DefinedOnce of(Supplier<Workflow> workflow) {
    return new DefinedOnce(workflow);
  }

  /** Loads the definition into {@code runtime}, as {@code runtime.load(workflow)} does. */
  LocalStateMachine load(LocalStepFunctions runtime) {
    Workflow known = defined;
    if (known == null) {
      // Two tests running in parallel may both build it: the same value, and the last one kept.
      Workflow made = workflow.get();
      known = made instanceof TypedWorkflow<?, ?> typed
          ? new DefinedTyped(made.name(), made.define(), typed.inputType(), typed.outputType())
          : new Defined(made.name(), made.define());
      defined = known;
    }
    return runtime.load(known);
  }
}
