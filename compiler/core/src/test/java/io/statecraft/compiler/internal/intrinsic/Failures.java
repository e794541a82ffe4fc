package io.statecraft.compiler.internal.intrinsic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;

/** Asserts that an evaluation fails as AWS fails it, and why in our words. */
final class Failures {

  private Failures() {}

  static void assertFails(String expression, Map<String, String> paths, String function,
      String reason) {
    assertThatThrownBy(() -> Json.eval(expression, paths))
        .isInstanceOfSatisfying(IntrinsicFailureException.class, e -> {
          assertThat(e.getMessage()).isEqualTo("Invalid arguments in " + function);
          assertThat(e.error()).isEqualTo("States.Runtime");
          assertThat(e.function()).isEqualTo(function);
          assertThat(e.reason()).isEqualTo(function + ": " + reason);
        });
  }

  static void assertFails(String expression, String function, String reason) {
    assertFails(expression, Map.of(), function, reason);
  }

  /**
   * The same for a row of a table of failures: {@code paths} is a JSON object of the values of
   * the expression's paths, or null when it has none, and the function that fails is the one the
   * expression calls.
   */
  static void assertFailsGiven(String expression, String paths, String reason) {
    Map<String, String> values = new LinkedHashMap<>();
    if (paths != null) {
      Json.json(paths).properties()
          .forEach(path -> values.put(path.getKey(), path.getValue().toString()));
    }
    assertFails(expression, values, expression.substring(0, expression.indexOf('(')), reason);
  }
}
