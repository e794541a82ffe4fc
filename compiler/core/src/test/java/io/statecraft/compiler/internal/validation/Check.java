package io.statecraft.compiler.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.statecraft.asl.diagnostic.Diagnostic;
import io.statecraft.asl.diagnostic.Severity;
import io.statecraft.compiler.Validator;
import io.statecraft.compiler.validation.Rule;
import java.util.List;

/** Validates a definition and renders its diagnostics compactly, for exact assertions. */
final class Check {

  private Check() {}

  /** Each error as {@code "<pointer> <CODE>"}. */
  static List<String> errors(String json) {
    return render(json, Severity.ERROR);
  }

  /** Each warning as {@code "<pointer> <CODE>"}. */
  static List<String> warnings(String json) {
    return render(json, Severity.WARNING);
  }

  /** {@code json} has no error, and exactly {@code warnings} ({@code "<pointer> <CODE>"}). */
  static void warnsOnly(String json, String... warnings) {
    assertThat(errors(json)).isEmpty();
    assertThat(warnings(json)).containsExactly(warnings);
  }

  /** The message of the only diagnostic with {@code code}. */
  static String message(String json, Rule rule) {
    List<Diagnostic> matching = Validator.validate(json).stream()
        .filter(d -> d.code().equals(rule.code()))
        .toList();
    if (matching.size() != 1) {
      throw new AssertionError("expected one " + rule + " diagnostic, got " + matching);
    }
    return matching.get(0).message();
  }

  /** {@code json}'s only error is {@code rule} at {@code pointer}, saying {@code message}. */
  static void refuses(String json, String pointer, Rule rule, String message) {
    refuses(json, pointer + " " + rule.code(), message);
  }

  /**
   * {@code json}'s only error is {@code error} ({@code "<pointer> <CODE>"}, as {@link #errors}
   * renders it), saying {@code message} where that is not null.
   */
  static void refuses(String json, String error, String message) {
    assertThat(errors(json)).containsExactly(error);
    if (message != null) {
      Rule rule = Rule.valueOf(error.substring(error.lastIndexOf(' ') + 1));
      assertThat(message(json, rule)).isEqualTo(message);
    }
  }

  /** A machine whose only state is {@code state} (a JSON object), named {@code S}. */
  static String single(String state) {
    return "{\"StartAt\": \"S\", \"States\": {\"S\": " + state + "}}";
  }

  private static List<String> render(String json, Severity severity) {
    return Validator.validate(json).stream()
        .filter(d -> d.severity() == severity)
        .map(d -> d.pointer() + " " + d.code())
        .toList();
  }
}
