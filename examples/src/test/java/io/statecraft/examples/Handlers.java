package io.statecraft.examples;

import io.statecraft.local.task.TaskFailure;
import io.statecraft.local.task.TaskHandler;

/** Task handlers the tests share. */
final class Handlers {

  private Handlers() {}

  /** A service that fails every call with {@code error} and {@code cause}. */
  static TaskHandler failing(String error, String cause) {
    return (input, ctx) -> {
      throw new TaskFailure(error, cause);
    };
  }
}
