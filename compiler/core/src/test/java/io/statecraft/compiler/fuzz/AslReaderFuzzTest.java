package io.statecraft.compiler.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.statecraft.asl.StateMachine;
import io.statecraft.asl.diagnostic.InvalidDefinitionException;
import io.statecraft.compiler.Asl;

/**
 * Any bytes given to {@link Asl#read(String)} give a machine or an
 * {@link InvalidDefinitionException} whose every diagnostic has a JSON pointer; a machine that
 * reads writes canonical ASL that reads back to the same canonical text. Replays its corpus
 * ({@code AslReaderFuzzTestInputs/}) in every build; fuzzes with {@code JAZZER_FUZZ=1}.
 */
class AslReaderFuzzTest {

  @FuzzTest(maxDuration = "2m")
  @DictionaryFile(resourcePath = "asl.dict")
  void should_read_or_name_the_field_and_round_trip(byte[] bytes) {
    String text = FuzzInputs.text(bytes);
    if (FuzzInputs.tooDeep(text)) {
      return;
    }
    StateMachine machine;
    try {
      machine = Asl.read(text);
    } catch (InvalidDefinitionException e) {
      if (e.diagnostics().isEmpty()) {
        throw new AssertionError("no diagnostic for " + FuzzInputs.shown(text), e);
      }
      FuzzInputs.assertLocated(e.diagnostics(), text);
      return;
    }
    String canonical = Asl.write(machine);
    StateMachine again;
    try {
      again = Asl.read(canonical);
    } catch (InvalidDefinitionException e) {
      throw new AssertionError("the canonical text of a machine that read does not read: "
          + e.getMessage() + "\n  input: " + FuzzInputs.shown(text) + "\n  canonical: "
          + canonical, e);
    }
    String twice = Asl.write(again);
    if (!twice.equals(canonical)) {
      throw new AssertionError("read -> write -> read -> write changed the text\n  input: "
          + FuzzInputs.shown(text) + "\n  first: " + canonical + "\n  second: " + twice);
    }
  }
}
