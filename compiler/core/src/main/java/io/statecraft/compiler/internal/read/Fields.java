package io.statecraft.compiler.internal.read;

import io.statecraft.asl.diagnostic.Diagnostic;
import io.statecraft.asl.internal.JsonMappers;
import io.statecraft.asl.internal.JsonPointers;
import io.statecraft.asl.value.NumberOrExpression;
import io.statecraft.asl.value.Path;
import io.statecraft.compiler.internal.common.Spelling;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Reads the fields of one JSON object, recording a diagnostic (with the field's JSON pointer) for
 * every field of the wrong type and, at {@link #finish()}, for every field nobody asked for.
 * Readers ask for each field they know; what is left over is unknown.
 */
final class Fields {

  private final JsonNode object;
  private final String pointer;
  private final String what;
  private final List<Diagnostic> diagnostics;
  private final Set<String> known = new HashSet<>();

  Fields(JsonNode object, String pointer, String what, List<Diagnostic> diagnostics) {
    this.object = object;
    this.pointer = pointer;
    this.what = what;
    this.diagnostics = diagnostics;
  }

  /**
   * Fields of {@code node}, an element of an array (a retrier, a catcher, a choice rule); null when
   * it is not an object, which is reported.
   */
  static Fields element(JsonNode node, String pointer, String what, List<Diagnostic> diagnostics) {
    if (!node.isObject()) {
      diagnostics.add(Diagnostic.error("READ_TYPE", pointer,
          what + " must be an object, but is " + describe(node)));
      return null;
    }
    return new Fields(node, pointer, what, diagnostics);
  }

  /** The same object, named differently in messages (once its kind is known); known fields kept. */
  Fields describedAs(String newWhat) {
    Fields renamed = new Fields(object, pointer, newWhat, diagnostics);
    renamed.known.addAll(known);
    return renamed;
  }

  String pointer() {
    return pointer;
  }

  String pointer(String field) {
    return JsonPointers.child(pointer, field);
  }

  boolean has(String field) {
    known.add(field);
    return object.has(field);
  }

  /** The raw value, or null when absent; marks the field known. */
  JsonNode raw(String field) {
    known.add(field);
    return object.get(field);
  }

  /** A JSON value kept as written (payload templates). */
  JsonNode json(String field) {
    return raw(field);
  }

  String string(String field) {
    JsonNode value = raw(field);
    if (value == null) {
      return null;
    }
    if (!value.isString()) {
      wrongType(field, "a string", value);
      return null;
    }
    return value.stringValue();
  }

  String requiredString(String field) {
    if (!object.has(field)) {
      known.add(field);
      missing(field);
      return null;
    }
    return string(field);
  }

  /** InputPath, OutputPath and ResultPath: a string, or JSON null for {@link Path#NULL}. */
  Path path(String field) {
    JsonNode value = raw(field);
    if (value == null) {
      return null;
    }
    if (value.isNull()) {
      return Path.NULL;
    }
    if (!value.isString()) {
      wrongType(field, "a path string or null", value);
      return null;
    }
    return Path.of(value.stringValue());
  }

  Integer integer(String field) {
    JsonNode value = raw(field);
    if (value == null) {
      return null;
    }
    if (!value.isIntegralNumber() || !value.canConvertToInt()) {
      wrongType(field, "a whole number", value);
      return null;
    }
    return value.intValue();
  }

  BigDecimal decimal(String field) {
    JsonNode value = raw(field);
    if (value == null) {
      return null;
    }
    if (!value.isNumber()) {
      wrongType(field, "a number", value);
      return null;
    }
    return value.decimalValue();
  }

  /** A number, or a string holding a JSONata expression or a {@code ${...}} placeholder. */
  NumberOrExpression numberOrExpression(String field) {
    JsonNode value = raw(field);
    if (value == null) {
      return null;
    }
    if (value.isNumber()) {
      return NumberOrExpression.of(value.decimalValue());
    }
    if (value.isString()) {
      return NumberOrExpression.expression(value.stringValue());
    }
    wrongType(field, "a number (or a JSONata expression)", value);
    return null;
  }

  /** {@code End}: only {@code true} means anything; anything not boolean is an error. */
  boolean flag(String field) {
    JsonNode value = raw(field);
    if (value == null) {
      return false;
    }
    if (!value.isBoolean()) {
      wrongType(field, "true or false", value);
      return false;
    }
    return value.booleanValue();
  }

  List<String> strings(String field) {
    JsonNode value = raw(field);
    if (value == null) {
      return null;
    }
    if (!value.isArray()) {
      wrongType(field, "an array of strings", value);
      return null;
    }
    List<String> result = new ArrayList<>(value.size());
    for (int i = 0; i < value.size(); i++) {
      JsonNode element = value.get(i);
      if (element.isString()) {
        result.add(element.stringValue());
      } else {
        diagnostics.add(Diagnostic.error("READ_TYPE", pointer(field) + "/" + i,
            field + "[" + i + "] must be a string, but is " + describe(element)));
      }
    }
    return result;
  }

  /** A nested object, or null when absent or not an object (the latter reported). */
  Fields object(String field, String nestedWhat) {
    JsonNode value = raw(field);
    if (value == null) {
      return null;
    }
    if (!value.isObject()) {
      wrongType(field, "an object", value);
      return null;
    }
    return new Fields(value, pointer(field), nestedWhat, diagnostics);
  }

  /** An array, or null when absent or not an array (the latter reported). */
  JsonNode array(String field) {
    JsonNode value = raw(field);
    if (value == null) {
      return null;
    }
    if (!value.isArray()) {
      wrongType(field, "an array", value);
      return null;
    }
    return value;
  }

  <E extends Enum<E>> E enumValue(String field, Class<E> type) {
    String value = string(field);
    if (value == null) {
      return null;
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(value)) {
        return constant;
      }
    }
    invalid(field, field + " must be one of " + names(type) + ", but is \"" + value + "\"");
    return null;
  }

  void missing(String field) {
    diagnostics.add(Diagnostic.error("READ_MISSING_FIELD", pointer,
        what + " needs the field " + field));
  }

  void invalid(String field, String message) {
    diagnostics.add(Diagnostic.error("READ_VALUE", pointer(field), message));
  }

  void wrongType(String field, String expected, JsonNode actual) {
    diagnostics.add(Diagnostic.error("READ_TYPE", pointer(field),
        field + " of " + what + " must be " + expected + ", but is " + describe(actual)));
  }

  /** Reports every field that no reader asked for. */
  void finish() {
    Set<String> unknown = new LinkedHashSet<>();
    for (String name : object.propertyNames()) {
      if (!known.contains(name)) {
        unknown.add(name);
      }
    }
    for (String name : unknown) {
      Diagnostic diagnostic = Diagnostic.error("READ_UNKNOWN_FIELD", pointer(name),
          what + " has no field \"" + name + "\"");
      String closest = Spelling.closest(name, known);
      diagnostics.add(closest == null ? diagnostic : diagnostic.withHint("did you mean \"" + closest + "\"?"));
    }
  }

  static String describe(JsonNode value) {
    if (value.isString()) {
      return "the string " + JsonMappers.STANDARD.writeValueAsString(value);
    }
    if (value.isNumber()) {
      return "the number " + value;
    }
    if (value.isBoolean()) {
      return value.booleanValue() ? "true" : "false";
    }
    if (value.isNull()) {
      return "null";
    }
    return value.isArray() ? "an array" : "an object";
  }

  private static <E extends Enum<E>> String names(Class<E> type) {
    List<String> names = new ArrayList<>();
    for (E constant : type.getEnumConstants()) {
      names.add(constant.name());
    }
    return String.join(", ", names);
  }
}
