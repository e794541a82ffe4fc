package io.statecraft.local.internal.states;

import io.statecraft.local.internal.kernel.Line;
import io.statecraft.local.internal.kernel.Run;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * What states decided in each run that the history does not show (the Choice rule that matched,
 * the retrier that retried, the catcher that caught), noted only while an
 * an execution observer is installed. Kept beside the runs rather than
 * in them so that the kernel stays as it is; weakly, so a run abandoned unfinished is not held.
 *
 * <pre>{@code
 * Decisions.note(line, name, Decision.Kind.CATCHER, 1);    // in a state, after its exit event
 * List<Decision> decided = Decisions.take(run);             // when the run has ended
 * }</pre>
 */
public final class Decisions {

  private static volatile boolean recording;
  /** Whether anything was ever noted: until then a run's end costs one volatile read. */
  private static volatile boolean noted;
  private static final Map<Run, List<Decision>> BY_RUN =
      Collections.synchronizedMap(new WeakHashMap<>());

  private Decisions() {}

  /** Turns noting on or off (off drops nothing already noted). */
  public static void recording(boolean on) {
    recording = on;
  }

  /** Notes that {@code state}, running on {@code line}, decided {@code kind} at {@code index}. */
  static void note(Line line, String state, Decision.Kind kind, int index) {
    if (!recording) {
      return;
    }
    Decision decision = new Decision(state, kind, index);
    noted = true;
    synchronized (BY_RUN) {
      BY_RUN.computeIfAbsent(line.run(), run -> new ArrayList<>()).add(decision);
    }
  }

  /** The decisions noted in {@code run}, in order, forgetting them. */
  public static List<Decision> take(Run run) {
    if (!noted) {
      return List.of();
    }
    List<Decision> taken = BY_RUN.remove(run);
    return taken == null ? List.of() : taken;
  }
}
