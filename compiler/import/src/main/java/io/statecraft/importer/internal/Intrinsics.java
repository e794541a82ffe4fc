package io.statecraft.importer.internal;

import com.palantir.javapoet.CodeBlock;
import io.statecraft.dsl.payload.Intrinsic;
import java.util.ArrayList;
import java.util.List;

/** An intrinsic function call as written in ASL, e.g. {@code States.Format('{}', $.a)}. */
final class Intrinsics {

  private Intrinsics() {}

  /** {@code new Intrinsic("States.Format", List.of("'{}'", "$.a"))}: arguments kept as written. */
  static CodeBlock of(String text) {
    int open = text.indexOf('(');
    if (open < 0 || !text.strip().endsWith(")")) {
      throw new InexpressibleException("'" + text + "' is neither a path nor an intrinsic function");
    }
    String function = text.substring(0, open).strip();
    String inside = text.strip();
    List<String> arguments = split(inside.substring(open + 1, inside.length() - 1));
    CodeBlock.Builder list = CodeBlock.builder();
    for (int i = 0; i < arguments.size(); i++) {
      list.add(Literals.code(i == 0 ? "$S" : ", $S", arguments.get(i)));
    }
    return Literals.code("new $T($S, $T.of($L))", Intrinsic.class, function, List.class,
        list.build());
  }

  /** Top-level arguments: commas outside quotes and parentheses separate them. */
  private static List<String> split(String text) {
    List<String> arguments = new ArrayList<>();
    if (text.isBlank()) {
      return arguments;
    }
    int depth = 0;
    boolean quoted = false;
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && quoted) {
        i++;
      } else if (c == '\'') {
        quoted = !quoted;
      } else if (!quoted && c == '(') {
        depth++;
      } else if (!quoted && c == ')') {
        depth--;
      } else if (!quoted && depth == 0 && c == ',') {
        arguments.add(text.substring(start, i).strip());
        start = i + 1;
      }
    }
    arguments.add(text.substring(start).strip());
    return arguments;
  }
}
