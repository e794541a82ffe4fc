package io.statecraft.diagrams.internal;

import io.statecraft.asl.MapState;
import io.statecraft.asl.TaskState;
import io.statecraft.asl.WaitState;
import io.statecraft.asl.value.NumberOrExpression;
import java.util.ArrayList;
import java.util.List;

/**
 * The limits a diagram shows under a state's name: a Task's timeout and heartbeat, a Wait's
 * duration, a Map's concurrency and tolerated failures. Numbers of seconds in human units, paths
 * and JSONata expressions as written.
 *
 * <pre>{@code
 * Timing.task(task);   // "timeout 5 min · heartbeat 1 min"
 * }</pre>
 */
final class Timing {

  private Timing() {}

  /** {@code timeout 1 h · heartbeat 5 min}, or null when the task sets neither. */
  static String task(TaskState task) {
    List<String> parts = new ArrayList<>();
    add(parts, "timeout ", seconds(task.timeoutSeconds(), task.timeoutSecondsPath()));
    add(parts, "heartbeat ", seconds(task.heartbeatSeconds(), task.heartbeatSecondsPath()));
    return joined(parts);
  }

  /** {@code 1 h 30 min}, {@code until 2026-01-01T00:00:00Z}, {@code $.delay s}, ... */
  static String waitFor(WaitState wait) {
    String text;
    if (wait.seconds() != null) {
      text = seconds(wait.seconds(), null);
    } else if (wait.secondsPath() != null) {
      text = wait.secondsPath() + " s";
    } else if (wait.timestamp() != null) {
      text = "until " + ConditionText.stripJsonata(wait.timestamp());
    } else if (wait.timestampPath() != null) {
      text = "until " + wait.timestampPath();
    } else {
      return null;
    }
    return ConditionText.abbreviate(text, GraphBuilder.MAX_LABEL);
  }

  /** {@code max 10 at a time · tolerates 5 failures or 10 %}, or null when the Map sets none. */
  static String map(MapState map) {
    List<String> parts = new ArrayList<>();
    String concurrency = value(map.maxConcurrency(), map.maxConcurrencyPath());
    // 0 is AWS's default: as many at a time as it can.
    if (concurrency != null && !concurrency.equals("0")) {
      parts.add("max " + concurrency + " at a time");
    }
    String count = value(map.toleratedFailureCount(), map.toleratedFailureCountPath());
    String percentage = value(map.toleratedFailurePercentage(),
        map.toleratedFailurePercentagePath());
    List<String> tolerated = new ArrayList<>();
    if (count != null) {
      tolerated.add(count.equals("1") ? "1 failure" : count + " failures");
    }
    if (percentage != null) {
      tolerated.add(percentage + " %" + (count == null ? " failures" : ""));
    }
    if (!tolerated.isEmpty()) {
      parts.add("tolerates " + String.join(" or ", tolerated));
    }
    return joined(parts);
  }

  /** Seconds in human units, or the path or expression that gives them. */
  private static String seconds(NumberOrExpression seconds, String path) {
    if (seconds != null) {
      return seconds.isNumber() ? Durations.human(seconds.number())
          : ConditionText.stripJsonata(TaskLabels.readable(seconds.expression())) + " s";
    }
    return path == null ? null : path + " s";
  }

  private static String value(NumberOrExpression number, String path) {
    if (number != null) {
      return number.isNumber() ? number.number().stripTrailingZeros().toPlainString()
          : ConditionText.stripJsonata(TaskLabels.readable(number.expression()));
    }
    return path;
  }

  private static void add(List<String> parts, String prefix, String value) {
    if (value != null) {
      parts.add(prefix + value);
    }
  }

  /** The parts on one line when it is short enough, else one per line; nothing is cut. */
  private static String joined(List<String> parts) {
    if (parts.isEmpty()) {
      return null;
    }
    String line = String.join(" · ", parts);
    return line.length() <= GraphBuilder.MAX_LABEL ? line : String.join("\n", parts);
  }
}
