package io.statecraft.local.internal.engine;

import io.statecraft.asl.StateMachine;
import io.statecraft.local.internal.states.Graph;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A definition loaded into a runtime: compiled once, run any number of times.
 *
 * @param graph the compiled states
 * @param runs what changes as the machine runs
 */
public record Machine(Engine engine, String name, StateMachine definition, Graph graph,
    String arn, Runs runs) {

  Machine(Engine engine, String name, StateMachine definition, Graph graph, String arn) {
    this(engine, name, definition, graph, arn, new Runs(arn));
  }

  /** A name for an execution run without one: {@code execution-1}, {@code execution-2}, ... */
  public String nextExecutionName() {
    // concat, not +: a string concatenation goes through method handles, slow until compiled.
    return "execution-".concat(Long.toString(runs.executions.incrementAndGet()));
  }

  /** The public object that stands for this machine (set once by the public API). */
  public Object facade() {
    return runs.facade;
  }

  public void facade(Object facade) {
    runs.facade = facade;
  }

  /** What a machine learns and counts as it runs; the rest of a machine never changes. */
  static final class Runs {
    /**
     * How many events the last execution recorded: the next one's history starts that large,
     * since runs of one machine tend to be alike.
     */
    volatile int historySizeHint = 64;
    final AtomicLong executions = new AtomicLong();
    volatile Object facade;
    /** The ARNs of the machine's executions up to their names, made once rather than per run. */
    final String executionArnPrefix;
    final String expressArnPrefix;

    Runs(String machineArn) {
      this.executionArnPrefix = machineArn.replace(":stateMachine:", ":execution:") + ":";
      this.expressArnPrefix = machineArn.replace(":stateMachine:", ":express:") + ":";
    }
  }
}
