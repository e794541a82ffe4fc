package io.statecraft.testing;

import io.statecraft.local.LocalStateMachine;
import io.statecraft.local.LocalStepFunctions;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

/** What the extension puts into test parameters and the test instance's fields. */
final class Injection {

  private Injection() {}

  /** The value for a parameter or field {@code target} of a runtime or workflow type. */
  static Object value(java.lang.reflect.Parameter target, TestRuntime runtime) {
    return value(target.getType(), target, "parameter " + target.getName(), runtime);
  }

  /** Sets every non-static field of {@code instance} (and its superclasses) of either type. */
  static void fields(Object instance, TestRuntime runtime) {
    for (Class<?> type = instance.getClass(); type != Object.class; type = type.getSuperclass()) {
      for (Field field : type.getDeclaredFields()) {
        Class<?> fieldType = field.getType();
        boolean injected = fieldType == LocalStepFunctions.class
            || fieldType == LocalStateMachine.class;
        if (injected && !Modifier.isStatic(field.getModifiers())) {
          set(instance, field, value(fieldType, field, "field " + field.getName(), runtime));
        }
      }
    }
  }

  private static Object value(Class<?> type, AnnotatedElement target, String description,
      TestRuntime runtime) {
    if (type == LocalStepFunctions.class) {
      return runtime.runtime();
    }
    WorkflowNamed named = target.getAnnotation(WorkflowNamed.class);
    return runtime.workflow(named == null ? null : named.value(), description);
  }

  private static void set(Object instance, Field field, Object value) {
    try {
      field.setAccessible(true);
      field.set(instance, value);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot set field " + field.getName() + " of "
          + instance.getClass().getName() + ": " + e.getMessage(), e);
    }
  }
}
