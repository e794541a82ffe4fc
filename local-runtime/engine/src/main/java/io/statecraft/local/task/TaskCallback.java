package io.statecraft.local.task;

import java.time.Instant;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * An answer a waiting task got for its task token (SendTaskSuccess, SendTaskFailure,
 * SendTaskHeartbeat), from a test, a handler or an activity worker, as the execution saw it.
 *
 * <pre>{@code
 * sfn.sendTaskSuccess(running.awaitTaskToken("Approve", Duration.ofSeconds(5)), "{\"ok\":true}");
 * TaskCallback answer = running.await(Duration.ofSeconds(5)).callbacks().get(0);
 * // answer.kind() == TaskCallback.Kind.SUCCESS, answer.stateName() == "Approve"
 * }</pre>
 *
 * @param kind which call it was
 * @param stateName the state whose task holds the token
 * @param taskToken the token
 * @param output for SUCCESS, the output sent (a copy of its own at each access); else null
 * @param error for FAILURE, the error sent (may be null); else null
 * @param cause for FAILURE, the cause sent (may be null); else null
 * @param time when the execution got it, on its clock
 */
public record TaskCallback(Kind kind, String stateName, String taskToken, JsonNode output,
    String error, String cause, Instant time) {

  /** Which of the Send* calls it was. */
  public enum Kind {
    /** SendTaskSuccess. */
    SUCCESS,
    /** SendTaskFailure. */
    FAILURE,
    /** SendTaskHeartbeat. */
    HEARTBEAT
  }

  public TaskCallback {
    Objects.requireNonNull(kind, "kind == null");
    Objects.requireNonNull(stateName, "stateName == null");
    Objects.requireNonNull(taskToken, "taskToken == null");
    Objects.requireNonNull(time, "time == null");
    output = output == null ? null : output.deepCopy();
  }

  /** The output sent with SUCCESS (a copy), else null. */
  @Override
  public JsonNode output() {
    return output == null ? null : output.deepCopy();
  }
}
