package io.statecraft.local;

import tools.jackson.databind.JsonNode;

/** The loop that walks a graph, and the rules that can stop it between states. */
final class Interpreter {

  /** The whole execution ran past the machine's TimeoutSeconds. */
  static final class ExecutionTimeout extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ExecutionTimeout() {
      super("execution timed out", null, false, false);
    }
  }

  /** A branch or iteration stopped because a sibling failed. */
  static final class Aborted extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Aborted() {
      super("aborted", null, false, false);
    }
  }

  private Interpreter() {}

  /** Runs {@code graph} from its start state on {@code input}; returns the scope's output. */
  static JsonNode run(Graph graph, JsonNode input, Frame frame) {
    Node node = graph.start;
    JsonNode value = input;
    // The loop runs once per execution, so the JIT rarely compiles it; all work is in step().
    while (node != null) {
      value = step(node, value, frame);
      node = frame.next;
    }
    return value;
  }

  /** Runs one state, unless the execution must end before it. */
  private static JsonNode step(Node node, JsonNode value, Frame frame) {
    Run run = frame.run;
    // Plain field reads rather than the accessors: this runs before every state, and each method
    // on that way is one more the JIT must compile before a workflow's first runs speed up.
    if (frame.stop != null && frame.stopping() || run.aborted) {
      throw new Aborted();
    }
    if (run.deadlineMillis != Long.MAX_VALUE && frame.now() >= run.deadlineMillis) {
      throw new ExecutionTimeout();
    }
    if (run.eventLimitReached) {
      throw eventLimitReached(run);
    }
    return node.run(value, frame);
  }

  private static StatesError eventLimitReached(Run run) {
    return new StatesError(StatesError.RUNTIME, "The execution reached the maximum number of"
        + " history events (" + run.eventLimit() + ").");
  }

  /**
   * Lets {@code millis} pass on {@code frame}, unless the execution times out or a sibling fails
   * first.
   */
  static void sleep(Frame frame, long millis) {
    long deadline = frame.run.deadlineMillis;
    long now = frame.now();
    long abortAt = frame.stop == null ? Long.MAX_VALUE : frame.stop.at();
    if (abortAt != Long.MAX_VALUE && now + millis > abortAt && abortAt < deadline) {
      frame.elapse(Math.max(0, abortAt - now));
      throw new Aborted();
    }
    if (deadline != Long.MAX_VALUE && now + millis >= deadline) {
      frame.elapse(deadline - now);
      throw new ExecutionTimeout();
    }
    frame.elapse(millis);
  }
}
