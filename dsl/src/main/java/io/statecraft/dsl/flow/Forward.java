package io.statecraft.dsl.flow;

/**
 * A state that is defined further down, for the one cycle that builders cannot close by
 * themselves: two states that catch into each other (or a catcher and a Choice rule), where each
 * builder needs the other as an object. Use the reference wherever the state is a target, then
 * {@link #bind} it, once, to the state it stands for. A reference never bound fails
 * {@code build()} with a diagnostic naming the line that created it. Loops through {@code next}
 * need no reference: pass the earlier state object again, or use
 * {@link io.statecraft.dsl.Steps#graph}.
 *
 * <pre>{@code
 * Forward acquire = forward();
 * OpenFlow init = task("Initialize lock", dynamoPutItem(...))
 *     .catching(errors("DynamoDB.ConditionalCheckFailedException"), acquire);
 * OpenFlow acquireLock = acquire.bind(task("Acquire lock", dynamoUpdateItem(...))
 *     .catching(errors("DynamoDB.AmazonDynamoDBException"), init.next(acquire)));
 * }</pre>
 */
public interface Forward extends Flow {

  /**
   * Makes this reference stand for {@code flow}'s first state, and returns {@code flow}
   * unchanged so the declaration reads as one expression.
   *
   * @throws IllegalStateException if this reference is bound already
   * @throws IllegalArgumentException if {@code flow} is a forward reference itself
   */
  <F extends Flow> F bind(F flow);
}
