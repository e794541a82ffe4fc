/**
 * The compiler's public API: {@link io.statecraft.compiler.Asl} reads ASL JSON into the model
 * ({@link io.statecraft.asl.StateMachine}) losslessly and writes it back canonically, and
 * {@link io.statecraft.compiler.Validator} tells whether AWS Step Functions would accept a
 * definition. The codes of the diagnostics they report are listed by
 * {@link io.statecraft.compiler.validation.Rule}.
 *
 * <pre>{@code
 * StateMachine machine = Asl.readValid(Path.of("order.asl.json"));   // refuses what AWS refuses
 * Files.writeString(Path.of("order.asl.json"), Asl.write(machine));
 * for (Diagnostic problem : Validator.validate(machine)) {
 *   System.out.println(problem);
 * }
 * }</pre>
 *
 * <p>Everything else lives in {@code io.statecraft.compiler.internal.*}: the reader
 * ({@code internal.read}), the writer ({@code internal.write}), the validation rules
 * ({@code internal.validation}), intrinsic functions ({@code internal.intrinsic}, which the local
 * runtime evaluates too) and shared helpers ({@code internal.common}). Those packages are public
 * only so that Statecraft's own modules can share them; they change without notice.
 */
package io.statecraft.compiler;
