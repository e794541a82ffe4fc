/**
 * The emulator's web console: GET pages listing the state machines and executions it holds, and
 * each execution's HTML report (diagram with the run drawn over it, event timeline) refreshed while
 * the execution runs. Reads everything through the API's own read operations
 * ({@link io.statecraft.emulator.internal.ConsoleSource}); changes nothing.
 */
package io.statecraft.emulator.internal.console;
