/**
 * Execution histories in AWS's shape: {@link io.statecraft.local.history.HistoryEvent}s with a
 * {@link io.statecraft.local.history.HistoryEventType}, writable as GetExecutionHistory JSON.
 *
 * <pre>{@code
 * for (HistoryEvent event : execution.history().events()) {
 *   if (event.type() == HistoryEventType.TASK_FAILED) {
 *     System.out.println(event.error() + ": " + event.cause());
 *   }
 * }
 * }</pre>
 */
package io.statecraft.local.history;
