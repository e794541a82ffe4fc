package io.statecraft.local.internal.tasks;

import io.statecraft.local.task.TaskHandler;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What one handle of a workflow binds for itself, in front of the runtime's bindings: handlers by
 * state name and by resource, and the mocked responses of a Step Functions Local test case.
 * Immutable: each binding gives a new value, so handles made from one another never share a
 * change.
 */
public final class WorkflowBindings {

  /** Nothing bound: every state is answered as the runtime answers it. */
  public static final WorkflowBindings NONE =
      new WorkflowBindings(Map.of(), Map.of(), null, null);

  private final Map<String, TaskHandler> byState;
  private final Map<String, TaskHandler> byResource;
  private final MockConfig mocks;
  private final String testCase;
  /** Built once: the globs are compiled here, not per execution. */
  private final TaskBindings bindings;

  private WorkflowBindings(Map<String, TaskHandler> byState, Map<String, TaskHandler> byResource,
      MockConfig mocks, String testCase) {
    this.byState = byState;
    this.byResource = byResource;
    this.mocks = mocks;
    this.testCase = testCase;
    this.bindings = byState.isEmpty() && byResource.isEmpty() ? null
        : new TaskBindings(byState, byResource, false);
  }

  /** These bindings with {@code handler} for the state named {@code stateName}, replacing any. */
  public WorkflowBindings withState(String stateName, TaskHandler handler) {
    return new WorkflowBindings(with(byState, stateName, handler), byResource, mocks, testCase);
  }

  /** These bindings with {@code handler} for {@code arnOrPattern}, replacing any. */
  public WorkflowBindings withResource(String arnOrPattern, TaskHandler handler) {
    return new WorkflowBindings(byState, with(byResource, arnOrPattern, handler), mocks, testCase);
  }

  /** These bindings answering the states of {@code testCase} from {@code config}. */
  public WorkflowBindings withMocks(MockConfig config, String testCase) {
    return new WorkflowBindings(byState, byResource, config, testCase);
  }

  /**
   * What answers one execution of {@code workflow}: its test case's mocked responses (counted
   * afresh for each execution), then its own handlers, then {@code runtime}.
   */
  public TaskDispatcher dispatcher(String workflow, TaskDispatcher runtime) {
    TaskDispatcher tasks = bindings == null ? runtime : new LayeredTasks(bindings, runtime);
    return mocks == null ? tasks : new MockedTasks(Map.copyOf(mocks.handlers(workflow, testCase)),
        tasks);
  }

  private static Map<String, TaskHandler> with(Map<String, TaskHandler> map, String key,
      TaskHandler handler) {
    Objects.requireNonNull(handler, "handler == null");
    Map<String, TaskHandler> copy = new LinkedHashMap<>(map);
    copy.put(key, handler);
    return java.util.Collections.unmodifiableMap(copy);
  }
}
