package io.statecraft.asl;

import java.util.List;

/** A state that can retry and catch errors: Task, Parallel and Map. */
public interface ErrorHandling {

  /** {@code Retry}, tried top-down; empty when absent. */
  List<Retrier> retry();

  /** {@code Catch}, tried top-down; empty when absent. */
  List<Catcher> catchers();
}
