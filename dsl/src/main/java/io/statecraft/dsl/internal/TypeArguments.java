package io.statecraft.dsl.internal;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.HashMap;
import java.util.Map;

/**
 * The class a subclass gives as a type argument of a generic interface it implements, directly
 * or through superclasses and superinterfaces, with type variables followed to what binds them.
 */
public final class TypeArguments {

  private TypeArguments() {}

  /**
   * The class {@code type} gives as argument {@code index} of {@code generic}.
   *
   * @param override the method to override when the argument is not a class, for the message
   * @throws IllegalStateException when it is not a class (a type variable left open, a wildcard)
   */
  public static Class<?> of(Class<?> type, Class<?> generic, int index, String override) {
    Type found = find(type, generic, index, new HashMap<>());
    if (found instanceof Class<?> argument) {
      return argument;
    }
    if (found instanceof ParameterizedType parameterized
        && parameterized.getRawType() instanceof Class<?> raw) {
      return raw;
    }
    throw new IllegalStateException(type.getName() + " does not name a class as type argument "
        + (index + 1) + " of " + generic.getSimpleName() + "; override " + override);
  }

  private static Type find(Type type, Class<?> generic, int index, Map<TypeVariable<?>, Type> bound) {
    Class<?> raw;
    if (type instanceof ParameterizedType parameterized) {
      raw = (Class<?>) parameterized.getRawType();
      TypeVariable<?>[] variables = raw.getTypeParameters();
      Type[] arguments = parameterized.getActualTypeArguments();
      for (int i = 0; i < variables.length; i++) {
        Type argument = arguments[i];
        bound.put(variables[i], argument instanceof TypeVariable<?> variable
            ? bound.getOrDefault(variable, variable) : argument);
      }
      if (raw == generic) {
        return arguments[index] instanceof TypeVariable<?> variable
            ? bound.getOrDefault(variable, variable) : arguments[index];
      }
    } else if (type instanceof Class<?> plain) {
      raw = plain;
    } else {
      return null;
    }
    if (raw.getGenericSuperclass() != null) {
      Type found = find(raw.getGenericSuperclass(), generic, index, bound);
      if (found != null) {
        return found;
      }
    }
    for (Type parent : raw.getGenericInterfaces()) {
      Type found = find(parent, generic, index, bound);
      if (found != null) {
        return found;
      }
    }
    return null;
  }
}
