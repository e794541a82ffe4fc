package io.statecraft.compiler.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.statecraft.asl.diagnostic.Diagnostic;
import io.statecraft.asl.diagnostic.InvalidDefinitionException;
import io.statecraft.asl.internal.JsonMappers;
import io.statecraft.compiler.Asl;
import io.statecraft.compiler.Validator;
import io.statecraft.compiler.internal.common.JsonDiff;
import java.util.List;

/**
 * Any bytes given to {@link Validator#validate(String)} give diagnostics, never an exception, each
 * with a JSON pointer; a document with no error reads, and writes back equal as JSON (lossless
 * reading of every valid definition). Replays its corpus in every build; fuzzes with
 * {@code JAZZER_FUZZ=1}.
 */
class ValidatorFuzzTest {

  @FuzzTest(maxDuration = "2m")
  @DictionaryFile(resourcePath = "asl.dict")
  void should_give_located_diagnostics_and_accept_only_what_reads(byte[] bytes) {
    String text = FuzzInputs.text(bytes);
    if (FuzzInputs.tooDeep(text)) {
      return;
    }
    List<Diagnostic> diagnostics = Validator.validate(text);
    FuzzInputs.assertLocated(diagnostics, text);
    if (diagnostics.stream().anyMatch(Diagnostic::isError)) {
      return;
    }
    String written;
    try {
      written = Asl.write(Asl.readValid(text));
    } catch (InvalidDefinitionException e) {
      throw new AssertionError("valid, yet it does not read: " + e.getMessage() + "\n  input: "
          + FuzzInputs.shown(text), e);
    }
    String difference = JsonDiff.first(JsonMappers.STRICT.readTree(text),
        JsonMappers.STRICT.readTree(written));
    if (difference != null) {
      throw new AssertionError("valid, yet it does not write back equal: " + difference
          + "\n  input: " + FuzzInputs.shown(text) + "\n  written: " + written);
    }
  }
}
