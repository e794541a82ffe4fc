package io.statecraft.compiler.internal.schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Period;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The schema of one Java type as Jackson writes its values. */
final class TypeSchemas {

  /** A component's schema, and whether it may be absent (or null). */
  record Described(ObjectNode schema, boolean optional) {}

  private static final Map<Class<?>, String> FORMATTED = Map.ofEntries(
      Map.entry(Instant.class, "date-time"),
      Map.entry(OffsetDateTime.class, "date-time"),
      Map.entry(ZonedDateTime.class, "date-time"),
      Map.entry(LocalDate.class, "date"),
      Map.entry(OffsetTime.class, "time"),
      Map.entry(Duration.class, "duration"),
      Map.entry(UUID.class, "uuid"),
      Map.entry(URI.class, "uri"),
      Map.entry(URL.class, "uri"));

  /** Written by Jackson as ISO 8601 text that no JSON Schema format describes exactly. */
  private static final Set<Class<?>> PLAIN_TEXT = Set.of(String.class, CharSequence.class,
      LocalDateTime.class, LocalTime.class, Period.class, YearMonth.class, ZoneId.class);

  private TypeSchemas() {}

  static Described describe(RecordComponent component, String where,
      Function<Class<?>, ObjectNode> reference) {
    Type type = component.getGenericType();
    boolean optional = nullable(component);
    if (type instanceof ParameterizedType parameterized
        && parameterized.getRawType() == Optional.class) {
      type = parameterized.getActualTypeArguments()[0];
      optional = true;
    } else if (type == OptionalInt.class) {
      return new Described(plain(int.class, where, reference), true);
    } else if (type == OptionalLong.class) {
      return new Described(plain(long.class, where, reference), true);
    } else if (type == OptionalDouble.class) {
      return new Described(SchemaWriter.NODES.objectNode().put("type", "number"), true);
    }
    return new Described(schema(type, where, reference), optional);
  }

  /** Whether the component carries an annotation named {@code Nullable}, of any library. */
  private static boolean nullable(RecordComponent component) {
    AnnotatedType annotatedType = component.getAnnotatedType();
    return hasNullable(component.getAnnotations())
        || hasNullable(component.getAccessor().getAnnotations())
        || hasNullable(annotatedType.getAnnotations());
  }

  private static boolean hasNullable(Annotation[] annotations) {
    for (Annotation annotation : annotations) {
      if (annotation.annotationType().getSimpleName().equals("Nullable")) {
        return true;
      }
    }
    return false;
  }

  static ObjectNode schema(Type type, String where, Function<Class<?>, ObjectNode> reference) {
    if (type instanceof Class<?> plain) {
      return plain(plain, where, reference);
    }
    if (type instanceof ParameterizedType parameterized) {
      Class<?> raw = (Class<?>) parameterized.getRawType();
      Type[] arguments = parameterized.getActualTypeArguments();
      if (Collection.class.isAssignableFrom(raw)) {
        return array(schema(arguments[0], where + "[]", reference), Set.class.isAssignableFrom(raw));
      }
      if (Map.class.isAssignableFrom(raw)) {
        ObjectNode map = SchemaWriter.NODES.objectNode().put("type", "object");
        map.set("additionalProperties", schema(arguments[1], where + "{}", reference));
        return map;
      }
      if (raw == Optional.class) {
        throw unsupported(where, type, "Optional is taken as a component's type only");
      }
      return plain(raw, where, reference);
    }
    if (type instanceof GenericArrayType array) {
      return array(schema(array.getGenericComponentType(), where + "[]", reference), false);
    }
    if (type instanceof WildcardType wildcard) {
      return schema(wildcard.getUpperBounds()[0], where, reference);
    }
    if (type instanceof TypeVariable<?>) {
      // A generic record's type parameter: any JSON value fits.
      return SchemaWriter.NODES.objectNode();
    }
    throw unsupported(where, type, "it is not a class");
  }

  /**
   * A whole number in the range of the Java type: a value outside it would fail Jackson's read
   * (or wrap around in a handler), so the schema says so and the check names the field.
   */
  private static ObjectNode wholeNumber(ObjectNode schema, long minimum, long maximum) {
    return schema.put("type", "integer").put("minimum", minimum).put("maximum", maximum);
  }

  private static ObjectNode plain(Class<?> type, String where,
      Function<Class<?>, ObjectNode> reference) {
    ObjectNode schema = SchemaWriter.NODES.objectNode();
    if (type == boolean.class || type == Boolean.class) {
      return schema.put("type", "boolean");
    }
    if (type == int.class || type == Integer.class) {
      return wholeNumber(schema, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }
    if (type == long.class || type == Long.class) {
      return wholeNumber(schema, Long.MIN_VALUE, Long.MAX_VALUE);
    }
    if (type == short.class || type == Short.class) {
      return wholeNumber(schema, Short.MIN_VALUE, Short.MAX_VALUE);
    }
    if (type == byte.class || type == Byte.class) {
      return wholeNumber(schema, Byte.MIN_VALUE, Byte.MAX_VALUE);
    }
    if (type == BigInteger.class) {
      return schema.put("type", "integer");
    }
    if (type == double.class || type == float.class || type == Double.class
        || type == Float.class || type == BigDecimal.class || type == Number.class) {
      return schema.put("type", "number");
    }
    if (type == char.class || type == Character.class) {
      return schema.put("type", "string").put("minLength", 1).put("maxLength", 1);
    }
    if (type == byte[].class) {
      return schema.put("type", "string").put("contentEncoding", "base64");
    }
    if (PLAIN_TEXT.contains(type)) {
      return schema.put("type", "string");
    }
    String format = FORMATTED.get(type);
    if (format != null) {
      return schema.put("type", "string").put("format", format);
    }
    if (type.isEnum()) {
      schema.put("type", "string");
      ArrayNode values = schema.putArray("enum");
      for (Field constant : type.getFields()) {
        if (constant.isEnumConstant()) {
          JsonProperty property = constant.getAnnotation(JsonProperty.class);
          values.add(property == null || property.value().isEmpty()
              ? constant.getName() : property.value());
        }
      }
      return schema;
    }
    if (type.isArray()) {
      return array(plain(type.getComponentType(), where + "[]", reference), false);
    }
    if (type.isRecord()) {
      return reference.apply(type);
    }
    if (type == Object.class || JsonNode.class.isAssignableFrom(type)) {
      return schema;
    }
    if (Collection.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type)) {
      throw unsupported(where, type, "give the type of its elements, e.g. List<String>");
    }
    throw unsupported(where, type, "JSON Schemas are written for records, enums, strings,"
        + " numbers, booleans, java.time values, lists, sets, arrays, maps and Optional");
  }

  private static ObjectNode array(JsonNode items, boolean unique) {
    ObjectNode array = SchemaWriter.NODES.objectNode().put("type", "array");
    array.set("items", items);
    if (unique) {
      array.put("uniqueItems", true);
    }
    return array;
  }

  private static IllegalArgumentException unsupported(String where, Type type, String why) {
    return new IllegalArgumentException(where + " has the type " + type.getTypeName()
        + ", which has no JSON Schema: " + why);
  }
}
