package io.statecraft.importer.internal;

import com.palantir.javapoet.CodeBlock;
import io.statecraft.dsl.Steps;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Error names as arguments: the DSL's {@code States.X} constants where one exists. */
final class ErrorCode {

  private static final Map<String, String> CONSTANTS = constants();

  private ErrorCode() {}

  static CodeBlock names(List<String> errors) {
    CodeBlock.Builder code = CodeBlock.builder();
    String separator = "";
    for (String error : errors) {
      String constant = CONSTANTS.get(error);
      code.add(separator);
      if (constant != null) {
        code.add("States.$L", constant);
      } else {
        code.add(Literals.code("$S", error));
      }
      separator = ", ";
    }
    return code.build();
  }

  private static Map<String, String> constants() {
    Map<String, String> names = new HashMap<>();
    for (Field field : Steps.States.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
        try {
          names.put((String) field.get(null), field.getName());
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return Map.copyOf(names);
  }
}
