package io.statecraft.compiler.internal.jsonata;

import com.dashjoin.jsonata.JException;
import com.dashjoin.jsonata.Jsonata.EntryCallback;
import com.dashjoin.jsonata.Jsonata.ExitCallback;
import com.dashjoin.jsonata.Jsonata.Frame;
import com.dashjoin.jsonata.Parser.Symbol;
import java.util.Arrays;
import java.util.List;

/**
 * The state of one evaluation: its bounds, which the library checks through the entry and exit
 * callbacks it calls around every node it evaluates, and what the Step Functions functions read
 * ({@code $random}, {@code $now}, ...). One per call of {@link JsonataExpression#evaluate}, used
 * by one thread.
 */
final class Evaluation implements EntryCallback, ExitCallback, Messages.Failing {

  /** The evaluation running on this thread, for the functions that need it. */
  private static final ThreadLocal<Evaluation> CURRENT = new ThreadLocal<>();

  /** How many nodes are entered between two looks at the clock. */
  private static final int STEPS_PER_CLOCK_CHECK = 1024;

  static final String STACK_OVERFLOW = "Stack overflow error: Check for non-terminating recursive"
      + " function. Consider rewriting as tail-recursive.";
  static final String TIMEOUT = "Expression evaluation timeout: Check for infinite loop";
  static final String MEMORY = "Expression evaluation memory limit exceeded: Check for excessive"
      + " memory usage";

  final JsonataLimits limits;
  final JsonataBindings bindings;
  private Symbol[] open = new Symbol[16];
  private int depth;
  private int steps;
  private long deadline;
  private long millis = Long.MIN_VALUE;

  Evaluation(JsonataLimits limits, JsonataBindings bindings) {
    this.limits = limits;
    this.bindings = bindings;
  }

  /** The evaluation running on this thread; only set while one that needs it runs. */
  static Evaluation current() {
    Evaluation evaluation = CURRENT.get();
    if (evaluation == null) {
      throw new IllegalStateException("no JSONata evaluation is running on this thread");
    }
    return evaluation;
  }

  /** Makes this the current evaluation; returns the one to restore afterwards. */
  Evaluation enter() {
    Evaluation previous = CURRENT.get();
    CURRENT.set(this);
    return previous;
  }

  static void leave(Evaluation previous) {
    if (previous == null) {
      CURRENT.remove();
    } else {
      CURRENT.set(previous);
    }
  }

  @Override
  public void callback(Symbol expr, Object input, Frame environment) {
    if (depth == open.length) {
      open = Arrays.copyOf(open, depth * 2);
    }
    open[depth++] = expr;
    if (depth > limits.maxDepth()) {
      throw new Bound(STACK_OVERFLOW);
    }
    if (++steps % STEPS_PER_CLOCK_CHECK == 0) {
      checkClock();
    }
  }

  @Override
  public void callback(Symbol expr, Object input, Frame environment, Object result) {
    depth--;
    if (result instanceof List<?> list) {
      if (list.size() > limits.maxElements()) {
        throw new Bound(MEMORY);
      }
    } else if (result instanceof String text && text.length() > limits.maxStringLength()) {
      throw new Bound(MEMORY);
    }
  }

  private void checkClock() {
    long now = System.nanoTime();
    if (deadline == 0) {
      // The first thousand nodes cost microseconds; start the clock only for longer evaluations.
      deadline = now + limits.timeout().toNanos();
    } else if (now - deadline > 0) {
      throw new Bound(TIMEOUT);
    }
  }

  /** Whether the node that failed is the whole expression. */
  boolean failedAtRoot() {
    return depth == 1;
  }

  /** The innermost node being evaluated when evaluation failed; null if none. */
  Symbol failedNode() {
    return depth > 0 ? open[depth - 1] : null;
  }

  @Override
  public Object function() {
    for (int i = depth - 1; i >= 0; i--) {
      Object name = Ast.functionName(open[i]);
      if (name != null) {
        return name;
      }
    }
    return null;
  }

  @Override
  public Object operator() {
    return Ast.operator(failedNode());
  }

  /** The time {@code $now()} and {@code $millis()} give, read once per evaluation. */
  long millis() {
    if (millis == Long.MIN_VALUE) {
      millis = bindings.clock().millis();
    }
    return millis;
  }

  /** A bound of evaluation was exceeded; AWS reports these without a JSONata code. */
  static final class Bound extends JException {

    private static final long serialVersionUID = 1L;

    private final String reason;

    Bound(String reason) {
      super(reason, -1);
      this.reason = reason;
    }

    String reason() {
      return reason;
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
      // Raised on purpose and reported by its message; the trace would cost more than the rest.
      return this;
    }
  }
}
