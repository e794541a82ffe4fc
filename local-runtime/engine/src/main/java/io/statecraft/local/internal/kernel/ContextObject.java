package io.statecraft.local.internal.kernel;

import io.statecraft.local.internal.json.Times;
import io.statecraft.local.internal.json.Values;
import tools.jackson.databind.node.ObjectNode;

/** The context object ({@code $$}, {@code $states.context}) of the state a line now runs. */
final class ContextObject {

  private ContextObject() {}

  /** A fresh tree: Execution, StateMachine, State, and Task and Map.Item where they apply. */
  static ObjectNode of(Line line) {
    if (line.run.contextOverride != null && line.run.contextOverride.isObject()) {
      // TestState: the context object the test gave, as given.
      return (ObjectNode) line.run.contextOverride.deepCopy();
    }
    ObjectNode root = Values.object();
    ObjectNode execution = root.putObject("Execution");
    execution.put("Id", line.run.executionArn);
    execution.set("Input", line.run.input);
    execution.put("StartTime", Times.iso(line.run.startMillis));
    execution.put("Name", line.run.executionName);
    execution.put("RoleArn", line.run.roleArn);
    if (!line.run.express) {
      // Express executions cannot be redriven: express/test_express_sync/test_query_runtime_memory
      execution.put("RedriveCount", line.run.redriveCount);
      if (line.run.redriveMillis >= 0) {
        execution.put("RedriveTime", Times.iso(line.run.redriveMillis));
      }
    }
    ObjectNode machine = root.putObject("StateMachine");
    machine.put("Id", line.run.machineArn);
    machine.put("Name", line.run.machineName);
    ObjectNode state = root.putObject("State");
    state.put("Name", line.stateName);
    state.put("EnteredTime", Times.iso(line.enteredMillis));
    if (line.withRetryCount) {
      state.put("RetryCount", line.retryCount);
    }
    if (line.taskToken != null) {
      root.putObject("Task").put("Token", line.taskToken);
    }
    if (line.mapItemIndex >= 0) {
      ObjectNode item = root.putObject("Map").putObject("Item");
      item.put("Index", line.mapItemIndex);
      item.set("Value", line.mapItemValue);
    }
    return root;
  }
}
