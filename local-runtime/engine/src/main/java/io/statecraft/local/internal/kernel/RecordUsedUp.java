package io.statecraft.local.internal.kernel;

/**
 * A replay that checks a history (see {@link Replay.Check}) used its whole record up while the
 * run still ran: it goes no further, as going live would call services.
 */
public final class RecordUsedUp extends RuntimeException {

  private static final long serialVersionUID = 1L;

  RecordUsedUp() {
    super("the recorded history ends while the execution runs", null, false, false);
  }
}
