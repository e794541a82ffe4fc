package io.statecraft.importer.internal;

import com.palantir.javapoet.CodeBlock;
import io.statecraft.asl.value.Path;
import tools.jackson.databind.JsonNode;

/** A builder call chain, one call a line: {@code task(...)\n    .resultPath("$.x")}. */
final class Fluent {

  private final CodeBlock.Builder code = CodeBlock.builder();

  Fluent(CodeBlock start) {
    code.add("$L", start);
  }

  void call(String method, CodeBlock argument) {
    code.add("\n$>$>.$N($L)$<$<", method, argument);
  }

  void text(String method, String value) {
    if (value != null) {
      call(method, Literals.code("$S", value));
    }
  }

  /**
   * A path given as a string; JSON null (no path) is the call {@code nullMethod} instead, such as
   * {@code ignoreInput()} or {@code discardResult()}.
   */
  void path(String method, String nullMethod, Path value) {
    if (value != null) {
      call(value.isNull() ? nullMethod : method,
          value.isNull() ? CodeBlock.of("") : Literals.code("$S", value.expression()));
    }
  }

  void payload(String method, JsonNode value) {
    if (value != null) {
      call(method, JsonCode.json(value));
    }
  }

  void payloadOrJsonata(String method, JsonNode value) {
    if (value != null) {
      call(method, JsonCode.payloadOrJsonata(value));
    }
  }

  CodeBlock build() {
    return code.build();
  }
}
