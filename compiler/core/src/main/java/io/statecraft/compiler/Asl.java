package io.statecraft.compiler;

import io.statecraft.asl.StateMachine;
import io.statecraft.asl.diagnostic.Diagnostic;
import io.statecraft.asl.diagnostic.InvalidDefinitionException;
import io.statecraft.compiler.internal.common.JsonText;
import io.statecraft.compiler.internal.read.MachineReader;
import io.statecraft.compiler.internal.write.AslWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads ASL JSON into the model and writes the model back as canonical ASL JSON. Reading is
 * lossless: every field AWS documents is kept, expressions and {@code ${...}} placeholders as
 * written, so a definition reads and writes back equal as JSON. Writing is deterministic: one field
 * order, two-space indent, a newline at the end; writing twice gives identical bytes.
 *
 * <pre>{@code
 * StateMachine machine = Asl.read(Path.of("order.asl.json"));
 * String canonical = Asl.write(machine);
 * }</pre>
 *
 * <p>A document that cannot be read throws {@link InvalidDefinitionException} carrying one
 * {@link Diagnostic} per problem, each with the JSON pointer of the offending field:
 * {@code READ_SYNTAX} (not JSON; the message gives line and column), {@code READ_TYPE},
 * {@code READ_UNKNOWN_FIELD}, {@code READ_MISSING_FIELD} and {@code READ_VALUE}. Whether AWS would
 * accept a definition that reads is the validator's question: {@link #readValid(String)} asks it
 * too, and refuses what AWS would refuse.
 */
public final class Asl {

  private Asl() {}

  /** Reads ASL JSON text. */
  public static StateMachine read(String json) {
    return MachineReader.read(json);
  }

  /** Reads an ASL JSON file (UTF-8). */
  public static StateMachine read(java.nio.file.Path file) {
    return read(text(file));
  }

  /**
   * Reads ASL JSON text and validates it as AWS does before accepting a definition: throws with
   * every error found by the {@link Validator} (schema and semantic rules). Warnings do not stop it.
   * Use {@link #read(String)} for definitions that need not be deployable (formatting, drawing).
   */
  public static StateMachine readValid(String json) {
    // The validator reads the model on its way: the text is parsed once.
    io.statecraft.compiler.internal.validation.Validation.Checked checked =
        io.statecraft.compiler.internal.validation.Validation.check(json);
    List<Diagnostic> errors = checked.diagnostics().stream().filter(Diagnostic::isError).toList();
    if (!errors.isEmpty()) {
      throw new InvalidDefinitionException(errors);
    }
    return checked.machine();
  }

  /** {@link #readValid(String)} of an ASL JSON file (UTF-8). */
  public static StateMachine readValid(java.nio.file.Path file) {
    return readValid(text(file));
  }

  private static String text(java.nio.file.Path file) {
    try {
      return io.statecraft.compiler.internal.common.TextFiles.readUtf8(file);
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new InvalidDefinitionException(List.of(Diagnostic.error("READ_IO", "",
          "cannot read " + file + ": " + e.getMessage())));
    }
  }

  /** Reads an ASL document already parsed as JSON. */
  public static StateMachine fromJson(JsonNode document) {
    return MachineReader.read(document);
  }

  /** The canonical ASL JSON text of {@code machine}, ending with a newline. */
  public static String write(StateMachine machine) {
    return JsonText.pretty(toJson(machine));
  }

  /** The canonical ASL tree of {@code machine}; a fresh tree the caller may change. */
  public static ObjectNode toJson(StateMachine machine) {
    return AslWriter.machine(machine);
  }

  /**
   * {@code json} in the canonical layout, without reading it as ASL: key order as written. For
   * JSON that is not a definition (inputs, outputs, histories) shown next to ASL.
   */
  public static String prettyJson(JsonNode json) {
    return JsonText.pretty(json);
  }
}
