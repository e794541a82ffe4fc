package io.statecraft.shapes;

import io.statecraft.shapes.internal.Structure;
import io.statecraft.shapes.internal.ShapeType;
import io.statecraft.shapes.internal.NearestName;
import io.statecraft.shapes.internal.ServiceModel;
import io.statecraft.shapes.internal.Integrations;

import io.statecraft.shapes.ShapeProblem.Kind;
import io.statecraft.shapes.internal.Integrations.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Walks a result against its shape and collects every problem, in document order. Messages follow
 * the texts AWS's TestState gives ({@code Field 'StatusCode' must be a number}).
 */
final class ShapeChecker {

  private final ServiceModel model;
  private final boolean strict;
  private final List<ShapeProblem> problems = new ArrayList<>();

  private ShapeChecker(ServiceModel model, boolean strict) {
    this.model = model;
    this.strict = strict;
  }

  /** The problems of {@code result} as {@code target}'s result under {@code mode}. */
  public static List<ShapeProblem> check(Target target, JsonNode result, FieldValidation mode) {
    if (mode == FieldValidation.NONE) {
      return List.of();
    }
    ShapeChecker checker = new ShapeChecker(target.model(), mode == FieldValidation.STRICT);
    if (result == null || !result.isObject()) {
      checker.problems.add(new ShapeProblem("", "The result must be a JSON object, as "
          + target.root().name() + " is", Kind.WRONG_TYPE));
    } else {
      checker.structure(target.root(), result, "");
    }
    return List.copyOf(checker.problems);
  }

  private void structure(Structure structure, JsonNode object, String pointer) {
    for (Map.Entry<String, JsonNode> field : object.properties()) {
      String name = field.getKey();
      String at = pointer + "/" + escaped(name);
      Structure.Member member = structure.members().get(name);
      if (member != null) {
        value(name, member.type(), field.getValue(), at);
      } else if (strict) {
        problems.add(new ShapeProblem(at, unknownMember(name, structure), Kind.UNKNOWN_MEMBER));
      }
    }
    if (strict) {
      structure.members().forEach((name, member) -> {
        JsonNode value = object.get(name);
        if (member.required() && (value == null || value.isNull())) {
          problems.add(new ShapeProblem(pointer + "/" + escaped(name),
              "Required field '" + name + "' is missing", Kind.MISSING_REQUIRED));
        }
      });
    }
  }

  /** Checks one value; {@code field} is the member it belongs to, as messages name it. */
  private void value(String field, ShapeType type, JsonNode value, String pointer) {
    if (value.isNull()) {
      return; // as if absent: the SDKs serialize an unset member either way
    }
    if (type instanceof ShapeType.Scalar scalar) {
      scalar(field, scalar, value, pointer);
    } else if (type instanceof ShapeType.ListOf list) {
      if (expect(value.isArray(), field, "an array", pointer)) {
        for (int i = 0; i < value.size(); i++) {
          value(field, list.element(), value.get(i), pointer + "/" + i);
        }
      }
    } else if (type instanceof ShapeType.MapOf map) {
      if (expect(value.isObject(), field, "an object", pointer)) {
        for (Map.Entry<String, JsonNode> entry : value.properties()) {
          value(field, map.value(), entry.getValue(), pointer + "/" + escaped(entry.getKey()));
        }
      }
    } else {
      named(field, ((ShapeType.Named) type).name(), value, pointer);
    }
  }

  private void scalar(String field, ShapeType.Scalar scalar, JsonNode value, String pointer) {
    switch (scalar) {
      case STRING, BLOB -> expect(value.isString(), field, "a string", pointer);
      case NUMBER -> expect(value.isNumber(), field, "a number", pointer);
      case BOOLEAN -> expect(value.isBoolean(), field, "a boolean", pointer);
      case TIMESTAMP -> timestamp(value, field, pointer);
      case ANY -> { }
    }
  }

  private void named(String field, String name, JsonNode value, String pointer) {
    Optional<Set<String>> values = model.enumValues(name);
    if (values.isPresent()) {
      if (expect(value.isString(), field, "a string", pointer)
          && !values.get().contains(value.asString())) {
        problems.add(new ShapeProblem(pointer, "Field '" + field + "' is not an expected value",
            Kind.UNEXPECTED_VALUE));
      }
      return;
    }
    Structure structure = model.structure(name).orElseThrow(() -> new IllegalStateException(
        "the bundled shapes of " + model.service() + " have no " + name));
    if (expect(value.isObject(), field, "an object", pointer)) {
      structure(structure, value, pointer);
    }
  }

  /**
   * A date: AWS's TestState wants a string, while executions render optimized integrations' dates
   * as epoch milliseconds (sfn:startExecution's StartDate), so a number is a problem of its own
   * kind, which only TestState holds against a mock.
   */
  private void timestamp(JsonNode value, String field, String pointer) {
    if (value.isNumber()) {
      problems.add(new ShapeProblem(pointer, "Field '" + field + "' must be a string",
          Kind.NUMBER_FOR_TIMESTAMP));
      return;
    }
    expect(value.isString(), field, "a string", pointer);
  }

  private boolean expect(boolean holds, String field, String what, String pointer) {
    if (!holds) {
      problems.add(new ShapeProblem(pointer, "Field '" + field + "' must be " + what,
          Kind.WRONG_TYPE));
    }
    return holds;
  }

  private static String unknownMember(String name, Structure structure) {
    String message = "Field '" + name + "' is not a member of " + structure.name();
    return NearestName.among(name, structure.members().keySet())
        .map(nearest -> message + "; did you mean '" + nearest + "'?")
        .orElse(message + ", which has no members");
  }

  /** A JSON pointer reference token (RFC 6901). */
  private static String escaped(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }
}
