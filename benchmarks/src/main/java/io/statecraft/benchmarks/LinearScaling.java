package io.statecraft.benchmarks;

import io.statecraft.local.Execution;
import io.statecraft.local.ExecutionStatus;
import io.statecraft.local.LocalStateMachine;
import io.statecraft.local.LocalStepFunctions;
import io.statecraft.local.history.HistoryEvent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;
import tools.jackson.databind.JsonNode;

/**
 * Whether the runtime's cost grows with the work and no faster: wall time, bytes allocated and
 * heap held after the run (the execution still referenced) of an inline Map over more and more
 * items, of a Choice/Pass loop whose history grows to AWS's 25,000 events (and of reading that
 * history), and of a payload of almost 256 KiB going through more and more Pass states. Each
 * table gives the figures per item, event or state and how each grew from the size before: a
 * growth up to 1.3 times the growth of the work passes as linear, above it the row is flagged.
 *
 * <pre>
 * java -XX:+UseParallelGC -XX:+AlwaysPreTouch -Xms3g -Xmx3g \
 *     -cp benchmarks/target/statecraft-benchmarks.jar \
 *     io.statecraft.benchmarks.LinearScaling [--cases map,loop,payload]
 *     [--items 10000,100000,1000000] [--events 1000,5000,25000] [--states 100,1000] [--runs 3]
 * </pre>
 *
 * <p>A million items hold about 360 MB when the run ends and allocate about 700 MB on the way,
 * besides the input the program builds: 3 GB of heap is enough. With G1, the default collector,
 * its young collections copy the execution's growing history again and again on two cores, which
 * adds seconds of wall time to the million-item run; and the kernel's first touch of each new
 * heap page counts as the thread's CPU time, a third more per item at a million. The parallel
 * collector on a fixed, pre-touched heap shows the runtime's own cost.
 *
 * <p>Each run is on a fresh runtime and a collected heap; the figures are the least of
 * {@code --runs} runs (one for a million items or more), after warm-up runs at the smallest size.
 * Wall time counts garbage collection and whatever else the machine runs; the CPU time of the
 * thread that runs the workflow leaves both out, and is what the growth checks judge time by.
 */
public final class LinearScaling {

  /** Growth beyond the work's growth times this is flagged as superlinear. */
  static final double TOLERANCE = 1.3;
  private static final int PAYLOAD_BYTES = 256 * 1024 - 64;

  private final Options options;

  private LinearScaling(Options options) {
    this.options = options;
  }

  public static void main(String[] args) {
    Options options = Options.parse(args);
    System.out.printf("Java %s, max heap %d MiB, %d processors%n",
        System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20,
        Runtime.getRuntime().availableProcessors());
    LinearScaling scaling = new LinearScaling(options);
    List<ScalingTable> tables = new ArrayList<>();
    if (options.cases.contains("map")) {
      tables.add(scaling.map("inline Map, JSONPath", ScalingWorkloads.MAP_JSONPATH,
          options.items));
      // AWS refuses a JSONata value of more than 873,782 elements: the JSONata Map stops below.
      tables.add(scaling.map("inline Map, JSONata", ScalingWorkloads.MAP_JSONATA,
          Arrays.stream(options.items).map(n -> n > ScalingWorkloads.JSONATA_MOST_ITEMS
              ? n * 8 / 10 : n).toArray()));
    }
    if (options.cases.contains("loop")) {
      tables.addAll(scaling.loop("Choice loop, JSONPath", ScalingWorkloads::loopJsonPath));
      tables.addAll(scaling.loop("Choice loop, JSONata", ScalingWorkloads::loopJsonata));
    }
    if (options.cases.contains("payload")) {
      for (ScalingWorkloads.Chain chain : ScalingWorkloads.Chain.values()) {
        tables.add(scaling.payload(chain));
      }
    }
    boolean flagged = false;
    for (ScalingTable table : tables) {
      flagged |= table.flagged();
    }
    System.out.println(flagged ? "SUPERLINEAR: see the flagged rows above"
        : "every figure grew no faster than the work (within x" + TOLERANCE + ")");
  }

  /** Case (a): an inline Map over each number of items, quotas off (AWS stops at 25,000 events). */
  private ScalingTable map(String title, String definition, int[] sizes) {
    ScalingTable table = new ScalingTable(title + " (quotas off), per item", "items");
    warmUp(sizes[0], ScalingWorkloads::mapInput, definition, false, false);
    for (int items : sizes) {
      JsonNode input = ScalingWorkloads.mapInput(items);
      Footprint cost = best(runs(items), () -> machine("map", definition, false), machine -> {
        Execution execution = machine.run(input);
        expect(execution, ScalingWorkloads.mapEvents(items));
        return execution;
      });
      table.add(items, cost);
    }
    table.print();
    return table;
  }

  /**
   * Case (b): a loop run until its history has each number of events, quotas on; then reading
   * that history, as events and as GetExecutionHistory's JSON.
   */
  private List<ScalingTable> loop(String title, IntFunction<String> definition) {
    ScalingTable runs = new ScalingTable(title + " (quotas on), per event", "events");
    ScalingTable events = new ScalingTable(title + ": history().events(), per event", "events");
    ScalingTable json = new ScalingTable(title + ": history().toJson() as text, per event",
        "events");
    int smallest = options.events[0];
    warmUp(smallest, n -> null, definition.apply(ScalingWorkloads.loopRounds(smallest)), true,
        true);
    for (int size : options.events) {
      String asl = definition.apply(ScalingWorkloads.loopRounds(size));
      runs.add(size, best(runs(size), () -> machine("loop", asl, true), machine -> {
        Execution execution = machine.run("{}");
        expect(execution, size);
        return execution;
      }));
      Footprint read = null;
      Footprint text = null;
      for (int i = 0; i < runs(size); i++) {
        Execution execution = machine("loop", asl, true).run("{}");
        Footprint first = Footprint.of(() -> readAll(execution.history().events()));
        Footprint written = Footprint.of(() -> execution.history().toJson().toString().length());
        read = read == null ? first : read.least(first);
        text = text == null ? written : text.least(written);
      }
      events.add(size, read);
      json.add(size, text);
    }
    runs.print();
    events.print();
    json.print();
    return List.of(runs, events, json);
  }

  /** Case (c): a payload of almost 256 KiB through each number of Pass states, quotas on. */
  private ScalingTable payload(ScalingWorkloads.Chain chain) {
    JsonNode input = ScalingWorkloads.payload(PAYLOAD_BYTES);
    ScalingTable table = new ScalingTable("payload of " + ScalingWorkloads.size(input)
        + " bytes through Pass states (" + chain.label + ", quotas on), per state", "states");
    warmUp(options.states[0], n -> input, chain.definition(options.states[0]), true, false);
    for (int states : options.states) {
      String asl = chain.definition(states);
      table.add(states, best(runs(states), () -> machine("chain", asl, true), machine -> {
        Execution execution = machine.run(input);
        expect(execution, 2 + 2 * states);
        return execution;
      }));
    }
    table.print();
    return table;
  }

  private void warmUp(int size, IntFunction<JsonNode> input, String definition, boolean quotas,
      boolean readHistory) {
    JsonNode value = input.apply(size);
    long until = System.nanoTime() + options.warmUpMillis * 1_000_000L;
    int done = 0;
    while (done < 3 || System.nanoTime() < until) {
      LocalStateMachine machine = machine("warm-up", definition, quotas);
      Execution execution = value == null ? machine.run("{}") : machine.run(value);
      if (execution.status() != ExecutionStatus.SUCCEEDED) {
        throw new IllegalStateException("the warm-up run ended " + execution);
      }
      if (readHistory) {
        readAll(execution.history().events());
        execution.history().toJson().toString();
      }
      done++;
    }
  }

  /** One run per size from a million on, else {@code --runs}. */
  private int runs(int size) {
    return size >= 1_000_000 ? 1 : options.runs;
  }

  /**
   * The best of {@code runs}, each on a machine loaded into a fresh runtime (its history starts
   * small, as a first run's does); the loading is not measured.
   */
  private static Footprint best(int runs, java.util.function.Supplier<LocalStateMachine> load,
      Function<LocalStateMachine, Execution> run) {
    Footprint best = null;
    for (int i = 0; i < runs; i++) {
      LocalStateMachine machine = load.get();
      Footprint cost = Footprint.of(() -> run.apply(machine));
      best = best == null ? cost : best.least(cost);
    }
    return best;
  }

  private static LocalStateMachine machine(String name, String definition, boolean quotas) {
    // Not closed: a runtime that ran only on the calling thread holds no thread to release.
    return LocalStepFunctions.builder().quotas(quotas).build().load(name, definition);
  }

  private static void expect(Execution execution, int events) {
    if (execution.status() != ExecutionStatus.SUCCEEDED || execution.history().size() != events) {
      throw new IllegalStateException("expected SUCCEEDED with " + events + " events, got "
          + execution.status() + " with " + execution.history().size() + ": " + execution.error()
          + " " + execution.cause());
    }
  }

  /** Touches every event, which makes the history's event objects. */
  private static long readAll(List<HistoryEvent> events) {
    long sum = 0;
    for (HistoryEvent event : events) {
      sum += event.id();
    }
    return sum;
  }

  /** The command line. */
  private record Options(List<String> cases, int[] items, int[] events, int[] states, int runs,
      int warmUpMillis) {

    static Options parse(String[] args) {
      List<String> cases = List.of("map", "loop", "payload");
      int[] items = {10_000, 100_000, 1_000_000};
      int[] events = {1_000, 5_000, 25_000};
      int[] states = {100, 1_000};
      int runs = 3;
      int warmUp = 2000;
      for (int i = 0; i < args.length; i++) {
        String value = i + 1 < args.length ? args[i + 1] : "";
        switch (args[i]) {
          case "--cases" -> cases = Arrays.asList(value.split(","));
          case "--items" -> items = numbers(value);
          case "--events" -> events = numbers(value);
          case "--states" -> states = numbers(value);
          case "--runs" -> runs = Integer.parseInt(value);
          case "--warm-up-millis" -> warmUp = Integer.parseInt(value);
          default -> throw new IllegalArgumentException("unknown option " + args[i]
              + "; options: --cases map,loop,payload --items N,... --events N,..."
              + " --states N,... --runs N --warm-up-millis N");
        }
        i++;
      }
      return new Options(cases, items, events, states, runs, warmUp);
    }

    private static int[] numbers(String list) {
      return Arrays.stream(list.split(",")).mapToInt(Integer::parseInt).toArray();
    }
  }
}
