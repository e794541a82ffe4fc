package io.statecraft.testing;

import io.statecraft.local.Execution;
import io.statecraft.local.LocalStateMachine;
import io.statecraft.local.LocalStepFunctions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * One test's runtime, the workflows loaded into it by name, and the executions it finished.
 * JUnit closes it with the test (it is {@link AutoCloseable}, which JUnit 5.13+ closes from the
 * store), so no thread of it outlives the test.
 */
record TestRuntime(LocalStepFunctions runtime, Map<String, LocalStateMachine> workflows,
    List<Execution> executions) implements AutoCloseable {

  /** A runtime built by {@code builder}, with {@code loads} loaded into it. */
  static TestRuntime start(LocalStepFunctions.Builder builder,
      List<Function<LocalStepFunctions, LocalStateMachine>> loads) {
    List<Execution> executions = new CopyOnWriteArrayList<>();
    LocalStepFunctions runtime = builder.onFinished(executions::add).build();
    Map<String, LocalStateMachine> workflows = new LinkedHashMap<>();
    try {
      for (Function<LocalStepFunctions, LocalStateMachine> load : loads) {
        LocalStateMachine machine = load.apply(runtime);
        workflows.put(machine.name(), machine);
      }
    } catch (RuntimeException e) {
      runtime.close();
      throw e;
    }
    return new TestRuntime(runtime, Map.copyOf(workflows), executions);
  }

  /**
   * The workflow named {@code name}, or the only one when {@code name} is null.
   *
   * @throws org.junit.jupiter.api.extension.ParameterResolutionException when there is none, or
   *     several and no name
   */
  LocalStateMachine workflow(String name, String target) {
    if (name != null) {
      LocalStateMachine machine = workflows.get(name);
      if (machine == null) {
        throw new org.junit.jupiter.api.extension.ParameterResolutionException(target
            + " asks for workflow '" + name + "', which the extension does not load; it loads "
            + workflows.keySet());
      }
      return machine;
    }
    if (workflows.size() != 1) {
      throw new org.junit.jupiter.api.extension.ParameterResolutionException(target + ": "
          + (workflows.isEmpty() ? "the extension loads no workflow; add one with"
              + " StatecraftExtension.with(...).workflow(MyWorkflow.class)"
              : "the extension loads " + workflows.keySet() + "; choose one with"
              + " @WorkflowNamed(\"...\")"));
    }
    return workflows.values().iterator().next();
  }

  @Override
  public void close() {
    runtime.close();
  }
}
