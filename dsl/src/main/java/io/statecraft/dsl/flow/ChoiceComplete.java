package io.statecraft.dsl.flow;

import io.statecraft.dsl.payload.CheckReturnValue;

/**
 * A Choice state with its rules and its {@code Default}: complete, so it takes no more rules.
 *
 * <pre>{@code
 * ChoiceComplete route = choice("Paid?")
 *     .when(path("$.paid").isTrue(), ship)
 *     .otherwise(remind);
 * OpenFlow joined = route.afterwards();  // continue after whichever branch ran
 * }</pre>
 */
@CheckReturnValue
public interface ChoiceComplete extends Flow {

  /** The Choice with the open ends of all its branches joined, to continue with {@code next}. */
  OpenFlow afterwards();
}
