package io.statecraft.local.internal.engine;

import io.statecraft.local.history.History;
import io.statecraft.local.internal.kernel.Outcome;
import io.statecraft.local.internal.kernel.Run;
import io.statecraft.local.internal.states.Decisions;
import io.statecraft.local.spi.ExecutionObserver;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The {@link ExecutionObserver}s installed in this JVM, told of every run that ends in any
 * engine. Global on purpose: a test tool observes runtimes it did not build.
 *
 * <pre>{@code
 * try (ExecutionObserver.Installed installed = Observers.install(seen::add)) {
 *   ...                                  // Engine.finished calls Observers.finished(...)
 * }
 * }</pre>
 */
public final class Observers {

  private static final List<ExecutionObserver> INSTALLED = new CopyOnWriteArrayList<>();

  private Observers() {}

  /** Installs {@code observer}; states note their decisions while any is installed. */
  public static ExecutionObserver.Installed install(ExecutionObserver observer) {
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
    List<ExecutionObserver.Decision> decisions = Decisions.take(run);
    if (INSTALLED.isEmpty()) {
      return;
    }
    ExecutionObserver.Finished finished = new ExecutionObserver.Finished(machine.name(),
        machine.definition(), run.executionArn, new History(outcome.events()), decisions);
    for (ExecutionObserver observer : INSTALLED) {
      observer.finished(finished);
    }
  }
}
