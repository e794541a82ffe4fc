package io.statecraft.local;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;

/**
 * The default {@link ChildExecutions}: the definition a runtime last loaded under a state
 * machine's ARN; any other ARN fails the task as StartExecution fails on AWS.
 */
final class LoadedMachines implements ChildExecutions {

  private final Map<String, LocalStateMachine> byArn = new ConcurrentHashMap<>();

  void put(LocalStateMachine machine) {
    byArn.put(machine.arn(), machine);
  }

  @Override
  public RunningExecution start(String stateMachineArn, String name, JsonNode input) {
    LocalStateMachine machine = byArn.get(stateMachineArn);
    if (machine == null) {
      throw NestedExecutions.doesNotExist(stateMachineArn);
    }
    return machine.start(name, input);
  }
}
