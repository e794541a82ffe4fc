package io.statecraft.dsl.flow;

import io.statecraft.asl.condition.Condition;
import io.statecraft.dsl.payload.CheckReturnValue;
import io.statecraft.dsl.payload.Jsonata;

/**
 * A Choice state with at least one rule. Rules are tried in the order added. Without
 * {@link #otherwise}, an input that no rule matches fails with {@code States.NoChoiceMatched}.
 * The branches' open ends join the state after the Choice only through {@link #afterwards()}.
 *
 * <pre>{@code
 * OpenFlow priced = choice("Discount?")
 *     .when(path("$.vip").isTrue(), pass("VIP price").parameters(vipPrice))
 *     .otherwise(pass("List price").parameters(listPrice))
 *     .afterwards();                         // both branches continue here
 * Flow flow = priced.next(task("Charge", lambdaInvoke("charge")));
 * }</pre>
 */
@CheckReturnValue
public interface ChoiceRules extends Flow {

  /** Another rule (JSONPath), tried after the ones before it. */
  ChoiceRules when(Condition condition, Flow then);

  /** Another rule (JSONata), tried after the ones before it. */
  ChoiceRules when(Jsonata condition, Flow then);

  /** Another rule with options of its own. */
  ChoiceRules when(Rule rule, Flow then);

  /** {@code Default}: where to go when no rule matches. */
  ChoiceComplete otherwise(Flow fallback);

  /** The Choice with the open ends of all its branches joined, to continue with {@code next}. */
  OpenFlow afterwards();
}
