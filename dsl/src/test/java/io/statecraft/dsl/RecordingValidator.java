package io.statecraft.dsl;

import io.statecraft.asl.StateMachine;
import io.statecraft.asl.diagnostic.DefinitionValidator;
import io.statecraft.asl.diagnostic.Diagnostic;
import java.util.List;

/**
 * A validator registered for the tests with ServiceLoader. It reports only on machines whose comment
 * asks it to, naming the pointer given there, so the other tests are not affected.
 */
public final class RecordingValidator implements DefinitionValidator {

  static final String TRIGGER = "report at ";

  @Override
  public List<Diagnostic> validate(StateMachine machine) {
    String comment = machine.comment();
    if (comment == null || !comment.startsWith(TRIGGER)) {
      return List.of();
    }
    String pointer = comment.substring(TRIGGER.length());
    if (pointer.startsWith("warning:")) {
      return List.of(Diagnostic.warning("TEST_HINT", pointer.substring("warning:".length()),
          "a remark of the test validator"));
    }
    return List.of(Diagnostic.error("TEST_RULE", pointer, "reported by the test validator"));
  }
}
