package io.statecraft.compiler.internal.validation;

import io.statecraft.asl.StateMachine;
import io.statecraft.asl.diagnostic.DefinitionValidator;
import io.statecraft.asl.diagnostic.Diagnostic;
import java.util.List;

/**
 * The validator as the DSL's {@link DefinitionValidator}, registered in
 * {@code META-INF/services}: with the compiler on the class path, every {@code build()} runs it.
 * Not meant to be called directly; use {@link io.statecraft.compiler.Validator#validate(StateMachine)}.
 *
 * <pre>{@code
 * ServiceLoader.load(DefinitionValidator.class).forEach(v -> v.validate(machine));
 * }</pre>
 */
public final class ValidatorService implements DefinitionValidator {

  /** Called by {@link java.util.ServiceLoader}. */
  public ValidatorService() {}

  @Override
  public List<Diagnostic> validate(StateMachine machine) {
    return Validation.validate(machine);
  }
}
