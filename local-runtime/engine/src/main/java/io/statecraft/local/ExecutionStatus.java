package io.statecraft.local;

/** How an execution ended, as AWS's {@code DescribeExecution} reports it. */
public enum ExecutionStatus {
  SUCCEEDED,
  FAILED,
  TIMED_OUT,
  ABORTED
}
