package io.statecraft.compiler.internal.schema;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import io.statecraft.asl.diagnostic.Diagnostic;
import io.statecraft.asl.internal.JsonPointers;
import io.statecraft.compiler.internal.common.SchemaWords;
import io.statecraft.compiler.internal.common.QuietLogging;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Checks JSON values against the schema of a record, with one diagnostic per field that does not
 * fit, located by JSON pointer. Formats ({@code date-time}, {@code uuid}, ...) are asserted, not
 * only annotated: a value Jackson could not read as the record does not pass.
 */
public final class ValueCheck {

  /** Codes of the diagnostics, stable for tools. */
  public static final String TYPE = "VALUE_TYPE";
  public static final String MISSING = "VALUE_MISSING_FIELD";
  public static final String NOT_ALLOWED = "VALUE_NOT_ALLOWED";
  public static final String FORMAT = "VALUE_FORMAT";
  public static final String INVALID = "VALUE_INVALID";
  /** A whole number outside the range of its Java type ({@code int}, {@code long}, ...). */
  public static final String RANGE = "VALUE_OUT_OF_RANGE";

  /** Compiled once per record class; a compiled schema is thread-safe. */
  private static final ClassValue<Schema> SCHEMAS = new ClassValue<>() {
    @Override
    protected Schema computeValue(Class<?> record) {
      QuietLogging.ensure();
      Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(SchemaWriter.schema(record));
      schema.initializeValidators();
      return schema;
    }
  };

  private ValueCheck() {}

  /** Every way {@code value} does not fit {@code record}'s schema; empty when it fits. */
  public static List<Diagnostic> check(Class<?> record, JsonNode value) {
    List<Error> errors = SCHEMAS.get(record).validate(value,
        context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)));
    List<Diagnostic> diagnostics = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (Error error : errors) {
      Diagnostic diagnostic = diagnostic(error);
      if (seen.add(diagnostic.pointer() + diagnostic.message())) {
        diagnostics.add(diagnostic);
      }
    }
    return withoutNullAlternatives(diagnostics);
  }

  /**
   * An optional record component is "the record or null" ({@code anyOf}); a value that is a
   * record with a wrong field fails both branches, and "must be null" says nothing useful when
   * the record branch has named the field. It is kept when it is the only complaint there.
   */
  private static List<Diagnostic> withoutNullAlternatives(List<Diagnostic> diagnostics) {
    List<Diagnostic> kept = new ArrayList<>();
    for (Diagnostic diagnostic : diagnostics) {
      boolean onlyNull = diagnostic.code().equals(TYPE)
          && diagnostic.message().contains(" must be null, not ");
      boolean explained = onlyNull && diagnostics.stream().anyMatch(other -> other != diagnostic
          && (other.pointer().equals(diagnostic.pointer())
              || other.pointer().startsWith(diagnostic.pointer() + "/")));
      if (!explained) {
        kept.add(diagnostic);
      }
    }
    return kept;
  }

  private static Diagnostic diagnostic(Error error) {
    String pointer = SchemaWords.pointer(error.getInstanceLocation(), null);
    String field = pointer.isEmpty() ? "the value" : pointer;
    JsonNode value = error.getInstanceNode();
    String keyword = error.getKeyword() == null ? "" : error.getKeyword();
    return switch (keyword) {
      case "type" -> Diagnostic.error(TYPE, pointer,
          field + " must be " + SchemaWords.expectedTypes(error.getSchemaNode()) + ", not "
              + SchemaWords.describe(value));
      case "required" -> Diagnostic.error(MISSING,
          SchemaWords.pointer(error.getInstanceLocation(), error.getProperty()),
          (pointer.isEmpty() ? "the object" : pointer) + " needs the field \""
              + error.getProperty() + "\"");
      case "enum" -> Diagnostic.error(NOT_ALLOWED, pointer,
          field + " must be one of " + allowed(error.getSchemaNode()) + ", not "
              + SchemaWords.describe(value));
      case "format" -> Diagnostic.error(FORMAT, pointer,
          field + " must be " + format(error.getSchemaNode()) + ", not "
              + SchemaWords.describe(value));
      case "minimum" -> Diagnostic.error(RANGE, pointer,
          field + " must be at least " + error.getSchemaNode() + ", not "
              + SchemaWords.describe(value));
      case "maximum" -> Diagnostic.error(RANGE, pointer,
          field + " must be at most " + error.getSchemaNode() + ", not "
              + SchemaWords.describe(value));
      default -> Diagnostic.error(INVALID, pointer, error.getMessage());
    };
  }

  private static String format(JsonNode format) {
    String name = format == null ? "" : format.asString();
    return switch (name) {
      case "date-time" -> "a date-time (RFC 3339, e.g. 2026-12-03T10:15:30Z)";
      case "date" -> "a date (e.g. 2026-12-03)";
      case "time" -> "a time with an offset (e.g. 10:15:30Z)";
      case "duration" -> "an ISO 8601 duration (e.g. PT30S)";
      case "uuid" -> "a UUID";
      case "uri" -> "a URI";
      default -> "of format " + name;
    };
  }

  private static String allowed(JsonNode values) {
    if (values == null || !values.isArray()) {
      return "the allowed values";
    }
    List<String> texts = new ArrayList<>();
    values.forEach(v -> texts.add(v.isString() ? v.asString() : v.toString()));
    return String.join(", ", texts);
  }
}
