package io.statecraft.local.internal.tasks;

import io.statecraft.asl.ItemProcessor;
import io.statecraft.asl.MapState;
import io.statecraft.asl.ParallelState;
import io.statecraft.asl.State;
import io.statecraft.asl.StateMachine;
import io.statecraft.asl.TaskState;
import io.statecraft.compiler.internal.common.Spelling;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every state of one workflow by name, those in Parallel branches and Map processors included, so
 * that a handler bound to a name or resource that matches nothing fails where it is bound,
 * naming the nearest match, instead of leaving a state silently unbound.
 *
 * <pre>{@code
 * StateIndex.of("Orders", definition).checkTask("Charge crad");
 * // IllegalArgumentException: no state 'Charge crad' in Orders; did you mean 'Charge card'?
 * }</pre>
 */
public final class StateIndex {

  private final String workflow;
  private final Map<String, State> states = new LinkedHashMap<>();
  /**
   * Task state name to its Resource; a distributed Map's S3 calls (its ItemReader's and
   * ResultWriter's resources) are answered like a Task's, so its name counts here too, with the
   * resources joined by a line break.
   */
  private final Map<String, String> tasks = new LinkedHashMap<>();
  /** Every resource called: the Task states', and the Map states' S3 calls. */
  private final java.util.List<String> resources = new java.util.ArrayList<>();

  private StateIndex(String workflow) {
    this.workflow = workflow;
  }

  /** The states of {@code definition}, a workflow named {@code workflow}. */
  public static StateIndex of(String workflow, StateMachine definition) {
    StateIndex index = new StateIndex(workflow);
    index.add(definition.states());
    return index;
  }

  private void add(Map<String, State> scope) {
    scope.forEach((name, state) -> {
      states.put(name, state);
      if (state instanceof TaskState task) {
        tasks.put(name, task.resource());
        resources.add(task.resource());
      } else if (state instanceof ParallelState parallel) {
        parallel.branches().forEach(branch -> add(branch.states()));
      } else if (state instanceof MapState map) {
        ItemProcessor processor = map.itemProcessor() != null ? map.itemProcessor() : map.iterator();
        if (processor != null) {
          add(processor.states());
        }
        java.util.List<String> calls = new java.util.ArrayList<>();
        if (map.itemReader() != null && map.itemReader().resource() != null) {
          calls.add(map.itemReader().resource());
        }
        if (map.resultWriter() != null && map.resultWriter().resource() != null) {
          calls.add(map.resultWriter().resource());
        }
        if (!calls.isEmpty()) {
          tasks.put(name, String.join("\n", calls));
          resources.addAll(calls);
        }
      }
    });
  }

  /** The workflow's name. */
  public String workflow() {
    return workflow;
  }

  /** The names of the Task states. */
  public java.util.Set<String> taskNames() {
    return java.util.Collections.unmodifiableSet(tasks.keySet());
  }

  /** The Resources the Task states (and distributed Maps' readers and writers) call. */
  public Collection<String> resources() {
    return java.util.Collections.unmodifiableCollection(resources);
  }

  /** Whether a Task state is named {@code stateName}. */
  public boolean hasTask(String stateName) {
    return tasks.containsKey(stateName);
  }

  /** Whether a Task state's Resource is {@code arnOrPattern} or matches it as a glob. */
  public boolean callsResource(String arnOrPattern) {
    if (resources.contains(arnOrPattern)) {
      return true;
    }
    if (!arnOrPattern.contains("*") && !arnOrPattern.contains("?")) {
      return false;
    }
    var glob = io.statecraft.compiler.internal.common.Glob.resource(arnOrPattern);
    return resources.stream().anyMatch(glob::matches);
  }

  /** Throws {@link IllegalArgumentException} unless a Task state is named {@code stateName}. */
  public void checkTask(String stateName) {
    if (hasTask(stateName)) {
      return;
    }
    State state = states.get(stateName);
    if (state != null) {
      throw new IllegalArgumentException("state '" + stateName + "' of " + workflow + " is a "
          + state.type().aslName() + " state; handlers answer Task states: " + list(tasks.keySet()));
    }
    throw new IllegalArgumentException("no state '" + stateName + "' in " + workflow
        + nearest(stateName, tasks.keySet(), "its Task states are "));
  }

  /** Throws {@link IllegalArgumentException} unless a Task state calls {@code arnOrPattern}. */
  public void checkResource(String arnOrPattern) {
    if (!callsResource(arnOrPattern)) {
      throw new IllegalArgumentException("no Task state of " + workflow + " calls '"
          + arnOrPattern + "'" + nearest(arnOrPattern, resources, "its Task states call "));
    }
  }

  /** Throws {@link IllegalArgumentException} unless a state is named {@code stateName}. */
  public void checkState(String stateName, String what) {
    if (!states.containsKey(stateName)) {
      throw new IllegalArgumentException(what + " names state '" + stateName + "', which is not in "
          + workflow + nearest(stateName, states.keySet(), "its states are "));
    }
  }

  /**
   * {@code "; did you mean 'X'?"} with the candidate nearest to {@code name}, else
   * {@code "; <otherwise>A, B"} listing them all (or saying there are none).
   */
  public static String nearest(String name, Collection<String> candidates, String otherwise) {
    String closest = Spelling.closest(name, candidates);
    if (closest != null) {
      return "; did you mean '" + closest + "'?";
    }
    return candidates.isEmpty() ? "; it has none" : "; " + otherwise + list(candidates);
  }

  private static String list(Collection<String> names) {
    return names.isEmpty() ? "none" : "'" + String.join("', '", new java.util.TreeSet<>(names))
        + "'";
  }
}
