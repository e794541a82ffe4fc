package io.statecraft.local.internal.engine;

import io.statecraft.local.history.History;
import io.statecraft.local.internal.kernel.Outcome;
import io.statecraft.local.internal.kernel.Run;
import io.statecraft.asl.StateMachine;
import io.statecraft.local.internal.states.Decision;
import io.statecraft.local.internal.states.Decisions;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The listeners installed in this JVM (the SPI's ExecutionObserver adapts to one), told of every
 * run that ends in any engine. Global on purpose: a test tool observes runtimes it did not build.
 *
 * <pre>{@code
 * Runnable uninstall = Observers.install((name, definition, arn, history, decisions) -> ...);
 * ...                                    // Engine.finished calls Observers.finished(...)
 * uninstall.run();
 * }</pre>
 */
public final class Observers {

  /** Told of a run that ended: its machine's name and definition, its history and decisions. */
  @FunctionalInterface
  public interface Listener {
    void finished(String stateMachineName, StateMachine definition, String executionArn,
        History history, List<Decision> decisions);
  }

  private static final List<Listener> INSTALLED = new CopyOnWriteArrayList<>();

  private Observers() {}

  /**
   * Installs {@code observer}; states note their decisions while any is installed. Returns what
   * uninstalls it.
   */
  public static Runnable install(Listener observer) {
    synchronized (INSTALLED) {
      INSTALLED.add(observer);
      Decisions.recording(true);
    }
    return () -> {
      // Under the lock: a close racing an install must not leave noting off.
      synchronized (INSTALLED) {
        INSTALLED.remove(observer);
        Decisions.recording(!INSTALLED.isEmpty());
      }
    };
  }

  /** Tells every installed observer that {@code run} of {@code machine} ended. */
  static void finished(Machine machine, Run run, Outcome outcome) {
    List<Decision> decisions = Decisions.take(run);
    if (INSTALLED.isEmpty()) {
      return;
    }
    History history = new History(outcome.events());
    for (Listener observer : INSTALLED) {
      observer.finished(machine.name(), machine.definition(), run.executionArn, history,
          decisions);
    }
  }
}
