package io.statecraft.local.internal.tasks;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The runtime-wide bindings of a builder, checked against every workflow the runtime loads: a
 * state name or resource that matched no Task state of any of them is almost always a typo, and
 * would otherwise leave the state it meant silently unbound. One check may span several runtimes
 * built from one configuration (the runtimes of a JUnit test class, one per test).
 *
 * <pre>{@code
 * UnusedBindings unused = new UnusedBindings();
 * unused.bound(Set.of("Charge crad"), Set.of());
 * unused.loaded(StateIndex.of("Orders", definition));
 * unused.report();   // IllegalStateException: ... 'Charge crad' ...; did you mean 'Charge card'?
 * }</pre>
 */
public final class UnusedBindings {

  private final Set<String> stateNames = new LinkedHashSet<>();
  private final Set<String> resources = new LinkedHashSet<>();
  private final List<StateIndex> loaded = new ArrayList<>();

  /** Records the state names and resources a runtime's builder bound handlers to. */
  public synchronized void bound(Set<String> names, Set<String> arnsOrPatterns) {
    stateNames.addAll(names);
    resources.addAll(arnsOrPatterns);
  }

  /** Records a workflow the runtime loaded. */
  public synchronized void loaded(StateIndex workflow) {
    loaded.add(workflow);
  }

  /**
   * Throws {@link IllegalStateException} naming each binding that matched no Task state of the
   * workflows loaded, with the nearest names; nothing when no workflow was loaded.
   */
  public synchronized void report() {
    if (loaded.isEmpty()) {
      return;
    }
    Set<String> workflows = new TreeSet<>();
    Set<String> taskNames = new TreeSet<>();
    Set<String> calls = new TreeSet<>();
    loaded.forEach(index -> {
      workflows.add(index.workflow());
      taskNames.addAll(index.taskNames());
      calls.addAll(index.resources());
    });
    Set<String> problems = new LinkedHashSet<>();
    for (String name : new TreeSet<>(stateNames)) {
      if (loaded.stream().noneMatch(index -> index.hasTask(name))) {
        problems.add("task(\"" + name + "\", ...) matches no Task state"
            + StateIndex.nearest(name, taskNames, "the Task states are "));
      }
    }
    for (String resource : new TreeSet<>(resources)) {
      if (loaded.stream().noneMatch(index -> index.callsResource(resource))) {
        problems.add("resource(\"" + resource + "\", ...) matches no Task state's Resource"
            + StateIndex.nearest(resource, calls, "the Task states call "));
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException("handlers bound on LocalStepFunctions.builder() answered"
          + " nothing in " + String.join(", ", workflows) + ":\n  "
          + String.join("\n  ", problems));
    }
  }
}
