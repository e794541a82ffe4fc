package io.statecraft.local.internal.tasks;

import io.statecraft.local.task.TaskContext;
import java.util.Random;

/** A handler's view of the call, plus what dispatchers need of the run. */
public interface CallContext extends TaskContext {

  /** The run's seeded random numbers (request ids of made-up service responses). */
  Random random();
}
