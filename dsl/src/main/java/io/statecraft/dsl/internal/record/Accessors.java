package io.statecraft.dsl.internal.record;

import java.io.Serializable;
import java.lang.invoke.MethodHandleInfo;
import java.lang.invoke.SerializedLambda;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.regex.Pattern;

/**
 * Reads which record component a serializable method reference names ({@code Order::total}) and
 * writes the JSONPath step to it ({@code .total}, or {@code ['odd name']}). Java keeps the target
 * of a serializable lambda in the {@link SerializedLambda} its {@code writeReplace} returns.
 */
public final class Accessors {

  private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private Accessors() {}

  /**
   * The JSONPath step to the component {@code accessor} names.
   *
   * @throws IllegalArgumentException when it is not a method reference to a record component
   */
  public static String step(Serializable accessor) {
    if (accessor == null) {
      throw new NullPointerException("accessor == null");
    }
    String name = JsonNames.of(component(accessor));
    return PLAIN_NAME.matcher(name).matches()
        ? "." + name
        : "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
  }

  /** The record component {@code accessor} refers to. */
  public static RecordComponent component(Serializable accessor) {
    SerializedLambda lambda = serialized(accessor);
    String target = lambda.getImplClass().replace('/', '.') + "::" + lambda.getImplMethodName();
    if (lambda.getImplMethodKind() != MethodHandleInfo.REF_invokeVirtual
        || !lambda.getImplMethodSignature().startsWith("()")) {
      throw notAComponent(target);
    }
    Class<?> owner;
    try {
      owner = Class.forName(lambda.getImplClass().replace('/', '.'), false,
          accessor.getClass().getClassLoader());
    } catch (ClassNotFoundException e) {
      throw notAComponent(target);
    }
    if (owner.isRecord()) {
      for (RecordComponent component : owner.getRecordComponents()) {
        if (component.getName().equals(lambda.getImplMethodName())) {
          return component;
        }
      }
    }
    throw notAComponent(target);
  }

  private static SerializedLambda serialized(Serializable accessor) {
    try {
      Method writeReplace = accessor.getClass().getDeclaredMethod("writeReplace");
      writeReplace.setAccessible(true);
      if (writeReplace.invoke(accessor) instanceof SerializedLambda lambda) {
        return lambda;
      }
    } catch (ReflectiveOperationException | RuntimeException e) {
      // Not a lambda, or one whose class does not let us read it: refused below.
    }
    throw new IllegalArgumentException("a typed path needs a method reference to a record"
        + " component, like Order::total; was " + accessor.getClass().getName());
  }

  private static IllegalArgumentException notAComponent(String target) {
    return new IllegalArgumentException("a typed path needs a method reference to a record"
        + " component, like Order::total; " + target + " is not a component of a record");
  }
}
