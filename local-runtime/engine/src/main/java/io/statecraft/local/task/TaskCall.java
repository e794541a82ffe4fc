package io.statecraft.local.task;

import java.time.Instant;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * One call a Task state made: each attempt of each entry into the state, whoever answered it (a
 * handler, a mock, a recorded result, an activity worker). The input is what the service got,
 * after InputPath and Parameters (or Arguments), before any handler saw it.
 *
 * <pre>{@code
 * Execution execution = machine.run("{\"total\": 42}");
 * for (TaskCall call : execution.taskCalls()) {
 *   System.out.println(call.stateName() + " #" + call.attempt() + " at " + call.time()
 *       + ": " + call.input());
 * }
 * }</pre>
 *
 * @param stateName the Task state's name
 * @param resource its {@code Resource} as written
 * @param input what the call sent (a copy of its own at each access)
 * @param attempt 1 for the first call of an entry into the state, 2 for its first retry, ...
 * @param time when the call was made, on the execution's clock
 */
public record TaskCall(String stateName, String resource, JsonNode input, int attempt,
    Instant time) {

  public TaskCall {
    Objects.requireNonNull(stateName, "stateName == null");
    Objects.requireNonNull(resource, "resource == null");
    Objects.requireNonNull(input, "input == null");
    Objects.requireNonNull(time, "time == null");
    input = input.deepCopy();
  }

  /** What the call sent: a copy, so the record stays as it was. */
  @Override
  public JsonNode input() {
    return input.deepCopy();
  }
}
