package io.statecraft.compiler.importer;

import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;

/** The statements of the generated {@code define()} method, in declaration order. */
final class MethodBody {

  private final Names names = new Names();
  private final List<CodeBlock> statements = new ArrayList<>();

  String fresh(String stateName) {
    return names.variable(stateName);
  }

  void declare(String variable, CodeBlock expression) {
    statements.add(CodeBlock.of("var $N = $L;\n", variable, expression));
  }

  List<CodeBlock> statements() {
    return statements;
  }
}
