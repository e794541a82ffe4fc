package io.statecraft.local.spi;

import io.statecraft.local.RunningExecution;
import io.statecraft.local.history.HistoryEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import tools.jackson.databind.JsonNode;

/** A host with no child executions and every activity, that keeps the events it is handed. */
class TestHost implements RuntimeHost {

  final List<HistoryEvent> kept = new CopyOnWriteArrayList<>();
  private final boolean callbacksSent;

  TestHost(boolean callbacksSent) {
    this.callbacksSent = callbacksSent;
  }

  @Override
  public RunningExecution startChild(String stateMachineArn, String name, JsonNode input) {
    throw new UnsupportedOperationException("no child executions in this test");
  }

  @Override
  public boolean activityExists(String activityArn) {
    return true;
  }

  @Override
  public boolean unansweredCallbacksSent() {
    return callbacksSent;
  }

  @Override
  public void recorded(String executionArn, HistoryEvent event) {
    kept.add(event);
  }
}
