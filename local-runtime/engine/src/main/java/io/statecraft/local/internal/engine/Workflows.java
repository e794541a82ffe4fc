package io.statecraft.local.internal.engine;

import io.statecraft.dsl.Workflow;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Instantiates a workflow class with the arguments a test gives its public constructor. */
public final class Workflows {

  private Workflows() {}

  /**
   * A new {@code type} made by the one public constructor that takes {@code arguments}.
   *
   * @throws IllegalArgumentException when no public constructor or more than one takes them,
   *     naming the constructors there are
   */
  public static Workflow instantiate(Class<? extends Workflow> type, Object... arguments) {
    List<Constructor<?>> fitting = new ArrayList<>();
    for (Constructor<?> constructor : type.getConstructors()) {
      if (accepts(constructor.getParameterTypes(), arguments)) {
        fitting.add(constructor);
      }
    }
    if (fitting.size() != 1 || Modifier.isAbstract(type.getModifiers())) {
      throw new IllegalArgumentException((fitting.isEmpty() ? "no" : "more than one")
          + " public constructor of " + type.getName() + " takes (" + describe(arguments)
          + "); it has " + constructors(type));
    }
    try {
      return (Workflow) fitting.get(0).newInstance(arguments);
    } catch (InvocationTargetException e) {
      throw new IllegalArgumentException("the constructor of " + type.getName() + " threw "
          + e.getCause(), e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalArgumentException("cannot instantiate " + type.getName() + ": " + e, e);
    }
  }

  private static boolean accepts(Class<?>[] parameters, Object[] arguments) {
    if (parameters.length != arguments.length) {
      return false;
    }
    for (int i = 0; i < parameters.length; i++) {
      Class<?> parameter = boxed(parameters[i]);
      if (arguments[i] == null ? parameters[i].isPrimitive() : !parameter.isInstance(arguments[i])) {
        return false;
      }
    }
    return true;
  }

  private static Class<?> boxed(Class<?> type) {
    if (!type.isPrimitive()) {
      return type;
    }
    return java.lang.invoke.MethodType.methodType(type).wrap().returnType();
  }

  private static String describe(Object[] arguments) {
    return Arrays.stream(arguments)
        .map(argument -> argument == null ? "null" : argument.getClass().getSimpleName())
        .collect(Collectors.joining(", "));
  }

  private static String constructors(Class<?> type) {
    Constructor<?>[] all = type.getConstructors();
    if (all.length == 0) {
      return "no public constructor";
    }
    return Arrays.stream(all).map(constructor -> type.getSimpleName() + "("
        + Arrays.stream(constructor.getParameterTypes()).map(Class::getSimpleName)
            .collect(Collectors.joining(", ")) + ")")
        .collect(Collectors.joining(", "));
  }
}
