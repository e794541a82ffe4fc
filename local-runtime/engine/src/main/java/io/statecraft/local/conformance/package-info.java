/**
 * Replays executions recorded against AWS and compares everything AWS recorded: status, output,
 * error, cause and history events.
 *
 * <pre>{@code
 * System.out.println(Conformance.summary(Conformance.run(List.of(Path.of("cases")), r -> { })));
 * }</pre>
 */
package io.statecraft.local.conformance;
