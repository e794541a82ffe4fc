package io.statecraft.compiler.internal.schema;

import io.statecraft.dsl.internal.record.JsonNames;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the JSON Schema of a record: an object with one property per component, in declaration
 * order, named as Jackson names it; every component is required except {@code Optional} ones and
 * those annotated {@code @Nullable}, which may also be {@code null}. Records it refers to are
 * written once under {@code $defs} and referred to by {@code $ref}, so recursive records work.
 */
public final class SchemaWriter {

  static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

  private final Class<?> root;
  /** Records met so far, by class, with the key of their {@code $defs} entry. */
  private final Map<Class<?>, String> keys = new HashMap<>();
  private final Map<String, ObjectNode> definitions = new LinkedHashMap<>();
  private final List<Class<?>> pending = new ArrayList<>();

  private SchemaWriter(Class<?> root) {
    this.root = root;
  }

  /**
   * The schema of {@code record}.
   *
   * @throws IllegalArgumentException naming the component whose type has no JSON Schema
   */
  public static ObjectNode schema(Class<?> record) {
    if (!record.isRecord()) {
      throw new IllegalArgumentException(record.getName() + " is not a record; JSON Schemas are"
          + " written for records");
    }
    return new SchemaWriter(record).write();
  }

  private ObjectNode write() {
    ObjectNode schema = NODES.objectNode();
    schema.put("$schema", DIALECT);
    schema.put("title", root.getSimpleName());
    schema.setAll(object(root));
    while (!pending.isEmpty()) {
      Class<?> next = pending.remove(0);
      ObjectNode definition = NODES.objectNode();
      definition.put("title", next.getSimpleName());
      definition.setAll(object(next));
      definitions.put(keys.get(next), definition);
    }
    if (!definitions.isEmpty()) {
      ObjectNode defs = schema.putObject("$defs");
      definitions.forEach(defs::set);
    }
    return schema;
  }

  /** The object schema of a record's components. */
  private ObjectNode object(Class<?> record) {
    ObjectNode object = NODES.objectNode();
    object.put("type", "object");
    ObjectNode properties = object.putObject("properties");
    ArrayNode required = NODES.arrayNode();
    for (RecordComponent component : record.getRecordComponents()) {
      String name = JsonNames.of(component);
      String where = record.getSimpleName() + "." + component.getName();
      TypeSchemas.Described described = TypeSchemas.describe(component, where, this::reference);
      properties.set(name, described.optional() ? nullable(described.schema()) : described.schema());
      if (!described.optional()) {
        required.add(name);
      }
    }
    if (!required.isEmpty()) {
      object.set("required", required);
    }
    return object;
  }

  /** A {@code $ref} to {@code record}'s schema, queued for {@code $defs} when first met. */
  private ObjectNode reference(Class<?> record) {
    ObjectNode ref = NODES.objectNode();
    if (record == root) {
      return ref.put("$ref", "#");
    }
    String key = keys.get(record);
    if (key == null) {
      key = keys.containsValue(record.getSimpleName()) ? record.getName() : record.getSimpleName();
      keys.put(record, key);
      pending.add(record);
    }
    return ref.put("$ref", "#/$defs/" + key);
  }

  /** {@code schema}, also allowing {@code null}. */
  private static JsonNode nullable(ObjectNode schema) {
    JsonNode type = schema.get("type");
    if (type != null && type.isString() && !schema.has("enum")) {
      ObjectNode copy = schema.deepCopy();
      copy.putArray("type").add(type.asString()).add("null");
      return copy;
    }
    ObjectNode anyOf = NODES.objectNode();
    anyOf.putArray("anyOf").add(schema).add(NODES.objectNode().put("type", "null"));
    return anyOf;
  }
}
