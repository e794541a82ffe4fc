/**
 * The canonical ASL writer behind {@link io.statecraft.compiler.Asl#write}: fields in AWS's
 * documented order, payload templates in the user's.
 *
 * <pre>{@code
 * String text = JsonText.pretty(AslWriter.machine(machine));
 * }</pre>
 *
 * <p>Internal: may change without notice.
 */
package io.statecraft.compiler.internal.write;
