/**
 * Not an API: the implementation of the builders of {@code io.statecraft.dsl.flow}. Each builder
 * is a node holding the immutable fields of one state; a flow is a
 * {@link io.statecraft.dsl.internal.Fragment} of nodes and transitions; the
 * {@link io.statecraft.dsl.internal.Assembler} turns the fragment of each scope into states and
 * reports what the types could not rule out. {@code io.statecraft.dsl.Steps} calls the factories
 * here, which is why they are public; they may change in any release.
 *
 * <pre>{@code
 * Assembler assembler = new Assembler(QueryLanguage.JSONPATH);
 * Assembler.Scope top = assembler.assemble(flow, "", "the state machine");
 * List<Diagnostic> problems = assembler.diagnostics();
 * }</pre>
 */
package io.statecraft.dsl.internal;
