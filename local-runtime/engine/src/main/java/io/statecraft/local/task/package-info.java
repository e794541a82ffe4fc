/**
 * What stands in for the services Task states call: a {@link io.statecraft.local.task.TaskHandler}
 * receives the task's input and a {@link io.statecraft.local.task.TaskContext}, and returns the
 * result or throws {@link io.statecraft.local.task.TaskFailure}.
 *
 * <pre>{@code
 * TaskHandler charge = (input, ctx) -> {
 *   if (input.get("total").asInt() > 1000) {
 *     throw new TaskFailure("Payment.Declined", "over the limit");
 *   }
 *   return Json.parse("{\"charged\": true}");
 * };
 * }</pre>
 */
package io.statecraft.local.task;
