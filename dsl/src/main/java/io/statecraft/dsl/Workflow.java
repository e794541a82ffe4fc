package io.statecraft.dsl;

import io.statecraft.asl.StateMachine;

/**
 * A state machine defined in Java, found by the Statecraft build tools: a public class with a
 * public no-argument constructor that implements this interface. {@link #define()} returns the
 * machine; {@link #name()} is the name it is deployed under and its files are named after
 * ({@code <name>.asl.json}), by default the class's simple name.
 *
 * <pre>{@code
 * public final class OrderFulfillment implements Workflow {
 *   @Override
 *   public StateMachine define() {
 *     return stateMachine()
 *         .startWith(task("Charge card", lambdaInvoke("charge")).next(succeed("Done")))
 *         .build();
 *   }
 * }
 * }</pre>
 *
 * <p>{@code define()} should be deterministic: the same code gives the same machine, so the
 * generated ASL is byte for byte stable.
 */
public interface Workflow {

  /** The state machine; throws {@link io.statecraft.asl.diagnostic.InvalidDefinitionException} if invalid. */
  StateMachine define();

  /** The state machine's name: by default the simple name of the implementing class. */
  default String name() {
    return getClass().getSimpleName();
  }
}
