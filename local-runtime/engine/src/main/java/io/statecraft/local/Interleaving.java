package io.statecraft.local;

/**
 * How a runtime interleaves the branches of a Parallel and the iterations of a Map, all on one
 * thread and on the execution's time.
 *
 * <pre>{@code
 * // Shake out order dependence: the same test under several interleavings.
 * for (long seed = 1; seed <= 20; seed++) {
 *   LocalStepFunctions sfn = LocalStepFunctions.builder().seed(seed).build();
 *   assertThat(sfn.load(definition).run(input)).succeeded();
 * }
 * }</pre>
 */
public enum Interleaving {

  /**
   * After each state a seeded choice decides which ready branch or iteration runs next (the
   * default). The same seed gives the same interleaving and a byte-identical history; another
   * seed gives another order AWS could have run them in.
   */
  SEEDED,

  /**
   * One branch or iteration at a time, each to its end before the next starts (at the time a
   * concurrency slot frees up), in index order. Recordings of AWS executions list their task
   * results in this order, so replays use it.
   */
  ONE_AT_A_TIME
}
