package io.statecraft.local;

/** How an execution ended, as AWS names it. */
public enum ExecutionStatus {
  SUCCEEDED,
  FAILED,
  TIMED_OUT,
  ABORTED
}
