package io.statecraft.compiler.internal.validation;

import io.statecraft.asl.StateMachine;
import io.statecraft.asl.diagnostic.Diagnostic;
import io.statecraft.asl.diagnostic.InvalidDefinitionException;
import io.statecraft.asl.internal.JsonMappers;
import io.statecraft.compiler.internal.read.MachineReader;
import io.statecraft.compiler.internal.write.AslWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * What {@link io.statecraft.compiler.Validator} does: the schema, then the semantic rules, merged
 * with the reader's diagnostics and sorted by pointer. Also the DSL's validator, through
 * {@link ValidatorService}.
 *
 * <pre>{@code
 * List<Diagnostic> problems = Validation.validate(machine);
 * }</pre>
 */
public final class Validation {

  private static final Comparator<Diagnostic> ORDER = Comparator.comparing(Diagnostic::pointer)
      .thenComparing(Diagnostic::severity).thenComparing(Diagnostic::code);

  private Validation() {}

  /** Validates ASL JSON text; text that is not JSON gives one {@code READ_SYNTAX} diagnostic. */
  public static List<Diagnostic> validate(String json) {
    return check(json).diagnostics();
  }

  /**
   * What validating ASL JSON text found: the diagnostics and, when the text read into the model,
   * that model, so that a caller who goes on to use a valid definition reads it only once.
   */
  public record Checked(StateMachine machine, List<Diagnostic> diagnostics) {}

  /** {@link #validate(String)}, keeping the model it read (null when the text did not read). */
  public static Checked check(String json) {
    JsonNode document;
    try {
      // Duplicate keys and trailing text are refused here too: such text goes to the reader for
      // its READ_SYNTAX message.
      document = JsonMappers.STRICT.readTree(json);
      if (document == null || document.isMissingNode()) {
        // Empty text: the reader says so.
        MachineReader.read(json);
      }
    } catch (JacksonException notJson) {
      try {
        // The reader words syntax errors with line and column; let it.
        MachineReader.read(json);
      } catch (InvalidDefinitionException e) {
        return new Checked(null, sorted(e.diagnostics()));
      }
      throw notJson;
    } catch (InvalidDefinitionException empty) {
      return new Checked(null, sorted(empty.diagnostics()));
    }
    return check(document);
  }

  /**
   * Validates a parsed ASL document: the schema on the JSON as written and, if it reads into the
   * model, the semantic rules. When it does not read, the reader's diagnostics are returned with
   * the schema's (those at a field the schema already reported are left out as duplicates).
   */
  public static List<Diagnostic> validate(JsonNode document) {
    return check(document).diagnostics();
  }

  private static Checked check(JsonNode document) {
    SchemaCheck.preload();
    StateMachine machine;
    try {
      machine = MachineReader.read(document);
    } catch (InvalidDefinitionException e) {
      return new Checked(null, sorted(merge(SchemaCheck.check(document), e.diagnostics())));
    }
    List<Diagnostic> diagnostics = new ArrayList<>(SemanticRules.check(machine));
    diagnostics.addAll(SchemaCheck.check(document));
    return new Checked(machine, sorted(diagnostics));
  }

  /**
   * Validates a machine built in Java (or read earlier): the schema on its canonical JSON
   * (as the writer writes it), and the semantic rules on the model itself.
   */
  public static List<Diagnostic> validate(StateMachine machine) {
    SchemaCheck.preload();
    List<Diagnostic> diagnostics = new ArrayList<>(SemanticRules.check(machine));
    diagnostics.addAll(SchemaCheck.check(AslWriter.machine(machine)));
    return sorted(diagnostics);
  }

  /**
   * The schema's diagnostics plus the reader's at fields the schema did not report; where both
   * report a field, the schema's keeps the reader's hint (its "did you mean ...?").
   */
  private static List<Diagnostic> merge(List<Diagnostic> schema, List<Diagnostic> reader) {
    Map<String, Integer> byPointer = new HashMap<>();
    List<Diagnostic> merged = new ArrayList<>(schema);
    for (int i = 0; i < merged.size(); i++) {
      byPointer.putIfAbsent(merged.get(i).pointer(), i);
    }
    for (Diagnostic diagnostic : reader) {
      Integer same = byPointer.get(diagnostic.pointer());
      if (same == null) {
        merged.add(diagnostic);
      } else if (merged.get(same).hint() == null && diagnostic.hint() != null) {
        merged.set(same, merged.get(same).withHint(diagnostic.hint()));
      }
    }
    return merged;
  }

  private static List<Diagnostic> sorted(List<Diagnostic> diagnostics) {
    List<Diagnostic> result = new ArrayList<>(diagnostics);
    result.sort(ORDER);
    return List.copyOf(result);
  }
}
