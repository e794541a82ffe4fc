package io.statecraft.local.internal.engine;

import io.statecraft.asl.StateMachine;
import io.statecraft.local.internal.states.Graph;

/** A definition loaded into a runtime: compiled once, run any number of times. */
public final class Machine {

  private final Engine engine;
  private final String name;
  private final StateMachine definition;
  private final Graph graph;
  private final String arn;
  /**
   * How many events the last execution recorded: the next one's history starts that large, since
   * runs of one machine tend to be alike.
   */
  volatile int historySizeHint = 64;
  private final java.util.concurrent.atomic.AtomicLong executions =
      new java.util.concurrent.atomic.AtomicLong();
  /** The public object that stands for this machine (set once by the public API). */
  private volatile Object facade;

  Machine(Engine engine, String name, StateMachine definition, Graph graph, String arn) {
    this.engine = engine;
    this.name = name;
    this.definition = definition;
    this.graph = graph;
    this.arn = arn;
  }

  public Engine engine() {
    return engine;
  }

  public String name() {
    return name;
  }

  public String arn() {
    return arn;
  }

  public StateMachine definition() {
    return definition;
  }

  Graph graph() {
    return graph;
  }

  /** A name for an execution run without one: {@code execution-1}, {@code execution-2}, ... */
  public String nextExecutionName() {
    return "execution-" + executions.incrementAndGet();
  }

  public Object facade() {
    return facade;
  }

  public void facade(Object facade) {
    this.facade = facade;
  }
}
