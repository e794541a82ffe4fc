package io.statecraft.dsl;

import io.statecraft.asl.QueryLanguage;
import io.statecraft.asl.StateMachine;
import io.statecraft.asl.diagnostic.DefinitionValidator;
import io.statecraft.asl.diagnostic.Diagnostic;
import io.statecraft.asl.diagnostic.InvalidDefinitionException;
import io.statecraft.asl.diagnostic.SourceLocation;
import io.statecraft.dsl.flow.Flow;
import io.statecraft.dsl.internal.Assembler;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A state machine with its flow, ready to {@link #build()}. Immutable; {@code build()} may be
 * called any number of times.
 *
 * <pre>{@code
 * StateMachine machine = stateMachine().startWith(succeed("Done")).build();
 * }</pre>
 */
public final class StateMachineBuilder {

  /** Where the warnings of the machines built on this thread go while a build tool listens. */
  private static final ThreadLocal<Consumer<Diagnostic>> WARNINGS = new ThreadLocal<>();

  private final StateMachineStart.TopLevel top;
  private final Flow flow;

  StateMachineBuilder(StateMachineStart.TopLevel top, Flow flow) {
    this.top = top;
    this.flow = flow;
  }

  /**
   * The state machine as a model value. Checks what Java's types cannot (duplicate state names,
   * states nothing leads to, states used in two scopes, names over 80 characters, a state given
   * two next states, JSONPath and JSONata mixed in one state, Parallel branches and Map item
   * processors nested more than 165 deep), then runs every
   * {@link DefinitionValidator} registered with {@link ServiceLoader} (the compiler's, when it
   * is on the class path).
   *
   * @throws InvalidDefinitionException with one diagnostic per error found, each naming the state's
   *     JSON pointer and the Java file and line that declared it
   */
  public StateMachine build() {
    Result result = assemble();
    if (result.diagnostics().stream().anyMatch(Diagnostic::isError)) {
      throw new InvalidDefinitionException(result.diagnostics());
    }
    Consumer<Diagnostic> warnings = WARNINGS.get();
    if (warnings != null) {
      result.diagnostics().forEach(warnings);
    }
    result.assembler().rememberResults(result.machine());
    return result.machine();
  }

  /**
   * Runs {@code define} and gives {@code warnings} the warnings of every machine it builds with
   * {@link #build()}, each located in Java source as build()'s errors are. For build tools, which
   * get only the machine from {@link Workflow#define()}: a warning found by validating that machine
   * again could not name the file and line that declared the state.
   *
   * <pre>{@code
   * List<Diagnostic> warnings = new ArrayList<>();
   * StateMachine machine = StateMachineBuilder.reportingWarnings(workflow::define, warnings::add);
   * }</pre>
   */
  public static <T> T reportingWarnings(Supplier<T> define, Consumer<Diagnostic> warnings) {
    Consumer<Diagnostic> previous = WARNINGS.get();
    WARNINGS.set(warnings);
    try {
      return define.get();
    } finally {
      if (previous == null) {
        WARNINGS.remove();
      } else {
        WARNINGS.set(previous);
      }
    }
  }

  /**
   * Every problem {@link #build()} would find, warnings included, without throwing: for tools that
   * report rather than fail. Empty when the machine is valid and no validator has a remark.
   */
  public List<Diagnostic> diagnostics() {
    return assemble().diagnostics();
  }

  private record Result(StateMachine machine, List<Diagnostic> diagnostics, Assembler assembler) {}

  private Result assemble() {
    QueryLanguage language = top.language() == null ? QueryLanguage.JSONPATH : top.language();
    Assembler assembler = new Assembler(language);
    Assembler.Scope scope = assembler.assemble(flow, "", "the state machine");
    List<Diagnostic> problems = new ArrayList<>(assembler.diagnostics());
    StateMachine machine = new StateMachine(top.comment(), top.language(), scope.startAt(),
        top.timeoutSeconds(), top.version(), scope.states());
    if (problems.isEmpty()) {
      // Validators see only complete machines: a partial one would add noise to the real errors.
      for (DefinitionValidator validator : ServiceLoader.load(DefinitionValidator.class)) {
        for (Diagnostic diagnostic : validator.validate(machine)) {
          problems.add(diagnostic.source() != null
              ? diagnostic
              : diagnostic.withSource(sourceOf(diagnostic.pointer(), assembler.sources())));
        }
      }
    }
    return new Result(machine, List.copyOf(problems), assembler);
  }

  /**
   * The source of the innermost state whose pointer starts {@code pointer}, else the machine's:
   * the pointer is shortened a segment at a time (a "/" inside a name is escaped as "~1"), so a
   * machine with a warning on each of thousands of states is not searched once per warning.
   */
  private SourceLocation sourceOf(String pointer, Map<String, SourceLocation> sources) {
    String candidate = pointer;
    while (!candidate.isEmpty()) {
      SourceLocation source = sources.get(candidate);
      if (source != null || sources.containsKey(candidate)) {
        return source;
      }
      candidate = candidate.substring(0, Math.max(candidate.lastIndexOf('/'), 0));
    }
    return top.source();
  }
}
