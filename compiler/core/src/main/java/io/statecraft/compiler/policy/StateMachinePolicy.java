package io.statecraft.compiler.policy;

import java.util.List;

/**
 * The IAM policy a state machine's execution role needs, derived from its definition by
 * {@link io.statecraft.compiler.Policies}: the statements (each naming the states that need it),
 * the warnings (where a resource had to be widened or a permission could not be derived, and
 * why) and the notes (states that need no permission, and why).
 *
 * <pre>{@code
 * StateMachinePolicy policy = Policies.of(Asl.read(Path.of("order.asl.json")));
 * Files.writeString(Path.of("order.policy.json"), policy.toJson());
 * policy.warnings().forEach(System.err::println);
 * }</pre>
 *
 * @param statements the Allow statements, in the order their first state appears
 * @param warnings what a reviewer must look at before using the policy
 * @param notes why some states need no permission
 */
public record StateMachinePolicy(List<PolicyStatement> statements, List<PolicyNote> warnings,
    List<PolicyNote> notes) {

  public StateMachinePolicy {
    statements = List.copyOf(statements);
    warnings = List.copyOf(warnings);
    notes = List.copyOf(notes);
  }

  /**
   * The IAM policy document ({@code Version} 2012-10-17 and the statements), as JSON text in the
   * canonical layout, ending with a newline; the same policy gives the same bytes.
   */
  public String toJson() {
    return PolicyText.json(this);
  }

  /** A readable account: each statement with the states that need it, then warnings and notes. */
  public String toText() {
    return PolicyText.text(this);
  }
}
