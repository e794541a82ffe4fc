package io.statecraft.dsl.flow;

import io.statecraft.dsl.payload.Jsonata;
import io.statecraft.dsl.payload.Payload;

/**
 * A Choice rule's condition together with what the rule does besides choosing: {@code Assign}
 * variables, shape the {@code Output} (JSONata), or carry a {@code Comment}. Only needed for those
 * extras; otherwise pass the condition to {@code when} directly. Immutable.
 *
 * <pre>{@code
 * choice("Tier?")
 *     .when(rule(jsonata("$states.input.total > 1000"))
 *         .assign(payload().put("tier", "gold")), gold)
 *     .otherwise(standard);
 * }</pre>
 *
 * <p>Rules are created by {@link io.statecraft.dsl.Steps#rule}; do not implement this interface.
 */
public interface Rule {

  /** {@code Assign}: variables to set when this rule is taken. */
  Rule assign(Payload assign);

  /** {@code Output} (JSONata): the Choice state's output when this rule is taken. */
  Rule output(Payload output);

  /** {@code Output} (JSONata) as one expression. */
  Rule output(Jsonata output);

  /** {@code Comment} of this rule. */
  Rule comment(String comment);
}
