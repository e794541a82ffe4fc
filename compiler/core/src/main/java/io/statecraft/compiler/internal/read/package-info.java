/**
 * The lossless ASL reader behind {@link io.statecraft.compiler.Asl#read(String)}: {@link
 * io.statecraft.compiler.internal.read.MachineReader} reads the top level, {@code StateReader} each
 * state, {@code ChoiceReader} Choice rules, and {@code Fields} reports every field of the wrong
 * type, missing or unknown as a {@code READ_*} diagnostic with its JSON pointer.
 *
 * <pre>{@code
 * StateMachine machine = MachineReader.read(JsonText.parse(text));
 * }</pre>
 *
 * <p>Internal: may change without notice.
 */
package io.statecraft.compiler.internal.read;
