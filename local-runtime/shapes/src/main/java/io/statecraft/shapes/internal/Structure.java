package io.statecraft.shapes.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A structure: its members in the model's order, each with its type and whether it is required.
 *
 * @param name the SDK's name of the structure ({@code GetItemResponse}), used in messages
 */
public record Structure(String name, Map<String, Member> members) {

  /** One member of a structure. */
  public record Member(ShapeType type, boolean required) {
    public Member {
      Objects.requireNonNull(type, "type == null");
    }

    /** Parses a bundled member type: a type expression, {@code !} at its end if required. */
    public static Member parse(String expression) {
      boolean required = expression.endsWith("!");
      String type = required ? expression.substring(0, expression.length() - 1) : expression;
      return new Member(ShapeType.parse(type), required);
    }
  }

  public Structure {
    Objects.requireNonNull(name, "name == null");
    // An unmodifiable copy that keeps the model's order, which messages and suggestions follow.
    members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
  }

  /** This structure with {@code overrides} replacing or adding members (Step Functions' own). */
  public Structure with(Map<String, Member> overrides) {
    Map<String, Member> merged = new LinkedHashMap<>(members);
    merged.putAll(overrides);
    return new Structure(name, merged);
  }
}
