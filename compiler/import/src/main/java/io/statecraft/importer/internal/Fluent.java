package io.statecraft.importer.internal;

import com.palantir.javapoet.CodeBlock;
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
      call(method, CodeBlock.of("$S", value));
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
