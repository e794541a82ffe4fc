/**
 * Problems found in a definition, as values: a {@link io.statecraft.asl.diagnostic.Diagnostic}
 * has a stable code, a {@link io.statecraft.asl.diagnostic.Severity}, a JSON pointer into the ASL
 * document and, for workflows written in Java, the
 * {@link io.statecraft.asl.diagnostic.SourceLocation} that declared the state. Reading and
 * building throw one {@link io.statecraft.asl.diagnostic.InvalidDefinitionException} that carries
 * them all; a {@link io.statecraft.asl.diagnostic.DefinitionValidator} registered with
 * {@link java.util.ServiceLoader} adds its own to every machine the DSL builds.
 *
 * <pre>{@code
 * try {
 *   StateMachine machine = new OrderFulfillment().define();
 * } catch (InvalidDefinitionException e) {
 *   for (Diagnostic d : e.diagnostics()) {
 *     System.err.println(d);   // OrderFulfillment.java:42: /States/Ship: error DSL_...: ...
 *   }
 * }
 * }</pre>
 */
package io.statecraft.asl.diagnostic;
