package io.statecraft.local.internal.tasks;

/** A Task state as the dispatchers see it: what to call, and how the call is answered. */
public interface TaskCall {

  /** The state's name. */
  String stateName();

  /** The {@code Resource} as written. */
  String resource();

  /** {@code .waitForTaskToken}: after the call, the task waits for SendTaskSuccess/Failure. */
  boolean callback();

  /** An activity ARN: the task waits for a worker instead of calling out. */
  boolean activity();

  /** Whether the task waits for an answer after its call (activity, callback, {@code .sync}). */
  boolean waits();
}
