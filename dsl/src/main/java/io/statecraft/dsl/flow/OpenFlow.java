package io.statecraft.dsl.flow;

import io.statecraft.dsl.payload.CheckReturnValue;

/**
 * A flow whose last states can go on to another: {@link #next} wires every open end to the start
 * of the given flow and returns the whole as a new value (the receiver is unchanged, so a shared
 * prefix can be reused). Passing a state that is already part of the flow makes a loop.
 *
 * <pre>{@code
 * OpenFlow poll = task("Check status", lambdaInvoke("status"));
 * Flow flow = task("Start job", lambdaInvoke("start"))
 *     .next(poll)
 *     .next(choice("Done?")
 *         .when(path("$.status").eq("DONE"), succeed("Finished"))
 *         .otherwise(waitFor("Pause", Duration.ofSeconds(30)).next(poll)));
 * }</pre>
 */
@CheckReturnValue
public interface OpenFlow extends Flow {

  /** This flow followed by {@code next}, still open at its end. */
  OpenFlow next(OpenFlow next);

  /** This flow followed by {@code next}, which cannot be continued. */
  Flow next(Flow next);
}
