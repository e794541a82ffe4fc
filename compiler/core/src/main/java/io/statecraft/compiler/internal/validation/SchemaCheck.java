package io.statecraft.compiler.internal.validation;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import io.statecraft.asl.diagnostic.Diagnostic;
import io.statecraft.compiler.internal.common.SchemaWords;
import io.statecraft.compiler.validation.Rule;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import tools.jackson.databind.JsonNode;

/**
 * Applies our ASL JSON Schema ({@code asl.schema.json}, draft 2020-12) and turns each violation
 * into a diagnostic with one of the {@code SCHEMA_*} codes and a sentence, instead of the
 * library's keyword dump.
 */
final class SchemaCheck {

  private static final String LOCATION = "classpath:io/statecraft/compiler/internal/validation/asl.schema.json";

  private SchemaCheck() {}

  /**
   * Loaded once per JVM, on a background thread started by the first use: resolving the schema
   * costs a few hundred milliseconds of class loading, which then overlaps the reader's and the
   * rules' own start-up on another core.
   */
  private static final class Loaded {
    static final CompletableFuture<Schema> SCHEMA = CompletableFuture.supplyAsync(Loaded::load);

    private static Schema load() {
      Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(SchemaLocation.of(LOCATION));
      schema.initializeValidators();
      return schema;
    }
  }

  /** Starts loading the schema if it is not loaded yet; returns at once. */
  static void preload() {
    Loaded.SCHEMA.isDone();
  }

  static List<Diagnostic> check(JsonNode document) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (Error error : schema().validate(document)) {
      Diagnostic diagnostic = diagnostic(error);
      // allOf branches can report the same field twice; one line per problem is enough.
      if (seen.add(diagnostic.code() + diagnostic.pointer() + diagnostic.message())) {
        diagnostics.add(diagnostic);
      }
    }
    return diagnostics;
  }

  private static Schema schema() {
    try {
      return Loaded.SCHEMA.join();
    } catch (CompletionException e) {
      // A schema that does not load is a broken build, not a user error: rethrow it as it was.
      throw e.getCause() instanceof RuntimeException cause ? cause : e;
    }
  }

  private static Diagnostic diagnostic(Error error) {
    String pointer = pointer(error.getInstanceLocation());
    JsonNode value = error.getInstanceNode();
    String keyword = error.getKeyword() == null ? "" : error.getKeyword();
    switch (keyword) {
      case "type":
        return Diagnostic.error(Rule.SCHEMA_TYPE.code(), pointer, Where.field(pointer)
            + " must be " + SchemaWords.expectedTypes(error.getSchemaNode()) + ", not "
            + SchemaWords.describe(value));
      case "required":
        return Diagnostic.error(Rule.SCHEMA_MISSING_FIELD.code(), pointer,
            Where.describe(pointer) + " needs the field " + error.getProperty());
      case "additionalProperties":
      case "unevaluatedProperties":
        String field = error.getProperty();
        String at = field == null ? pointer
            : SchemaWords.pointer(error.getInstanceLocation(), field);
        String owner = field == null ? Where.parent(pointer) : pointer;
        return Diagnostic.error(Rule.SCHEMA_UNKNOWN_FIELD.code(), at, Where.describe(owner)
            + " does not take the field \"" + (field == null ? Where.field(pointer) : field) + "\"");
      case "enum":
      case "const":
        return Diagnostic.error(Rule.SCHEMA_VALUE.code(), pointer, Where.field(pointer)
            + " must be one of " + allowed(error.getSchemaNode()) + ", not "
            + SchemaWords.describe(value));
      case "minItems":
      case "minProperties":
        return Diagnostic.error(Rule.SCHEMA_EMPTY.code(), pointer,
            Where.field(pointer) + " must not be empty");
      default:
        return Diagnostic.error(Rule.SCHEMA_INVALID.code(), pointer, error.getMessage());
    }
  }

  /** The RFC 6901 pointer of a location the validator reports (its own path type varies). */
  private static String pointer(NodePath location) {
    return SchemaWords.pointer(location, null);
  }

  private static String allowed(JsonNode schemaNode) {
    if (schemaNode == null) {
      return "the allowed values";
    }
    if (!schemaNode.isArray()) {
      return schemaNode.toString();
    }
    List<String> values = new ArrayList<>();
    schemaNode.forEach(v -> values.add(v.isString() ? v.asString() : v.toString()));
    return String.join(", ", values);
  }
}
