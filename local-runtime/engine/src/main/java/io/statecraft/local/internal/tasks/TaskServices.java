package io.statecraft.local.internal.tasks;

import java.util.function.Predicate;

/**
 * What Task states of one run reach beyond the run: who answers service calls, the runtime's
 * task tokens and activity queues, who starts child executions, which activities exist, and
 * whether a callback with no handler counts its message as sent (the HTTP emulator).
 */
public record TaskServices(TaskDispatcher dispatcher, TaskTokens tokens, ChildStarter children,
    Predicate<String> activities, boolean unboundCallbacksSent) {}
