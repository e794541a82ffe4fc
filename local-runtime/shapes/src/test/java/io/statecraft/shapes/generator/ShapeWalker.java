package io.statecraft.shapes.generator;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallLocation;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.MapTrait;
import software.amazon.awssdk.core.traits.RequiredTrait;

/**
 * Turns SDK v2 {@code sdkFields()} into the bundled type expressions: a scalar name
 * ({@code string}, {@code integer}, {@code timestamp}, ...), a structure or enum name, {@code [T]}
 * for a list, {@code {T}} for a map with string keys, and a trailing {@code !} on a required
 * member. Structures and enums are collected by name, so recursive shapes (DynamoDB's
 * AttributeValue) are written once.
 */
final class ShapeWalker {

  private final boolean jsonProtocol;
  private final Map<String, Set<String>> knownRequired;
  private final Map<String, Map<String, String>> structures = new TreeMap<>();
  private final Map<String, List<String>> enums = new TreeMap<>();

  /**
   * @param knownRequired members the API reference marks required, by structure name: the SDK
   *     keeps no required trait on response members
   */
  ShapeWalker(boolean jsonProtocol, Map<String, Set<String>> knownRequired) {
    this.jsonProtocol = jsonProtocol;
    this.knownRequired = knownRequired;
  }

  Map<String, Map<String, String>> structures() {
    return structures;
  }

  Map<String, List<String>> enums() {
    return enums;
  }

  /** Walks the structure {@code builder} builds and returns its name. */
  String structure(SdkPojo builder) {
    Class<?> type = builder.getClass().getEnclosingClass() != null
        ? builder.getClass().getEnclosingClass() : builder.getClass();
    String name = type.getSimpleName();
    if (structures.containsKey(name)) {
      return name;
    }
    Map<String, String> members = new LinkedHashMap<>();
    structures.put(name, members); // before the members, so a shape that contains itself ends
    Map<String, Type> enumGetters = enumGetters(type);
    Set<String> required = knownRequired.getOrDefault(name, Set.of());
    for (SdkField<?> field : builder.sdkFields()) {
      String member = wireName(field);
      String memberType = type(field, enumGetters.get(normalized(field.memberName())));
      boolean isRequired = field.containsTrait(RequiredTrait.class) || required.contains(member);
      members.put(member, isRequired ? memberType + "!" : memberType);
    }
    return name;
  }

  /**
   * The member's name in a Step Functions result: the API's member name in PascalCase, as Step
   * Functions writes even camelCase APIs (SFN's executionArn is ExecutionArn), and a member
   * named Equals as EqualsValue (docs: supported-services-awssdk, "API naming conventions").
   */
  private String wireName(SdkField<?> field) {
    String name = jsonProtocol && field.location() == MarshallLocation.PAYLOAD
        ? field.locationName() : field.memberName();
    String pascal = Character.toUpperCase(name.charAt(0)) + name.substring(1);
    return pascal.equals("Equals") ? "EqualsValue" : pascal;
  }

  private String type(SdkField<?> field, Type javaType) {
    return switch (field.marshallingType().getKnownType()) {
      case STRING -> javaType instanceof Class<?> c && c.isEnum() ? enumName(c) : "string";
      case INTEGER -> "integer";
      case LONG -> "long";
      case SHORT -> "short";
      case BYTE -> "byte";
      case FLOAT -> "float";
      case DOUBLE -> "double";
      case BIG_DECIMAL -> "decimal";
      case BOOLEAN -> "boolean";
      case INSTANT -> "timestamp";
      case SDK_BYTES -> "blob";
      case SDK_POJO -> structure(field.constructor().get());
      case LIST -> "[" + type(field.getTrait(ListTrait.class).memberFieldInfo(),
          typeArgument(javaType, 0)) + "]";
      case MAP -> "{" + type(field.getTrait(MapTrait.class).valueFieldInfo(),
          typeArgument(javaType, 1)) + "}";
      case DOCUMENT, NULL -> "document";
    };
  }

  /** The enum's name, or plain {@code string} for an SDK enum whose class cannot load. */
  private String enumName(Class<?> enumType) {
    String name = enumType.getSimpleName();
    if (!enums.containsKey(name)) {
      List<String> values = new ArrayList<>();
      try {
        for (Object value : (Set<?>) enumType.getMethod("knownValues").invoke(null)) {
          values.add(value.toString());
        }
      } catch (ReflectiveOperationException | LinkageError e) {
        // Glue's ParamType in SDK 2.57.8 has two constants with the same (null) value and fails
        // its static initializer: check such a member as any string rather than give up.
        return "string";
      }
      values.sort(null);
      enums.put(name, values);
    }
    return name;
  }

  /**
   * Getters typed with an SDK enum, found through their {@code xAsString()}/{@code xAsStrings()}
   * companion, by normalized name; their generic return type tells a list or map of enums.
   */
  private static Map<String, Type> enumGetters(Class<?> type) {
    Map<String, Method> byName = new HashMap<>();
    for (Method method : type.getMethods()) {
      if (method.getParameterCount() == 0) {
        byName.put(method.getName(), method);
      }
    }
    Map<String, Type> getters = new HashMap<>();
    byName.forEach((name, method) -> {
      if (byName.containsKey(name + "AsString") || byName.containsKey(name + "AsStrings")) {
        getters.put(normalized(name), method.getGenericReturnType());
      }
    });
    return getters;
  }

  private static Type typeArgument(Type type, int index) {
    if (type instanceof ParameterizedType parameterized) {
      Type[] arguments = parameterized.getActualTypeArguments();
      return arguments.length > index ? arguments[index] : null;
    }
    return null;
  }

  private static String normalized(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }
}
