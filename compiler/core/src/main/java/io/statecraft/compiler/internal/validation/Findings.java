package io.statecraft.compiler.internal.validation;

import io.statecraft.asl.diagnostic.Diagnostic;
import io.statecraft.asl.internal.JsonPointers;
import io.statecraft.compiler.validation.Rule;
import java.util.ArrayList;
import java.util.List;

/** The diagnostics the semantic rules collect; every rule reports through here. */
final class Findings {

  private final List<Diagnostic> diagnostics = new ArrayList<>();

  void report(Rule rule, String pointer, String message) {
    diagnostics.add(new Diagnostic(rule.code(), rule.severity(), pointer, null, message, null));
  }

  void report(Rule rule, String pointer, String message, String hint) {
    diagnostics.add(new Diagnostic(rule.code(), rule.severity(), pointer, null, message, hint));
  }

  List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /** {@code pointer} extended by one RFC 6901 reference token. */
  static String child(String pointer, String token) {
    return JsonPointers.child(pointer, token);
  }

  static String child(String pointer, int index) {
    return pointer + "/" + index;
  }
}
