/**
 * Replay: checks that a definition still does what a recorded execution did. A history (what
 * {@code aws stepfunctions get-execution-history} prints, or what the emulator and the local
 * runtime record) is run again with the definition, every task result, callback, activity,
 * time-out and nested execution taken from the history, nothing called; the result is either
 * consistent or the first event where the definition does something else.
 *
 * <pre>{@code
 * ReplayResult result = Replayer.of(Path.of("order-flow.asl.json"))
 *     .check(Path.of("history.json"));
 * System.out.println(result.summary());
 * }</pre>
 */
package io.statecraft.local.replay;
