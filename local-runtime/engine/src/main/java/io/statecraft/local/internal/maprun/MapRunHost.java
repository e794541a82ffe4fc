package io.statecraft.local.internal.maprun;

import io.statecraft.local.internal.items.ObjectStore;
import io.statecraft.local.internal.kernel.Run;
import io.statecraft.local.internal.kernel.Step;
import java.util.concurrent.Executor;
import tools.jackson.databind.JsonNode;

/**
 * What a distributed Map needs of the runtime it runs in: a place to register its Map Run, child
 * executions of its item processor, and the folder that stands in for S3. The engine implements
 * it and attaches it to every run.
 */
public interface MapRunHost {

  /**
   * Registers a new Map Run of {@code parent}'s Map state {@code stateName}, labelled {@code label} (null: a
   * generated label), started at {@code startMillis}; its children run {@code processor} (the
   * compiled item processor), whose definition is {@code definition}.
   */
  MapRunRecord open(Run parent, String stateName, String label, long startMillis,
      Object processor, io.statecraft.asl.StateMachine definition);

  /**
   * Where the child executions of one Map Run run: one at a time, in the order started, on the
   * runtime's threads, so that a Map Run is as deterministic as the rest of a run.
   */
  Executor childThreads();

  /**
   * A child execution of {@code mapRun} named {@code name}, running the item processor that
   * starts at {@code start} on {@code input} from {@code startMillis}; started on
   * {@code threads} before this returns.
   */
  Run startChild(Run parent, MapRunRecord mapRun, String name, JsonNode input, long startMillis,
      Step start, boolean express, Executor threads);

  /**
   * A redrive of child execution {@code child} of {@code mapRun} that did not succeed, started on
   * {@code threads}; null when it cannot be redriven.
   */
  Run redriveChild(MapRunRecord mapRun, Run child, Executor threads);

  /** The latest Map Run the Map state {@code stateName} of execution {@code executionArn} began. */
  MapRunRecord latest(String executionArn, String stateName);

  /** The folder that stands in for S3, or null when none was given. */
  ObjectStore s3();
}
