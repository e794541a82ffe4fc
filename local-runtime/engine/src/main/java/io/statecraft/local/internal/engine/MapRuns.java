package io.statecraft.local.internal.engine;

import io.statecraft.local.internal.items.ObjectStore;
import io.statecraft.local.internal.kernel.Run;
import io.statecraft.local.internal.kernel.Step;
import io.statecraft.local.internal.maprun.MapRunHost;
import io.statecraft.local.internal.maprun.MapRunRecord;
import io.statecraft.local.internal.tasks.TaskServices;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import tools.jackson.databind.JsonNode;

/**
 * The runtime's Map Runs and their child executions, by ARN: distributed Maps register here, and
 * the API (DescribeMapRun, ListMapRuns, ListExecutions by Map Run, DescribeExecution of a child)
 * reads from here.
 */
public final class MapRuns implements MapRunHost {

  private final Engine engine;
  private final Map<String, MapRunRecord> byArn = new ConcurrentHashMap<>();
  private final Map<String, Run> children = new ConcurrentHashMap<>();
  private final Map<String, String> mapRunOfChild = new ConcurrentHashMap<>();

  MapRuns(Engine engine) {
    this.engine = engine;
  }

  @Override
  public MapRunRecord open(Run parent, String stateName, String label, long startMillis,
      Object processor, io.statecraft.asl.StateMachine definition) {
    UUID id = new UUID(parent.random().nextLong(), parent.random().nextLong());
    // Without a Label AWS generates one per Map state: a UUID, the same in every Map Run.
    String name = parent.machineName + "/" + (label != null ? label
        : UUID.nameUUIDFromBytes((parent.machineArn + "#" + stateName)
            .getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString());
    // The Map Run is in the region and account of the machine that opens it.
    String prefix = parent.machineArn.substring(0,
        parent.machineArn.indexOf(":stateMachine:") + 1);
    String machineArn = prefix + "stateMachine:" + name;
    Machine machine = new Machine(engine, name, definition,
        (io.statecraft.local.internal.states.Graph) processor, machineArn);
    MapRunRecord record = new MapRunRecord(prefix + "mapRun:" + name + ":" + id,
        parent.executionArn, machineArn, machineArn, machine, startMillis);
    record.stateName(stateName);
    byArn.put(record.arn, record);
    return record;
  }

  @Override
  public Executor childThreads() {
    return new Serial(engine.backgroundThreads());
  }

  @Override
  public Run startChild(Run parent, MapRunRecord mapRun, String name, JsonNode input,
      long startMillis, Step start, boolean express, Executor threads) {
    String machineName = mapRun.childMachineArn.substring(
        mapRun.childMachineArn.indexOf(":stateMachine:") + ":stateMachine:".length());
    // An Express child's ARN ends with an id of its own, as an Express execution's does.
    String arn = mapRun.childMachineArn.replace(":stateMachine:",
        express ? ":express:" : ":execution:") + ":" + name
        + (express ? ":" + new UUID(parent.random().nextLong(), parent.random().nextLong()) : "");
    Run child = new Run(engine.spec(mapRun.childMachineArn, machineName, name, arn, input,
        express, express ? Engine.EXPRESS_DURATION_QUOTA.toMillis() : Long.MAX_VALUE, start,
        startMillis, 16, parent.service(TaskServices.class)));
    children.put(arn, child);
    mapRunOfChild.put(arn, mapRun.arn);
    // Coverage and other observers see a child's states as states of the parent's workflow,
    // where the item processor is written.
    Machine workflow = engine.loaded(parent.machineArn);
    Machine reportAs = workflow != null ? workflow : (Machine) mapRun.childMachine;
    child.outcome().thenAccept(outcome -> Observers.finished(reportAs, child, outcome));
    child.startOn(threads);
    return child;
  }

  @Override
  public Run redriveChild(MapRunRecord mapRun, Run child, Executor threads) {
    Run redriven = engine.redrive((Machine) mapRun.childMachine, child, false);
    if (redriven != null) {
      child.successor = redriven;
      children.put(child.executionArn, redriven);
      redriven.startOn(threads);
    }
    return redriven;
  }

  @Override
  public MapRunRecord latest(String executionArn, String stateName) {
    List<MapRunRecord> runs = of(executionArn).stream()
        .filter(run -> stateName.equals(run.stateName())).toList();
    return runs.isEmpty() ? null : runs.get(runs.size() - 1);
  }

  @Override
  public ObjectStore s3() {
    return engine.s3();
  }

  /** The Map Run with this ARN, or null. */
  public MapRunRecord get(String arn) {
    return byArn.get(arn);
  }

  /** The Map Runs an execution started, in the order they started. */
  public List<MapRunRecord> of(String executionArn) {
    return byArn.values().stream().filter(run -> run.executionArn.equals(executionArn))
        .sorted(java.util.Comparator.comparingLong(run -> run.snapshot().startMillis()))
        .toList();
  }

  /** The ARN of the Map Run a child execution belongs to, or null. */
  public String mapRunOf(String executionArn) {
    return mapRunOfChild.get(executionArn);
  }

  /** A child execution of some Map Run, by its ARN, or null. */
  public Run child(String executionArn) {
    return children.get(executionArn);
  }

  /**
   * Runs tasks one at a time in submission order on a shared pool: the children of one Map Run
   * interleave as the runs of one thread would, whatever the pool does.
   */
  private static final class Serial implements Executor {
    private final Executor threads;
    private final ArrayDeque<Runnable> queue = new ArrayDeque<>();
    private boolean active;

    Serial(Executor threads) {
      this.threads = threads;
    }

    @Override
    public void execute(Runnable task) {
      synchronized (this) {
        queue.add(task);
        if (active) {
          return;
        }
        active = true;
      }
      threads.execute(this::drain);
    }

    private void drain() {
      while (true) {
        Runnable next;
        synchronized (this) {
          next = queue.poll();
          if (next == null) {
            active = false;
            return;
          }
        }
        next.run();
      }
    }
  }
}
