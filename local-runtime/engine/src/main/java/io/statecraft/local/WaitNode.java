package io.statecraft.local;

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
    super(name, "Wait");
  }

  @Override
  JsonNode run(JsonNode input, Frame frame) {
    entered(input, frame);
    JsonNode effective = applyInputPath(input, frame);
    long delayMillis;
    if (seconds != null) {
      delayMillis = seconds * 1000;
    } else if (timestampMillis != null) {
      delayMillis = timestampMillis - frame.now();
    } else if (secondsPath != null) {
      delayMillis = secondsFromPath(effective, frame) * 1000;
    } else {
      delayMillis = timestampFromPath(effective, frame) - frame.now();
    }
    if (delayMillis / 1000 > MAX_DELAY_SECONDS) {
      throw StatesError.runtime(frame, "Wait state delay is too long.");
    }
    try {
      Interpreter.sleep(frame, delayMillis);
    } catch (Interpreter.Aborted aborted) {
      // A sibling's failure aborts the Wait. The execution's deadline ends it with no event for
      // the Wait, as when the interpreter reaches the deadline in the Wait itself; so does
      // StopExecution (api/test_sfn_api/test_stop_execution).
      if (!frame.run.aborted()) {
        frame.event("WaitStateAborted", null, null);
      }
      throw aborted;
    }
    JsonNode assigned = assign(assign, effective, frame);
    JsonNode output = applyOutputPath(effective, frame);
    exited(output, frame, assigned);
    frame.next = next;
    return output;
  }

  private long secondsFromPath(JsonNode input, Frame frame) {
    JsonNode value;
    try {
      value = secondsPath.read(input);
    } catch (PathExpr.NoMatch e) {
      throw StatesError.runtime(frame,
          "The SecondsPath parameter does not reference an input value: " + secondsPath.text());
    }
    String shown = secondsPath.text() + " == " + (value.isString() ? value.asString() : Values.text(value));
    if (!value.isNumber()) {
      throw StatesError.runtime(frame,
          "The SecondsPath parameter cannot be parsed as a long value: " + shown);
    }
    BigDecimal number = value.decimalValue();
    if (number.signum() < 0) {
      throw StatesError.runtime(frame,
          "The SecondsPath parameter references a negative value: " + shown);
    }
    try {
      return number.longValueExact();
    } catch (ArithmeticException e) {
      throw StatesError.runtime(frame,
          "The SecondsPath parameter cannot be parsed as a long value: " + shown);
    }
  }

  private long timestampFromPath(JsonNode input, Frame frame) {
    JsonNode value;
    try {
      value = timestampPath.read(input);
    } catch (PathExpr.NoMatch e) {
      throw StatesError.runtime(frame,
          "The TimestampPath parameter does not reference an input value: " + timestampPath.text());
    }
    Long millis = value.isString() ? Times.parse(value.asString()) : null;
    if (millis == null) {
      throw StatesError.runtime(frame, "The TimestampPath parameter does not reference a valid"
          + " ISO-8601 extended offset date-time format string: " + timestampPath.text() + " == "
          + (value.isString() ? value.asString() : Values.text(value)));
    }
    return millis;
  }
}
