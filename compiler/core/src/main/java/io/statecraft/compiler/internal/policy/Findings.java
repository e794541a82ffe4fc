package io.statecraft.compiler.internal.policy;

import io.statecraft.compiler.policy.PolicyNote;
import io.statecraft.compiler.policy.PolicyOptions;
import java.util.ArrayList;
import java.util.List;

/** What the inference collects while it walks a definition: grants, warnings and notes. */
final class Findings {

  final PolicyOptions options;
  final List<Grant> grants = new ArrayList<>();
  final List<PolicyNote> warnings = new ArrayList<>();
  final List<PolicyNote> notes = new ArrayList<>();

  Findings(PolicyOptions options) {
    this.options = options;
  }
}
