package io.statecraft.testing;

import io.statecraft.local.replay.Divergence;
import io.statecraft.local.replay.ReplayResult;
import org.assertj.core.api.AbstractAssert;

/**
 * AssertJ assertions on a {@link ReplayResult}: whether a changed definition still does what a
 * recorded execution did, or where it stops doing so.
 *
 * <pre>{@code
 * Replayer replayer = Replayer.of(Path.of("src/main/resources/orders.asl.json"));
 * assertThat(replayer.check(Path.of("src/test/resources/histories/order-7.json"))).isConsistent();
 * assertThat(replayer.check(history)).divergesAt(9).inState("Paid?");
 * }</pre>
 */
public class ReplayAssert extends AbstractAssert<ReplayAssert, ReplayResult> {

  /** Use {@link StatecraftAssertions#assertThat(ReplayResult)}. */
  protected ReplayAssert(ReplayResult actual) {
    super(actual, ReplayAssert.class);
  }

  /** The definition reproduced every event of the history. */
  public final ReplayAssert isConsistent() {
    isNotNull();
    if (!actual.consistent()) {
      failWithMessage("%nExpecting the replay to be consistent, but it is %s", actual.summary());
    }
    return this;
  }

  /** The definition does not reproduce event {@code eventId}: it is the first that differs. */
  public final ReplayAssert divergesAt(long eventId) {
    Divergence divergence = divergence("to diverge at event " + eventId);
    if (divergence.eventId() != eventId) {
      failWithMessage("%nExpecting the replay to diverge at event %s, but it is %s", eventId,
          actual.summary());
    }
    return this;
  }

  /** The first event that differs belongs to state {@code stateName}. */
  public final ReplayAssert inState(String stateName) {
    Divergence divergence = divergence("to diverge in state '" + stateName + "'");
    if (!stateName.equals(divergence.stateName())) {
      failWithMessage("%nExpecting the replay to diverge in state '%s', but it is %s",
          stateName, actual.summary());
    }
    return this;
  }

  private Divergence divergence(String expectation) {
    isNotNull();
    if (actual.consistent()) {
      failWithMessage("%nExpecting the replay %s, but it is %s", expectation, actual.summary());
    }
    return actual.divergence().orElseThrow();
  }
}
