package io.statecraft.compiler.internal.intrinsic;

import java.util.List;
import tools.jackson.databind.JsonNode;

/** One node of a parsed intrinsic function call: a nested call, a literal or a path. */
sealed interface Node permits Node.Call, Node.Literal, Node.Reference {

  /** Where the node starts in the expression text, counted in chars from 0. */
  int offset();

  /**
   * A function call. {@code function} is null when the name is not one of the 18 AWS defines (the
   * checker reports it); {@code template} is the precompiled placeholder layout of a States.Format
   * whose template is a string literal, else null.
   */
  record Call(String name, Function function, List<Node> arguments, int offset, int end,
      FormatTemplate template) implements Node {

    public Call {
      arguments = List.copyOf(arguments);
    }
  }

  /**
   * A literal argument. For a string literal {@code raw} is the text between the quotes with its
   * escapes still in it (States.Format needs to know which braces were escaped); otherwise null.
   */
  record Literal(JsonNode value, String raw, int offset) implements Node {}

  /**
   * A reference the caller resolves: a JSONPath into the input ({@code $.a}), the context object
   * ({@code $$.Execution.Id}) or a variable ({@code $name.field}), kept exactly as written.
   */
  record Reference(String path, int offset) implements Node {}
}
