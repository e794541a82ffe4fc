package io.statecraft.compiler.validation;

import io.statecraft.asl.Diagnostic;
import io.statecraft.asl.InvalidDefinitionException;
import io.statecraft.asl.StateMachine;
import io.statecraft.asl.internal.JsonMappers;
import io.statecraft.compiler.Asl;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Decides whether AWS Step Functions would accept a definition, and why not: our ASL JSON Schema
 * for the shape of the document, then the semantic rules (transitions, reachability, names,
 * retriers, paths, JSONata, Map modes, ...) on the model. Every problem is a {@link Diagnostic}
 * with a stable code (see {@link Rule}), a severity, and the JSON pointer of the offending field;
 * the list is sorted by pointer.
 *
 * <pre>{@code
 * List<Diagnostic> problems = Validator.validate(Files.readString(Path.of("order.asl.json")));
 * problems.forEach(System.out::println);
 * // /States/Charge/Retry/0/BackoffRate: error RETRY_BACKOFF_RATE: BackoffRate must be >= 1.0, was 0.5
 * boolean deployable = problems.stream().noneMatch(Diagnostic::isError);
 * }</pre>
 *
 * <p>Warnings ({@link io.statecraft.asl.Severity#WARNING}) flag what AWS accepts but a careful
 * reviewer would not, e.g. a Choice without Default. Deploy-time {@code ${...}} placeholders are
 * accepted wherever a string is, and in numeric fields. Thread-safe.
 */
public final class Validator {

  /**
   * The reader's JSON settings: duplicate keys and trailing tokens refused (text that breaks them
   * goes to the reader for its READ_SYNTAX message), numbers kept as written.
   */
  private static final JsonMapper MAPPER = JsonMappers.STRICT;
  private static final Comparator<Diagnostic> ORDER = Comparator.comparing(Diagnostic::pointer)
      .thenComparing(Diagnostic::severity).thenComparing(Diagnostic::code);

  private Validator() {}

  /** Validates ASL JSON text; text that is not JSON gives one {@code READ_SYNTAX} diagnostic. */
  public static List<Diagnostic> validate(String json) {
    JsonNode document;
    try {
      document = MAPPER.readTree(json);
    } catch (JacksonException notJson) {
      try {
        // The reader words syntax errors with line and column; let it.
        Asl.read(json);
      } catch (InvalidDefinitionException e) {
        return sorted(e.diagnostics());
      }
      throw notJson;
    }
    return validate(document);
  }

  /**
   * Validates a parsed ASL document: the schema on the JSON as written and, if it reads into the
   * model, the semantic rules. When it does not read, the reader's diagnostics are returned with
   * the schema's (those at a field the schema already reported are left out as duplicates).
   */
  public static List<Diagnostic> validate(JsonNode document) {
    SchemaCheck.preload();
    StateMachine machine;
    try {
      machine = Asl.fromJson(document);
    } catch (InvalidDefinitionException e) {
      return sorted(merge(SchemaCheck.check(document), e.diagnostics()));
    }
    List<Diagnostic> diagnostics = new ArrayList<>(SemanticRules.check(machine));
    diagnostics.addAll(SchemaCheck.check(document));
    return sorted(diagnostics);
  }

  /**
   * Validates a machine built in Java (or read earlier): the schema on its canonical JSON
   * ({@link Asl#toJson}), and the semantic rules on the model itself.
   */
  public static List<Diagnostic> validate(StateMachine machine) {
    SchemaCheck.preload();
    List<Diagnostic> diagnostics = new ArrayList<>(SemanticRules.check(machine));
    diagnostics.addAll(SchemaCheck.check(Asl.toJson(machine)));
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
