package io.statecraft.dsl.internal.record;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.reflect.RecordComponent;

/**
 * The JSON name of a record component, as Jackson writes it: the {@code @JsonProperty} name when
 * one is given (on the component, which Java copies to its accessor and field), else the
 * component's own name. Typed paths and the JSON Schemas of records both use it, so the two agree
 * with each other and with Jackson.
 */
public final class JsonNames {

  private JsonNames() {}

  /** The name {@code component} has in JSON. */
  public static String of(RecordComponent component) {
    JsonProperty property = component.getAccessor().getAnnotation(JsonProperty.class);
    if (property == null) {
      try {
        property = component.getDeclaringRecord().getDeclaredField(component.getName())
            .getAnnotation(JsonProperty.class);
      } catch (NoSuchFieldException e) {
        property = null;
      }
    }
    return property == null || property.value().isEmpty() ? component.getName() : property.value();
  }
}
