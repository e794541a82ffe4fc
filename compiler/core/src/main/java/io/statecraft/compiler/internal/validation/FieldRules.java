package io.statecraft.compiler.internal.validation;

import io.statecraft.asl.ChoiceState;
import io.statecraft.asl.FailState;
import io.statecraft.asl.MapState;
import io.statecraft.asl.QueryLanguage;
import io.statecraft.asl.State;
import io.statecraft.asl.TaskState;
import io.statecraft.asl.WaitState;
import io.statecraft.asl.value.NumberOrExpression;
import io.statecraft.compiler.validation.Rule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The fields of each kind of state: exclusive pairs, Task timeouts, Wait's one duration, Map's
 * distributed-only fields, numeric bounds and Resource ARNs.
 */
final class FieldRules {

  /** AWS's upper bound on TimeoutSeconds, HeartbeatSeconds and a Wait's Seconds. */
  static final long MAX_SECONDS = 99_999_999L;

  private final Findings findings;
  private final MapRules maps;

  FieldRules(Findings findings) {
    this.findings = findings;
    this.maps = new MapRules(findings, this);
  }

  void check(Scope.Site site) {
    State state = site.state();
    if (state instanceof TaskState task) {
      task(site, task);
    } else if (state instanceof WaitState wait) {
      waitState(site, wait);
    } else if (state instanceof FailState fail) {
      exclusive(site.pointer(), "Error", fail.error(), "ErrorPath", fail.errorPath());
      exclusive(site.pointer(), "Cause", fail.cause(), "CausePath", fail.causePath());
    } else if (state instanceof MapState map) {
      maps.check(site, map);
    } else if (state instanceof ChoiceState choice && choice.defaultNext() == null) {
      findings.report(Rule.CHOICE_NO_DEFAULT, site.pointer(), "Choice state \"" + site.name()
          + "\" has no Default: when no rule matches, the execution fails with"
          + " States.NoChoiceMatched", "add a Default state, even if it is a Fail state");
    }
  }

  private void task(Scope.Site site, TaskState task) {
    String at = site.pointer();
    Resources.check(findings, at + "/Resource", task.resource());
    exclusive(at, "TimeoutSeconds", task.timeoutSeconds(), "TimeoutSecondsPath",
        task.timeoutSecondsPath());
    exclusive(at, "HeartbeatSeconds", task.heartbeatSeconds(), "HeartbeatSecondsPath",
        task.heartbeatSecondsPath());
    BigDecimal timeout = number(site, at + "/TimeoutSeconds", task.timeoutSeconds(), 1, MAX_SECONDS);
    BigDecimal heartbeat = number(site, at + "/HeartbeatSeconds", task.heartbeatSeconds(), 1,
        MAX_SECONDS);
    if (timeout != null && heartbeat != null && heartbeat.compareTo(timeout) >= 0) {
      findings.report(Rule.TIMEOUT_HEARTBEAT, at + "/HeartbeatSeconds", "HeartbeatSeconds ("
          + heartbeat.toPlainString() + ") must be less than TimeoutSeconds ("
          + timeout.toPlainString() + ")");
    }
  }

  private void waitState(Scope.Site site, WaitState wait) {
    List<String> given = new ArrayList<>();
    if (wait.seconds() != null) {
      given.add("Seconds");
    }
    if (wait.timestamp() != null) {
      given.add("Timestamp");
    }
    if (wait.secondsPath() != null) {
      given.add("SecondsPath");
    }
    if (wait.timestampPath() != null) {
      given.add("TimestampPath");
    }
    if (given.size() != 1) {
      findings.report(Rule.WAIT_DURATION, site.pointer(), "Wait state \"" + site.name()
          + "\" needs exactly one of Seconds, Timestamp, SecondsPath and TimestampPath, "
          + (given.isEmpty() ? "but has none" : "but has " + String.join(" and ", given)));
    }
    number(site, site.pointer() + "/Seconds", wait.seconds(), 0, MAX_SECONDS);
    String timestamp = wait.timestamp();
    if (timestamp != null && !Placeholders.contains(timestamp)
        && !(site.language() == QueryLanguage.JSONATA && Expressions.looksLikeJsonata(timestamp))) {
      Timestamps.check(findings, site.pointer() + "/Timestamp", "Timestamp", timestamp);
    }
  }

  /**
   * Checks a numeric field that may hold an expression: a literal within {@code [min, max]}; a
   * string must be a {@code ${...}} placeholder or, in a JSONata state, a {@code {% %}}
   * expression. Returns the literal, or null.
   */
  BigDecimal number(Scope.Site site, String pointer, NumberOrExpression value, long min, long max) {
    if (value == null) {
      return null;
    }
    String field = Where.field(pointer);
    if (!value.isNumber()) {
      String text = value.expression();
      boolean jsonata = site.language() == QueryLanguage.JSONATA;
      if (!Placeholders.contains(text) && !(jsonata && Expressions.isFramed(text))) {
        findings.report(Rule.NUMBER_EXPECTED, pointer, field + " must be a number"
            + (jsonata ? " or a {% %} expression" : "") + ", not the string \"" + text + "\"",
            jsonata || !Expressions.looksLikeJsonata(text) ? null
                : "{% %} expressions need \"QueryLanguage\": \"JSONata\"");
      }
      return null;
    }
    BigDecimal number = value.number();
    if (number.compareTo(BigDecimal.valueOf(min)) < 0
        || number.compareTo(BigDecimal.valueOf(max)) > 0) {
      findings.report(Rule.VALUE_OUT_OF_RANGE, pointer, field + " must be between " + min
          + " and " + max + ", was " + number.toPlainString());
    }
    return number;
  }

  /** Reports when both of two fields are given. */
  void exclusive(String pointer, String first, Object firstValue, String second,
      Object secondValue) {
    if (firstValue != null && secondValue != null) {
      findings.report(Rule.FIELDS_EXCLUSIVE, pointer + "/" + second, "give at most one of "
          + first + " and " + second + ", not both");
    }
  }
}
