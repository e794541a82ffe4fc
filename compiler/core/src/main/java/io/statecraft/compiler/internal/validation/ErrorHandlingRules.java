package io.statecraft.compiler.internal.validation;

import io.statecraft.asl.Catcher;
import io.statecraft.asl.ErrorHandling;
import io.statecraft.asl.QueryLanguage;
import io.statecraft.asl.Retrier;
import io.statecraft.compiler.validation.Rule;
import java.math.BigDecimal;
import java.util.List;

/** Retry and Catch: error lists, the place of States.ALL, and AWS's bounds on retriers. */
final class ErrorHandlingRules {

  static final String ALL = "States.ALL";
  /** AWS's upper bound on MaxAttempts and IntervalSeconds. */
  static final int MAX_COUNT = 99_999_999;
  /** AWS's upper bound on MaxDelaySeconds (366 days). */
  static final int MAX_DELAY_SECONDS = 31_622_400;

  private final Findings findings;

  ErrorHandlingRules(Findings findings) {
    this.findings = findings;
  }

  void check(Scope.Site site) {
    if (!(site.state() instanceof ErrorHandling handling)) {
      return;
    }
    List<Retrier> retry = handling.retry();
    for (int i = 0; i < retry.size(); i++) {
      String at = site.pointer() + "/Retry/" + i;
      Retrier retrier = retry.get(i);
      errors(at, "Retry", retrier.errorEquals(), i == retry.size() - 1);
      bounds(at, retrier);
      if (retrier.errorEquals().contains(ALL) && retrier.maxAttempts() == null) {
        findings.report(Rule.RETRY_ALL_UNBOUNDED, at, "this retrier retries every error,"
            + " including ones that never go away (States.Permissions, bad input), and its"
            + " MaxAttempts is left to the default of 3",
            "set MaxAttempts explicitly, or retry only the errors that are transient");
      }
    }
    List<Catcher> catchers = handling.catchers();
    for (int i = 0; i < catchers.size(); i++) {
      String at = site.pointer() + "/Catch/" + i;
      Catcher catcher = catchers.get(i);
      errors(at, "Catch", catcher.errorEquals(), i == catchers.size() - 1);
      boolean dropsInput = catcher.resultPath() == null
          || "$".equals(catcher.resultPath().expression());
      if (site.language() == QueryLanguage.JSONPATH && catcher.errorEquals().contains(ALL)
          && dropsInput) {
        findings.report(Rule.CATCH_ALL_DROPS_INPUT, at, "this catcher's ResultPath "
            + (catcher.resultPath() == null ? "is absent, so" : "is \"$\", so")
            + " the error output replaces the state's input: \"" + catcher.next()
            + "\" gets only the error and the cause",
            "set ResultPath to e.g. \"$.error\" to keep the input beside the error");
      }
    }
  }

  private void errors(String at, String array, List<String> errorEquals, boolean last) {
    if (errorEquals.isEmpty()) {
      findings.report(Rule.ERROR_EQUALS_EMPTY, at + "/ErrorEquals",
          "ErrorEquals must name at least one error");
      return;
    }
    if (!errorEquals.contains(ALL)) {
      return;
    }
    if (errorEquals.size() > 1) {
      findings.report(Rule.STATES_ALL_NOT_ALONE, at + "/ErrorEquals",
          "States.ALL matches every error, so it must be the only name in its ErrorEquals");
    }
    if (!last) {
      findings.report(Rule.STATES_ALL_NOT_LAST, at, "the " + array + " entry on States.ALL"
          + " must be the last one; the entries after it could never match");
    }
  }

  private void bounds(String at, Retrier retrier) {
    Integer attempts = retrier.maxAttempts();
    if (attempts != null && (attempts < 0 || attempts > MAX_COUNT)) {
      findings.report(Rule.RETRY_MAX_ATTEMPTS, at + "/MaxAttempts",
          "MaxAttempts must be between 0 and " + MAX_COUNT + ", was " + attempts);
    }
    Integer interval = retrier.intervalSeconds();
    if (interval != null && (interval < 1 || interval > MAX_COUNT)) {
      findings.report(Rule.RETRY_INTERVAL, at + "/IntervalSeconds",
          "IntervalSeconds must be between 1 and " + MAX_COUNT + ", was " + interval);
    }
    BigDecimal rate = retrier.backoffRate();
    if (rate != null && rate.compareTo(BigDecimal.ONE) < 0) {
      findings.report(Rule.RETRY_BACKOFF_RATE, at + "/BackoffRate",
          "BackoffRate must be >= 1.0, was " + rate.toPlainString());
    }
    Integer delay = retrier.maxDelaySeconds();
    if (delay != null && (delay < 1 || delay > MAX_DELAY_SECONDS)) {
      findings.report(Rule.RETRY_MAX_DELAY, at + "/MaxDelaySeconds",
          "MaxDelaySeconds must be between 1 and " + MAX_DELAY_SECONDS + ", was " + delay);
    }
  }
}
