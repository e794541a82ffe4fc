package io.statecraft.emulator.internal;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallingType;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.MapTrait;
import software.amazon.awssdk.core.traits.RequiredTrait;
import tools.jackson.databind.JsonNode;

/**
 * Checks a request against the Step Functions API model before an operation reads it, in the
 * two steps AWS's front end takes: the body must deserialize into the operation's input shape
 * (else {@code SerializationException}, the first mismatch only), then every member must meet
 * the model's constraints (else one {@code ValidationException} listing all violations).
 *
 * <p>Member names, types, required flags and enum values come from the AWS SDK's model classes
 * ({@code software.amazon.awssdk.services.sfn.model.*Request}), so they follow the API as the SDK
 * release knows it; lengths, ranges and patterns, which those classes do not carry, come from
 * {@link RequestLimits}. Operations still check what the model cannot say (ARN kinds, names of
 * machines, executions and activities, which AWS refuses with InvalidArn and InvalidName).
 */
final class RequestShapes {

  private static final String MODEL = "software.amazon.awssdk.services.sfn.model.";
  private static final String SERIALIZATION = "com.amazon.coral.service#SerializationException";

  /** A member of a structure: its wire name and shape. */
  record Member(String name, Shape shape, boolean required, List<String> enumValues) {}

  /** What a member holds, as the JSON protocol reads it. */
  sealed interface Shape permits Scalar, ListOf, MapOf, Structure {}

  /** A string, number or boolean; {@code type} names it in AWS's messages. */
  record Scalar(String type) implements Shape {}

  record ListOf(Shape member) implements Shape {}

  record MapOf(Shape value) implements Shape {}

  /** A structure; its members are read on first use, since shapes may nest themselves. */
  static final class Structure implements Shape {
    private final Class<?> modelClass;
    private final java.util.function.Supplier<SdkPojo> builder;
    private volatile List<Member> members;

    Structure(Class<?> modelClass, java.util.function.Supplier<SdkPojo> builder) {
      this.modelClass = modelClass;
      this.builder = builder;
    }

    List<Member> members() {
      List<Member> known = members;
      if (known == null) {
        known = membersOf(modelClass, builder.get().sdkFields());
        members = known;
      }
      return known;
    }
  }

  /**
   * Operations that check the model's constraints themselves, with messages matched to AWS's
   * recordings (TestStateRequests): checking them here first would report fewer violations.
   */
  private static final java.util.Set<String> OWN_CONSTRAINTS = java.util.Set.of("TestState");

  private static final Map<String, Structure> BY_OPERATION = new ConcurrentHashMap<>();

  private RequestShapes() {}

  /**
   * The input shape of {@code operation}, or null when the SDK does not know it (an operation
   * newer than the SDK release: it is then left to the operation's own checks).
   */
  static Structure input(String operation) {
    return BY_OPERATION.computeIfAbsent(operation, RequestShapes::load);
  }

  /** Throws AWS's error for the first wrong type, then for all broken constraints. */
  static void check(String operation, JsonNode request) {
    Structure shape = input(operation);
    if (shape == null) {
      return;
    }
    checkTypes(shape, request);
    if (OWN_CONSTRAINTS.contains(operation)) {
      return;
    }
    List<String> violations = new ArrayList<>();
    RequestLimits.collect(operation, shape, request, violations);
    if (!violations.isEmpty()) {
      throw ApiException.violations(violations);
    }
  }

  private static Structure load(String operation) {
    try {
      Class<?> request = Class.forName(MODEL + operation + "Request");
      Method builder = request.getMethod("builder");
      return new Structure(request, () -> {
        try {
          return (SdkPojo) builder.invoke(null);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException("cannot build " + request.getName(), e);
        }
      });
    } catch (ReflectiveOperationException e) {
      return null;
    }
  }

  private static List<Member> membersOf(Class<?> modelClass, Collection<SdkField<?>> fields) {
    List<Member> members = new ArrayList<>();
    for (SdkField<?> field : fields) {
      members.add(new Member(field.locationName(), shapeOf(field),
          field.containsTrait(RequiredTrait.class), enumValues(modelClass, field)));
    }
    return List.copyOf(members);
  }

  private static Shape shapeOf(SdkField<?> field) {
    MarshallingType<?> type = field.marshallingType();
    if (type == MarshallingType.LIST) {
      return new ListOf(shapeOf(field.getTrait(ListTrait.class).memberFieldInfo()));
    }
    if (type == MarshallingType.MAP) {
      return new MapOf(shapeOf(field.getTrait(MapTrait.class).valueFieldInfo()));
    }
    if (type == MarshallingType.SDK_POJO) {
      java.util.function.Supplier<SdkPojo> constructor = field.constructor();
      Class<?> modelClass = constructor.get().getClass().getEnclosingClass();
      return new Structure(modelClass, constructor);
    }
    // AWS's messages name the Java type its deserializer wanted: "a String", "an Integer".
    return new Scalar(type.getTargetClass().getSimpleName());
  }

  /**
   * The enum values of a string member: the model class pairs {@code fooAsString()} with
   * {@code foo()} returning the enum, whose {@code knownValues()} are in the model's order.
   */
  private static List<String> enumValues(Class<?> modelClass, SdkField<?> field) {
    if (modelClass == null || field.marshallingType() != MarshallingType.STRING) {
      return List.of();
    }
    String getter = Character.toLowerCase(field.memberName().charAt(0))
        + field.memberName().substring(1);
    try {
      modelClass.getMethod(getter + "AsString");
      Class<?> enumType = modelClass.getMethod(getter).getReturnType();
      if (!enumType.isEnum()) {
        return List.of();
      }
      List<String> values = new ArrayList<>();
      for (Object value : (Collection<?>) enumType.getMethod("knownValues").invoke(null)) {
        values.add(value.toString());
      }
      return List.copyOf(values);
    } catch (ReflectiveOperationException e) {
      return List.of();
    }
  }

  // ---- SerializationException: the deserializer's wording, by what it found and wanted ----

  private static void checkTypes(Structure shape, JsonNode object) {
    for (Member member : shape.members()) {
      JsonNode value = object.get(member.name());
      if (value != null && !value.isNull()) {
        checkType(member.shape(), value);
      }
    }
  }

  private static void checkType(Shape shape, JsonNode value) {
    if (shape instanceof Scalar scalar) {
      checkScalar(scalar.type(), value);
    } else if (shape instanceof ListOf list) {
      if (!value.isArray()) {
        throw serialization("Expected list or null");
      }
      for (JsonNode element : value) {
        if (!element.isNull()) {
          checkType(list.member(), element);
        }
      }
    } else {
      if (value.isArray()) {
        throw unexpectedStart(value);
      }
      if (!value.isObject()) {
        throw serialization("Expected null");
      }
      if (shape instanceof Structure structure) {
        checkTypes(structure, value);
      } else {
        for (JsonNode entry : value) {
          if (!entry.isNull()) {
            checkType(((MapOf) shape).value(), entry);
          }
        }
      }
    }
  }

  private static void checkScalar(String type, JsonNode value) {
    if (value.isArray() || value.isObject()) {
      throw unexpectedStart(value);
    }
    boolean fits = switch (type) {
      case "String" -> value.isString();
      case "Boolean" -> value.isBoolean();
      // A number the member's Java type cannot hold (maxResults 1e400) does not deserialize.
      case "Integer" -> value.isNumber() && value.canConvertToInt();
      case "Long" -> value.isNumber() && value.canConvertToLong();
      default -> value.isNumber();
    };
    if (!fits) {
      String found = value.isString() ? "STRING_VALUE" : value.isNumber() ? "NUMBER_VALUE"
          : value.asBoolean() ? "TRUE_VALUE" : "FALSE_VALUE";
      String article = "AEIOU".indexOf(type.charAt(0)) >= 0 ? "an " : "a ";
      throw serialization(found + " can not be converted to " + article + type);
    }
  }

  private static ApiException unexpectedStart(JsonNode value) {
    return serialization(value.isArray() ? "Start of list found where not expected"
        : "Start of structure or map found where not expected.");
  }

  private static ApiException serialization(String message) {
    return new ApiException(SERIALIZATION, message);
  }
}
