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
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Predicate;
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

  /** What the object is, in messages: {@code Task state "Charge"}, {@code Choices[0]}, ... */
  String what() {
    return what;
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
    return typed(field, JsonNode::isString, "a string", JsonNode::stringValue);
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
    return typed(field, value -> value.isString() || value.isNull(), "a path string or null",
        value -> value.isNull() ? Path.NULL : Path.of(value.stringValue()));
  }

  Integer integer(String field) {
    return typed(field, value -> value.isIntegralNumber() && value.canConvertToInt(),
        "a whole number", JsonNode::intValue);
  }

  BigDecimal decimal(String field) {
    return typed(field, JsonNode::isNumber, "a number", JsonNode::decimalValue);
  }

  /** A number, or a string holding a JSONata expression or a {@code ${...}} placeholder. */
  NumberOrExpression numberOrExpression(String field) {
    return typed(field, value -> value.isNumber() || value.isString(),
        "a number (or a JSONata expression)", value -> value.isNumber()
            ? NumberOrExpression.of(value.decimalValue())
            : NumberOrExpression.expression(value.stringValue()));
  }

  /** {@code End}: only {@code true} means anything; anything not boolean is an error. */
  boolean flag(String field) {
    return Boolean.TRUE.equals(
        typed(field, JsonNode::isBoolean, "true or false", JsonNode::booleanValue));
  }

  /** An array of strings; elements that are not strings are reported and left out. */
  List<String> strings(String field) {
    return typed(field, JsonNode::isArray, "an array of strings", value -> {
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
    });
  }

  /**
   * The nested object {@code field} read by {@code read}, then checked for unknown fields; null
   * when absent or not an object (the latter reported).
   */
  <T> T object(String field, Function<Fields, T> read) {
    Fields nested = typed(field, JsonNode::isObject, "an object",
        value -> new Fields(value, pointer(field), field, diagnostics));
    if (nested == null) {
      return null;
    }
    T value = read.apply(nested);
    nested.finish();
    return value;
  }

  /** An array, or null when absent or not an array (the latter reported). */
  JsonNode array(String field) {
    return typed(field, JsonNode::isArray, "an array", value -> value);
  }

  /**
   * The objects of the array {@code field}, each read by {@code read} and then checked for
   * unknown fields; elements that are not objects are reported, and they and those {@code read}
   * gives null for are left out. {@code what} names element i in messages.
   */
  <T> List<T> objects(String field, boolean required, IntFunction<String> what,
      Function<Fields, T> read) {
    List<T> result = new ArrayList<>();
    JsonNode array = array(field);
    if (array == null && required && !has(field)) {
      missing(field);
    }
    for (int i = 0; array != null && i < array.size(); i++) {
      Fields element =
          element(array.get(i), pointer(field) + "/" + i, what.apply(i), diagnostics);
      if (element != null) {
        T value = read.apply(element);
        element.finish();
        if (value != null) {
          result.add(value);
        }
      }
    }
    return result;
  }

  /**
   * The value of {@code field} read by {@code read} when {@code accepted}; null when the field is
   * absent or its value is not accepted, which is reported as not being {@code expected}.
   */
  private <T> T typed(String field, Predicate<JsonNode> accepted, String expected,
      Function<JsonNode, T> read) {
    JsonNode value = raw(field);
    if (value == null) {
      return null;
    }
    if (!accepted.test(value)) {
      wrongType(field, expected, value);
      return null;
    }
    return read.apply(value);
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
