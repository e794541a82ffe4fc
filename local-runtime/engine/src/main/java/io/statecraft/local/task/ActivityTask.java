package io.statecraft.local.task;

import tools.jackson.databind.JsonNode;

/**
 * Work handed to an activity worker by GetActivityTask: the token to answer with and the input.
 *
 * <pre>{@code
 * sfn.pollActivityTask(activityArn, "worker-1", Duration.ofSeconds(60)).ifPresent(task ->
 *     sfn.sendTaskSuccess(task.taskToken(), Values.parse("{\"done\":true}")));
 * }</pre>
 *
 * @param taskToken the token for SendTaskSuccess/Failure/Heartbeat
 * @param input the task's input (after InputPath and Parameters)
 */
public record ActivityTask(String taskToken, JsonNode input) {}
