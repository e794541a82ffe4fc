package io.statecraft.local;

import io.statecraft.local.internal.engine.Engine;
import io.statecraft.local.internal.engine.Machine;
import io.statecraft.local.internal.kernel.Run;
import io.statecraft.local.internal.maprun.MapRunRecord;
import java.util.List;
import java.util.Optional;

/** The Map Runs of a runtime and their child executions, as the public API shows them. */
final class MapRunAccess {

  private final LocalStepFunctions runtime;
  private final Engine engine;

  MapRunAccess(LocalStepFunctions runtime, Engine engine) {
    this.runtime = runtime;
    this.engine = engine;
  }

  Optional<MapRun> mapRun(String mapRunArn) {
    MapRunRecord record = engine.mapRuns().get(mapRunArn);
    return record == null ? Optional.empty() : Optional.of(MapRun.of(record.snapshot()));
  }

  List<MapRun> mapRuns(String executionArn) {
    return engine.mapRuns().of(executionArn).stream().map(r -> MapRun.of(r.snapshot()))
        .toList();
  }

  void update(String mapRunArn, Integer maxConcurrency, Float toleratedFailurePercentage,
      Long toleratedFailureCount) {
    MapRunRecord record = engine.mapRuns().get(mapRunArn);
    if (record == null) {
      throw new IllegalArgumentException("No Map Run has the ARN " + mapRunArn);
    }
    if (maxConcurrency != null && maxConcurrency < 0
        || toleratedFailureCount != null && toleratedFailureCount < 0
        || toleratedFailurePercentage != null
            && (toleratedFailurePercentage < 0 || toleratedFailurePercentage > 100)) {
      throw new IllegalArgumentException("maxConcurrency and toleratedFailureCount must be at"
          + " least 0, toleratedFailurePercentage from 0 to 100");
    }
    if (!record.update(new MapRunRecord.Update(maxConcurrency, toleratedFailurePercentage,
        toleratedFailureCount))) {
      throw new IllegalStateException("Map Run " + mapRunArn + " has ended ("
          + record.status() + "); only a running Map Run can be updated");
    }
  }

  List<RunningExecution> executions(String mapRunArn) {
    MapRunRecord record = engine.mapRuns().get(mapRunArn);
    if (record == null) {
      return List.of();
    }
    LocalStateMachine machine = childMachine(record);
    return record.children().stream()
        .map(run -> new RunningExecution(machine, run.latest())).toList();
  }

  Optional<RunningExecution> execution(String executionArn) {
    Run run = engine.mapRuns().child(executionArn);
    if (run == null) {
      return Optional.empty();
    }
    String mapRunArn = engine.mapRuns().mapRunOf(executionArn);
    return Optional.of(new RunningExecution(childMachine(engine.mapRuns().get(mapRunArn)), run));
  }

  private LocalStateMachine childMachine(MapRunRecord record) {
    Machine machine = (Machine) record.childMachine;
    synchronized (machine) {
      Object facade = machine.facade();
      return facade != null ? (LocalStateMachine) facade
          : new LocalStateMachine(runtime, machine, io.statecraft.local.internal.typed.Typing.NONE);
    }
  }
}
