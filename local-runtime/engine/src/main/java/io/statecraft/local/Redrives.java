package io.statecraft.local;

import io.statecraft.local.internal.engine.Engine;
import io.statecraft.local.internal.kernel.Run;

/** RedriveExecution for the public API: the execution's latest run, checked, continued. */
final class Redrives {

  private Redrives() {}

  /** Redrives the execution {@code run} belongs to, from its latest run. */
  static RunningExecution redrive(Engine engine, LocalStateMachine machine, Run run) {
    Run latest = run.latest();
    ExecutionNotRedrivableException.check(latest);
    Run redriven;
    synchronized (latest) {
      ExecutionNotRedrivableException.check(latest);
      redriven = engine.redrive(machine.machine(), latest);
      if (redriven == null) {
        throw ExecutionNotRedrivableException.of(latest);
      }
      latest.successor = redriven;
    }
    return machine.start(redriven);
  }
}
