package io.statecraft.local.internal.states;

import io.statecraft.asl.JitterStrategy;
import io.statecraft.local.history.HistoryEventType;
import io.statecraft.local.internal.expr.JsonataValue;
import io.statecraft.local.internal.expr.ResultPath;
import io.statecraft.local.internal.expr.StateBindings;
import io.statecraft.local.internal.expr.StatesError;
import io.statecraft.local.internal.expr.Template;
import io.statecraft.local.internal.json.Values;
import io.statecraft.local.internal.kernel.Line;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A state with {@code Retry} and {@code Catch} (Task, Parallel, Map). Retriers and catchers are
 * matched top-down: the first retrier whose ErrorEquals matches decides (when its attempts are
 * used up, no later retrier is tried); then the first matching catcher.
 */
abstract class RetryingNode extends Node {

  /** One compiled {@code Retry} entry with AWS's defaults filled in. */
  record Retrier(String[] errors, long intervalMillis, int maxAttempts, double backoffRate,
      long maxDelayMillis, boolean fullJitter) {

    static Retrier of(io.statecraft.asl.Retrier spec) {
      return new Retrier(spec.errorEquals().toArray(String[]::new),
          (spec.intervalSeconds() == null ? 1 : spec.intervalSeconds()) * 1000L,
          spec.maxAttempts() == null ? 3 : spec.maxAttempts(),
          spec.backoffRate() == null ? 2.0 : spec.backoffRate().doubleValue(),
          spec.maxDelaySeconds() == null ? Long.MAX_VALUE : spec.maxDelaySeconds() * 1000L,
          spec.jitterStrategy() == JitterStrategy.FULL);
    }
  }

  /** One compiled {@code Catch} entry. */
  static final class Catcher {
    final String[] errors;
    final ResultPath resultPath;
    final String nextName;
    final Template assign;
    /** JSONata: the catcher's Output and Assign (null when absent). */
    JsonataValue output;
    JsonataValue assignments;
    Node next;

    Catcher(String[] errors, ResultPath resultPath, String nextName, Template assign) {
      this.errors = errors;
      this.resultPath = resultPath;
      this.nextName = nextName;
      this.assign = assign;
    }
  }

  Retrier[] retriers = new Retrier[0];
  Catcher[] catchers = new Catcher[0];
  /** JSONPath: {@code ResultSelector} (null when absent) and {@code ResultPath}. */
  Template resultSelector;
  ResultPath resultPath = ResultPath.REPLACE;
  private final HistoryEventType failedType;

  RetryingNode(String name, HistoryEventType entered, HistoryEventType exited,
      HistoryEventType failed) {
    super(name, entered, exited);
    this.failedType = failed;
  }

  /**
   * One attempt: the state's work after it was entered, up to (not including) its exit event. It
   * ends with {@code attempt.succeeded(output)}, at once or after the line waited, or by throwing
   * (or passing to {@code attempt.failed}) a StatesError.
   */
  abstract void attempt(JsonNode input, Line line, Attempt attempt);

  /** Records what AWS records when the state's error leaves it uncaught. */
  void uncaught(Line line) {}

  /** Whether the context object of this state has {@code State.RetryCount} (Task states). */
  boolean contextHasRetryCount() {
    return false;
  }

  @Override
  public final void run(JsonNode input, Line line) {
    entered(input, line);
    // TestState gives a Map's context object a RetryCount too, as AWS's recordings show.
    line.withRetryCount = contextHasRetryCount()
        || this instanceof MapNode && line.run().inspection != null;
    new Attempt(input, line).start();
  }

  /**
   * The attempts of one entry into the state: how many each retrier has made, and what the
   * current attempt must release when it ends (a task token, say).
   */
  final class Attempt {
    private final JsonNode input;
    private final Line line;
    private final int[] attempts = new int[retriers.length];
    private Runnable cleanup;
    /** Whether the current attempt has ended: its error, rethrown, passes the catches above. */
    private boolean ended;
    /** The retrier that decided the last retry. */
    private int lastRetrier;

    Attempt(JsonNode input, Line line) {
      this.input = input;
      this.line = line;
      if (line.run().inspection != null) {
        // TestState: the retriers have retried as often as the test says.
        java.util.Arrays.fill(attempts, line.run().inspection.retried());
      }
    }

    void start() {
      // A JSONata Parallel or Map fails in its own fields (Arguments, Items, ...) as a started
      // state: its Failed event follows. (A Task has no Failed event of its own.)
      line.started = jsonata;
      line.assigned = null;
      ended = false;
      guard(() -> attempt(input, line, this));
    }

    /** Runs {@code body} in the attempt: its StatesError goes to Retry and Catch, once. */
    void guard(Runnable body) {
      try {
        body.run();
      } catch (StatesError error) {
        if (ended) {
          throw error;
        }
        failed(error);
      }
    }

    /** What to release when the attempt ends, however it ends. */
    void cleanup(Runnable release) {
      cleanup = release;
    }

    private void release() {
      Runnable release = cleanup;
      if (release != null) {
        cleanup = null;
        release.run();
      }
    }

    /** The attempt gave {@code output}: the state exits. */
    void succeeded(JsonNode output) {
      ended = true;
      release();
      exited(output, line, line.assigned);
      proceed(output, line);
    }

    /** The attempt failed: retried, caught, or the line's error. */
    void failed(StatesError error) {
      ended = true;
      release();
      long delay = retryDelay(error);
      if (delay >= 0 && line.run().inspection != null) {
        // TestState runs one attempt: a retry ends the test, RETRIABLE.
        line.run().inspection.retriable(lastRetrier, delay);
        throw error;
      }
      if (delay >= 0) {
        line.sleep(delay, () -> {
          line.retryCount++;
          line.run().calls.retried(name);
          start();
        });
        return;
      }
      if (line.started && failedType != null) {
        line.event(failedType, null, null);
      }
      Catcher catcher = catcher(error);
      // A replay lets the other lines record what the history has before this line goes on.
      line.inRecordedTurn(() -> {
        if (catcher == null) {
          uncaught(line);
          throw error;
        }
        caught(catcher, error);
      }, () -> uncaught(line));
    }

    /** The error goes to {@code catcher}: its output, its variables, and on to its state. */
    private void caught(Catcher catcher, StatesError error) {
      ObjectNode errorOutput = errorOutput(error);
      JsonNode assigned;
      JsonNode output;
      if (jsonata) {
        // A catcher's Assign writes to this line's scope, even for a Map or Parallel.
        output = assignAndOutput(catcher.assignments, catcher.output, errorOutput,
            new StateBindings(line, input).withErrorOutput(errorOutput), line);
        assigned = line.assigned;
      } else {
        assigned = assign(catcher.assign, errorOutput, line);
        output = catcher.resultPath.apply(input, errorOutput);
        checkSize(output, line);
      }
      int index = java.util.Arrays.asList(catchers).indexOf(catcher);
      if (line.run().inspection != null) {
        line.run().inspection.caught(index, error.error(), error.cause());
      }
      exited(output, line, assigned);
      Decisions.note(line, name, Decision.Kind.CATCHER, index);
      line.proceed(catcher.next, output);
    }

    /** Milliseconds to wait before the next attempt, or -1 when the error is not retried. */
    private long retryDelay(StatesError error) {
      for (int i = 0; i < retriers.length; i++) {
        Retrier retrier = retriers[i];
        if (!matches(retrier.errors(), error)) {
          continue;
        }
        if (attempts[i] >= retrier.maxAttempts()) {
          if (line.run().inspection != null) {
            line.run().inspection.retriesExhausted(i);
          }
          return -1;
        }
        double delay = retrier.intervalMillis() * Math.pow(retrier.backoffRate(), attempts[i]);
        attempts[i]++;
        lastRetrier = i;
        Decisions.note(line, name, Decision.Kind.RETRIER, i);
        long millis = (long) Math.min(delay, retrier.maxDelayMillis());
        if (retrier.fullJitter()) {
          millis = (long) (line.random().nextDouble() * millis);
        }
        return millis;
      }
      return -1;
    }
  }

  private Catcher catcher(StatesError error) {
    for (Catcher catcher : catchers) {
      if (matches(catcher.errors, error)) {
        return catcher;
      }
    }
    return null;
  }

  private static boolean matches(String[] names, StatesError error) {
    for (String name : names) {
      if (error.matches(name)) {
        return true;
      }
    }
    return false;
  }

  /** The error output a Catch passes on: {@code {"Error": ..., "Cause": ...}}. */
  static ObjectNode errorOutput(StatesError error) {
    ObjectNode output = Values.object();
    if (error.error() == null && error.cause() == null && !error.timedOut()) {
      // SendTaskFailure with neither error nor cause: AWS's error output has both, as null.
      output.putNull("Error");
      output.putNull("Cause");
      return output;
    }
    if (error.error() != null) {
      output.put("Error", error.error());
    }
    if (error.cause() != null) {
      output.put("Cause", error.cause());
    } else if (error.timedOut()) {
      // AWS gives a time-out an empty cause here, while its events carry no cause at all.
      output.put("Cause", "");
    }
    return output;
  }

  /**
   * What a Parallel or Map does when its branches or iterations end: its succeeded event and
   * output from their outputs in order, or the attempt's failure.
   */
  final io.statecraft.local.internal.kernel.Fanout.Done collect(Attempt attempt, JsonNode input,
      Line line, HistoryEventType succeeded) {
    return new io.statecraft.local.internal.kernel.Fanout.Done() {
      @Override
      public void succeeded(JsonNode[] outputs, int deepestOutput) {
        attempt.guard(() -> {
          if (succeeded == HistoryEventType.MAP_STATE_SUCCEEDED) {
            // AWS links the Map's exit, as its MapStateSucceeded, to the last iteration's end.
            line.sideEvent(succeeded, null, 0);
          } else {
            line.event(succeeded, null, null);
          }
          // Sized up front: a Map over a million items would otherwise grow it twenty times.
          tools.jackson.databind.node.ArrayNode result = Values.NODES.arrayNode(outputs.length);
          for (JsonNode output : outputs) {
            result.add(output);
          }
          attempt.succeeded(shape(input, result, deepestOutput < 0 ? -1 : deepestOutput + 1,
              line));
        });
      }

      @Override
      public void failed(StatesError error) {
        attempt.failed(error);
      }
    };
  }

  /**
   * JSONata: the state output after a successful attempt, {@code Output} or the result; the
   * variables of {@code Assign} wait in the line until the state exits.
   */
  final JsonNode shapeJsonata(JsonNode input, JsonNode result, Line line) {
    return assignAndOutput(assignments, output, result,
        new StateBindings(line, input).withResult(result), line);
  }

  /**
   * What a Task sends or a Parallel gives each branch: JSONata {@code Arguments} (default: the
   * state input), or JSONPath {@code Parameters} over the effective input (default: that input).
   */
  final JsonNode payload(JsonataValue arguments, Template parameters, JsonNode input,
      JsonNode effective, Line line) {
    if (jsonata) {
      JsonNode value = arguments == null ? input
          : arguments.build(new StateBindings(line, input), line);
      inspect(line, "afterArguments", value);
      return value;
    }
    JsonNode value = parameters == null ? effective : parameters.build(effective, line);
    inspect(line, "afterParameters", value);
    return value;
  }

  /** The state output after a successful attempt: ResultSelector, ResultPath, OutputPath. */
  final JsonNode shape(JsonNode input, JsonNode result, Line line) {
    return shape(input, result, -1, line);
  }

  /**
   * {@link #shape(JsonNode, JsonNode, Line)} for a result known to nest at most
   * {@code resultBound} levels (-1: not known), which spares the output's depth check a walk.
   */
  final JsonNode shape(JsonNode input, JsonNode result, int resultBound, Line line) {
    if (this instanceof TaskNode) {
      // TestState reports a Task's result; a mocked Map's or Parallel's is its output only.
      inspect(line, "result", result);
    }
    if (jsonata) {
      return shapeJsonata(input, result, line);
    }
    JsonNode selected = resultSelector == null ? result : resultSelector.build(result, line);
    int selectedBound = resultSelector == null ? resultBound
        : resultSelector.depthBound(resultBound);
    inspect(line, "afterResultSelector", selected);
    line.assigned = assign(assign, selected, line);
    JsonNode placed = resultPath.apply(input, selected);
    inspect(line, "afterResultPath", placed);
    return applyOutputPath(placed, resultPath.depthBound(line.depthBound(input), selectedBound),
        line);
  }
}
