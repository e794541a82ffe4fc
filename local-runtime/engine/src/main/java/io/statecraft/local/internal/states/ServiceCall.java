package io.statecraft.local.internal.states;

import io.statecraft.local.internal.kernel.Line;
import io.statecraft.local.internal.tasks.CallContext;
import io.statecraft.local.internal.tasks.TaskCall;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import tools.jackson.databind.JsonNode;

/**
 * A service call a Map state makes for itself (its ItemReader reading, its ResultWriter
 * writing), as the task dispatchers see it: bound, mocked or answered like a Task state's call
 * to the same resource, under the Map state's name.
 */
record ServiceCall(String stateName, String resource, Line line) implements TaskCall,
    CallContext {

  @Override
  public boolean callback() {
    return false;
  }

  @Override
  public boolean activity() {
    return false;
  }

  @Override
  public boolean waits() {
    return false;
  }

  @Override
  public int retryCount() {
    return 0;
  }

  @Override
  public JsonNode contextObject() {
    return line.contextObject();
  }

  @Override
  public Instant now() {
    return Instant.ofEpochMilli(line.now());
  }

  @Override
  public void sleep(Duration duration) {
    // The Map state's own calls take no time of their own.
  }

  @Override
  public void heartbeat() {}

  @Override
  public Random random() {
    return line.random();
  }
}
