package io.statecraft.local.internal.states;

import io.statecraft.local.history.HistoryEventType;
import io.statecraft.local.internal.expr.JsonataValue;
import io.statecraft.local.internal.expr.PathExpr;
import io.statecraft.local.internal.expr.StateBindings;
import io.statecraft.local.internal.expr.StatesError;
import io.statecraft.local.internal.json.Times;
import io.statecraft.local.internal.json.Values;
import io.statecraft.local.internal.kernel.Line;
import io.statecraft.local.internal.kernel.LineAborted;
import tools.jackson.databind.JsonNode;

/**
 * {@code Wait}: for {@code Seconds}/{@code SecondsPath}, or until {@code Timestamp}/
 * {@code TimestampPath}. On the virtual clock the time passes instantly.
 */
final class WaitNode extends Node {

  /** AWS refuses delays that do not fit a signed 32-bit count of seconds. */
  private static final long MAX_DELAY_SECONDS = Integer.MAX_VALUE;
  /** The largest Seconds AWS accepts in a JSONata Wait. */
  private static final long MAX_SECONDS_VALUE = 99_999_999;

  Long seconds;
  Long timestampMillis;
  PathExpr secondsPath;
  PathExpr timestampPath;
  /** JSONata: Seconds or Timestamp given as an expression (null when literal or absent). */
  JsonataValue secondsValue;
  JsonataValue timestampValue;

  WaitNode(String name) {
    super(name, HistoryEventType.WAIT_STATE_ENTERED, HistoryEventType.WAIT_STATE_EXITED);
  }

  @Override
  public void run(JsonNode input, Line line) {
    entered(input, line);
    JsonNode effective = jsonata ? input : applyInputPath(input, line);
    long delayMillis;
    if (secondsValue != null) {
      delayMillis = secondsFromExpression(new StateBindings(line, input), line) * 1000;
    } else if (timestampValue != null) {
      delayMillis = timestampFromExpression(new StateBindings(line, input), line) - line.now();
    } else if (seconds != null) {
      delayMillis = seconds * 1000;
    } else if (timestampMillis != null) {
      delayMillis = timestampMillis - line.now();
    } else if (secondsPath != null) {
      delayMillis = secondsFromPath(effective, line) * 1000;
    } else {
      delayMillis = timestampFromPath(effective, line) - line.now();
    }
    if (delayMillis / 1000 > MAX_DELAY_SECONDS) {
      throw StatesError.runtime(line, "Wait state delay is too long.");
    }
    // A sibling's failure aborts the Wait. The execution's deadline ends it with no event for
    // the Wait, as when the interpreter reaches the deadline in the Wait itself; so does
    // StopExecution (api/test_sfn_api/test_stop_execution).
    Runnable aborted = () -> line.event(HistoryEventType.WAIT_STATE_ABORTED, null, null);
    try {
      int effectiveBound = jsonata ? -1 : inputPathBound(line.depthBound(input));
      line.sleep(delayMillis, () -> exit(effective, effectiveBound, line), aborted);
    } catch (LineAborted cut) {
      aborted.run();
      throw cut;
    }
  }

  private void exit(JsonNode effective, int effectiveBound, Line line) {
    if (jsonata) {
      exitJsonata(effective, line.bindings(effective), line);
      return;
    }
    JsonNode assigned = assign(assign, effective, line);
    JsonNode output = applyOutputPath(effective, effectiveBound, line);
    exited(output, line, assigned);
    proceed(output, line);
  }

  /** JSONata Seconds: a whole number of seconds from 0 to AWS's 99999999. */
  private long secondsFromExpression(StateBindings bindings, Line line) {
    JsonNode value = secondsValue.build(bindings, line, "number");
    if (!value.canConvertToExactIntegral() || value.asLong() < 0
        || value.asLong() > MAX_SECONDS_VALUE) {
      throw line.evaluationFailed(secondsValue.field(), "The JSONata expression '"
          + secondsValue.expressionText() + "' specified for the field 'Seconds' returned an"
          + " unexpected result type. Expected 'integer', but was '" + Values.typeName(value)
          + "' for value: " + Values.text(value), true);
    }
    return value.asLong();
  }

  /** JSONata Timestamp: an ISO-8601 extended offset date-time. */
  private long timestampFromExpression(StateBindings bindings, Line line) {
    JsonNode value = timestampValue.build(bindings, line, "string");
    Long millis = Times.parse(value.asString());
    if (millis == null) {
      throw line.evaluationFailed("Timestamp", "The Timestamp field cannot be parsed as an"
          + " ISO-8601 extended offset date-time format string: " + value.asString(), false);
    }
    return millis;
  }

  private long secondsFromPath(JsonNode input, Line line) {
    JsonNode value = read(secondsPath, "SecondsPath", input, line);
    String shown = secondsPath.text() + " == " + Values.unquoted(value);
    // AWS parses the value's text as a long first, so -1.5 cannot be parsed rather than negative.
    long seconds;
    try {
      seconds = value.isNumber() ? Long.parseLong(Values.text(value)) : Long.parseLong("x");
    } catch (NumberFormatException e) {
      throw StatesError.runtime(line,
          "The SecondsPath parameter cannot be parsed as a long value: " + shown);
    }
    if (seconds < 0) {
      throw StatesError.runtime(line,
          "The SecondsPath parameter references a negative value: " + shown);
    }
    return seconds;
  }

  private long timestampFromPath(JsonNode input, Line line) {
    JsonNode value = read(timestampPath, "TimestampPath", input, line);
    Long millis = value.isString() ? Times.parse(value.asString()) : null;
    if (millis == null) {
      throw StatesError.runtime(line, "The TimestampPath parameter does not reference a valid"
          + " ISO-8601 extended offset date-time format string: " + timestampPath.text() + " == "
          + Values.unquoted(value));
    }
    return millis;
  }

  /** The value {@code path} reads, or AWS's error when the {@code field} reads nothing. */
  private static JsonNode read(PathExpr path, String field, JsonNode input, Line line) {
    try {
      return path.evaluate(input, line);
    } catch (PathExpr.NoMatch e) {
      throw StatesError.runtime(line,
          "The " + field + " parameter does not reference an input value: " + path.text());
    }
  }
}
