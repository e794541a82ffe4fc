package io.statecraft.compiler;

import io.statecraft.asl.StateMachine;
import io.statecraft.asl.diagnostic.Diagnostic;
import io.statecraft.compiler.internal.validation.Validation;
import io.statecraft.compiler.validation.Rule;
import java.util.List;
import tools.jackson.databind.JsonNode;

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
 * <p>Warnings ({@link io.statecraft.asl.diagnostic.Severity#WARNING}) flag what AWS accepts but a careful
 * reviewer would not, e.g. a Choice without Default. Deploy-time {@code ${...}} placeholders are
 * accepted wherever a string is, and in numeric fields. Thread-safe.
 */
public final class Validator {

  static {
    // The schema validator and JsonPath log through SLF4J: no warning on a classpath without it.
    io.statecraft.compiler.internal.common.QuietLogging.ensure();
  }

  private Validator() {}

  /** Validates ASL JSON text; text that is not JSON gives one {@code READ_SYNTAX} diagnostic. */
  public static List<Diagnostic> validate(String json) {
    return Validation.validate(json);
  }

  /**
   * Validates a parsed ASL document: the schema on the JSON as written and, if it reads into the
   * model, the semantic rules. When it does not read, the reader's diagnostics are returned with
   * the schema's (those at a field the schema already reported are left out as duplicates).
   */
  public static List<Diagnostic> validate(JsonNode document) {
    return Validation.validate(document);
  }

  /**
   * Validates a machine built in Java (or read earlier): the schema on its canonical JSON
   * ({@link Asl#toJson}), and the semantic rules on the model itself.
   */
  public static List<Diagnostic> validate(StateMachine machine) {
    return Validation.validate(machine);
  }
}
