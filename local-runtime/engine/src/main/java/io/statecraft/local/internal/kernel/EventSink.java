package io.statecraft.local.internal.kernel;

import io.statecraft.local.history.HistoryEvent;

/**
 * Where a run hands each event it records, as it records it: a host that persists executions
 * (the emulator's data directory). Runs without one make no event objects for it.
 */
@FunctionalInterface
public interface EventSink {

  /** {@code event} of execution {@code executionArn} was recorded; on the recording thread. */
  void recorded(String executionArn, HistoryEvent event);
}
