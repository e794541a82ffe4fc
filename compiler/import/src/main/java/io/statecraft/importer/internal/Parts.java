package io.statecraft.importer.internal;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.statecraft.asl.StateMachine;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * A machine too large for one {@code define()}: javac refuses a method over 64 KiB of bytecode
 * ("code too large"). Its variables become the fields of a nested class, assigned a part at a
 * time by methods {@code part1()}, {@code part2()}, ... that {@code build()} calls in order:
 *
 * <pre>{@code
 * public StateMachine define() {
 *   return new Definition().build();
 * }
 *
 * private static final class Definition {
 *   private OpenFlow s1;
 *   ...
 *   StateMachine build() {
 *     part1();
 *     part2();
 *     return stateMachine()
 *         .startWith(fromS1)
 *         .build();
 *   }
 *
 *   private void part1() {
 *     s1 = pass("S1");
 *     ...
 * }</pre>
 */
final class Parts {

  static final String CLASS = "Definition";
  static final String BUILD = "build";

  /** The most bytecode, as {@link Bytecode#estimate} counts it, in one method: 64 KiB at most. */
  static final int MAX_METHOD_BYTES = 32_000;

  private Parts() {}

  static boolean fitsOneMethod(List<MethodBody.Declaration> statements, CodeBlock result) {
    long size = Bytecode.estimate(result);
    for (MethodBody.Declaration statement : statements) {
      size += Bytecode.estimate(statement.expression());
    }
    return size <= MAX_METHOD_BYTES;
  }

  static TypeSpec definition(List<MethodBody.Declaration> statements, CodeBlock result) {
    TypeSpec.Builder type = TypeSpec.classBuilder(CLASS)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The states, a part at a time: one method for all of them would be too"
            + " large for javac.\n");
    List<MethodSpec> parts = new ArrayList<>();
    MethodSpec.Builder part = null;
    int size = 0;
    for (MethodBody.Declaration statement : statements) {
      type.addField(FieldSpec.builder(statement.type(), statement.name(), Modifier.PRIVATE)
          .build());
      int length = Bytecode.estimate(statement.expression());
      if (part == null || size + length > MAX_METHOD_BYTES) {
        if (part != null) {
          parts.add(part.build());
        }
        part = MethodSpec.methodBuilder("part" + (parts.size() + 1))
            .addModifiers(Modifier.PRIVATE);
        size = 0;
      }
      part.addCode("$N = $L;\n", statement.name(), statement.expression());
      size += length;
    }
    if (part != null) {
      parts.add(part.build());
    }
    MethodSpec.Builder build = MethodSpec.methodBuilder(BUILD).returns(StateMachine.class);
    parts.forEach(method -> build.addCode("$N();\n", method));
    build.addCode(result);
    type.addMethod(build.build());
    parts.forEach(type::addMethod);
    return type.build();
  }
}
