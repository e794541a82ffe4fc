/**
 * The Amazon States Language as immutable Java values: one {@link io.statecraft.asl.StateMachine}
 * holding {@link io.statecraft.asl.State}s of eight sealed kinds, with every field AWS documents in
 * both query languages (JSONPath and JSONata).
 *
 * <p>Conventions that hold for every type here:
 * <ul>
 *   <li>A Java {@code null} component means the field is absent from the ASL document.</li>
 *   <li>Payload templates ({@code Parameters}, {@code Result}, {@code Assign}, ...) are JSON values;
 *       a JSON {@code null} there is a {@code NullNode}, distinct from an absent field. They are copied
 *       on the way in; the nodes the accessors return belong to the model and must be treated as
 *       read-only (a copy on every read would put a deep copy on the runtime's hot path).</li>
 *   <li>{@code InputPath}, {@code OutputPath} and {@code ResultPath} may be JSON {@code null}, which
 *       AWS gives a meaning of its own; {@link io.statecraft.asl.value.Path#NULL} stands for it.</li>
 *   <li>Expressions (JSONPath, intrinsic functions, JSONata {@code {% %}}) and deploy-time
 *       {@code ${...}} placeholders are kept exactly as written.</li>
 *   <li>Lists are never {@code null}; an absent list is empty.</li>
 * </ul>
 *
 * <p>The model describes what a definition says, not whether AWS would accept it: the compiler's
 * validator decides that and reports {@link io.statecraft.asl.diagnostic.Diagnostic}s.
 */
package io.statecraft.asl;
