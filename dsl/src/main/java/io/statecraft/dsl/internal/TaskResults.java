package io.statecraft.dsl.internal;

import io.statecraft.asl.StateMachine;
import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The result records Task states declare with {@code result(Class)}, kept for each machine
 * {@code StateMachineBuilder.build()} makes. ASL has no place for them, so the tools that get the
 * machine from {@code Workflow.define()} (the local runtime, the build) look them up by the
 * machine object. Entries are held weakly, by identity: a machine no one holds any more takes its
 * entry with it, and an equal machine built without the declarations has none.
 */
public final class TaskResults {

  /**
   * What one Task state declares.
   *
   * @param record the record of the result
   * @param pointer where the record is in the service's raw result: {@code /Payload} for
   *     {@code lambda:invoke}, which wraps the function's result in Lambda's Invoke response;
   *     empty otherwise
   */
  public record Declared(Class<? extends Record> record, String pointer) {

    public Declared {
      Objects.requireNonNull(record, "record == null");
      Objects.requireNonNull(pointer, "pointer == null");
    }

    /** The JSONPath of the record in the raw result: {@code $.Payload} or {@code $}. */
    public String path() {
      return "$" + pointer.replace('/', '.');
    }
  }

  private static final ReferenceQueue<StateMachine> COLLECTED = new ReferenceQueue<>();
  private static final Map<Key, Map<String, Declared>> BY_MACHINE = new HashMap<>();

  private TaskResults() {}

  /** Where the record of a task calling {@code resource} sits in its raw result. */
  public static String pointer(String resource) {
    boolean lambdaInvoke = resource.startsWith("arn:")
        && resource.endsWith(":states:::lambda:invoke");
    return lambdaInvoke ? "/Payload" : "";
  }

  /**
   * The declarations of {@code machine}'s Task states, by state name in the order the states
   * were assembled; empty when none.
   */
  public static Map<String, Declared> of(StateMachine machine) {
    Objects.requireNonNull(machine, "machine == null");
    synchronized (BY_MACHINE) {
      return BY_MACHINE.getOrDefault(new Key(machine, null), Map.of());
    }
  }

  /** Keeps {@code declared} for {@code machine}, which has just been built. */
  static void remember(StateMachine machine, Map<String, Declared> declared) {
    if (declared.isEmpty()) {
      return;
    }
    synchronized (BY_MACHINE) {
      for (Reference<?> gone; (gone = COLLECTED.poll()) != null; ) {
        BY_MACHINE.remove(gone);
      }
      BY_MACHINE.put(new Key(machine, COLLECTED),
          java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(declared)));
    }
  }

  /** A machine by identity, held weakly. */
  private static final class Key extends WeakReference<StateMachine> {

    private final int hash;

    Key(StateMachine machine, ReferenceQueue<StateMachine> queue) {
      super(machine, queue);
      this.hash = System.identityHashCode(machine);
    }

    @Override
    public int hashCode() {
      return hash;
    }

    @Override
    public boolean equals(Object other) {
      if (this == other) {
        return true;
      }
      StateMachine machine = get();
      return other instanceof Key key && machine != null && machine == key.get();
    }
  }
}
