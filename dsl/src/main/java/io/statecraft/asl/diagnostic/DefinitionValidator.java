package io.statecraft.asl.diagnostic;

import io.statecraft.asl.StateMachine;
import java.util.List;

/**
 * A check that the DSL runs on every state machine it builds, found with {@link
 * java.util.ServiceLoader}: the compiler registers its validator this way, so a workflow built in
 * Java is checked as thoroughly as one read from JSON, without the DSL depending on the compiler.
 *
 * <pre>{@code
 * for (DefinitionValidator validator : ServiceLoader.load(DefinitionValidator.class)) {
 *   diagnostics.addAll(validator.validate(machine));
 * }
 * }</pre>
 */
public interface DefinitionValidator {

  /**
   * Every problem found in {@code machine}, with JSON pointers into its ASL document (for example
   * {@code /States/Charge/Retry/0}); an empty list when there is none.
   */
  List<Diagnostic> validate(StateMachine machine);
}
