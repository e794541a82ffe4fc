package io.statecraft.local.internal.states;

import io.statecraft.local.history.HistoryEventType;
import io.statecraft.local.internal.expr.PathExpr;
import io.statecraft.local.internal.expr.StatesError;
import io.statecraft.local.internal.expr.Template;
import io.statecraft.local.internal.json.Times;
import io.statecraft.local.internal.json.Values;
import io.statecraft.local.internal.kernel.Line;
import java.math.BigDecimal;
import tools.jackson.databind.JsonNode;

/**
 * {@code Wait}: for {@code Seconds}/{@code SecondsPath}, or until {@code Timestamp}/
 * {@code TimestampPath}. On the virtual clock the time passes instantly.
 */
final class WaitNode extends Node {

  /** AWS refuses delays that do not fit a signed 32-bit count of seconds. */
  private static final long MAX_DELAY_SECONDS = Integer.MAX_VALUE;

  Long seconds;
  Long timestampMillis;
  PathExpr secondsPath;
  PathExpr timestampPath;
  Template assign;

  WaitNode(String name) {
    super(name, HistoryEventType.WAIT_STATE_ENTERED, HistoryEventType.WAIT_STATE_EXITED);
  }

  @Override
  public void run(JsonNode input, Line line) {
    entered(input, line);
    JsonNode effective = applyInputPath(input, line);
    long delayMillis;
    if (seconds != null) {
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
      line.sleep(delayMillis, () -> exit(effective, line), aborted);
    } catch (Line.Aborted cut) {
      aborted.run();
      throw cut;
    }
  }

  private void exit(JsonNode effective, Line line) {
    JsonNode assigned = assign(assign, effective, line);
    JsonNode output = applyOutputPath(effective, line);
    exited(output, line, assigned);
    proceed(output, line);
  }

  private long secondsFromPath(JsonNode input, Line line) {
    JsonNode value;
    try {
      value = secondsPath.read(input);
    } catch (PathExpr.NoMatch e) {
      throw StatesError.runtime(line,
          "The SecondsPath parameter does not reference an input value: " + secondsPath.text());
    }
    String shown = secondsPath.text() + " == " + (value.isString() ? value.asString() : Values.text(value));
    if (!value.isNumber()) {
      throw StatesError.runtime(line,
          "The SecondsPath parameter cannot be parsed as a long value: " + shown);
    }
    BigDecimal number = value.decimalValue();
    if (number.signum() < 0) {
      throw StatesError.runtime(line,
          "The SecondsPath parameter references a negative value: " + shown);
    }
    try {
      return number.longValueExact();
    } catch (ArithmeticException e) {
      throw StatesError.runtime(line,
          "The SecondsPath parameter cannot be parsed as a long value: " + shown);
    }
  }

  private long timestampFromPath(JsonNode input, Line line) {
    JsonNode value;
    try {
      value = timestampPath.read(input);
    } catch (PathExpr.NoMatch e) {
      throw StatesError.runtime(line,
          "The TimestampPath parameter does not reference an input value: " + timestampPath.text());
    }
    Long millis = value.isString() ? Times.parse(value.asString()) : null;
    if (millis == null) {
      throw StatesError.runtime(line, "The TimestampPath parameter does not reference a valid"
          + " ISO-8601 extended offset date-time format string: " + timestampPath.text() + " == "
          + (value.isString() ? value.asString() : Values.text(value)));
    }
    return millis;
  }
}
