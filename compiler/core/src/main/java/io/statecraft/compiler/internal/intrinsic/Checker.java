package io.statecraft.compiler.internal.intrinsic;

import io.statecraft.compiler.internal.common.Spelling;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Finds what makes a call fail whatever the input: an unknown function, a wrong number of
 * arguments, a literal (or a nested call's result) of the wrong kind, a literal value AWS refuses.
 * Paths are not looked into: their values are known only at run time.
 */
final class Checker {

  private final String text;
  private final Node.Call root;
  private final List<String> problems = new ArrayList<>();

  private Checker(String text, Node.Call root) {
    this.text = text;
    this.root = root;
  }

  /** AWS's documented limit on the intrinsic functions in one field, nested ones included. */
  static final int MAX_CALLS = 10;

  static List<String> problems(String text, Node.Call root) {
    Checker checker = new Checker(text, root);
    checker.check(root);
    int calls = count(root);
    if (calls > MAX_CALLS) {
      checker.problems.add("the field calls " + calls + " intrinsic functions; AWS allows at most "
          + MAX_CALLS + " in one field, nested ones included");
    }
    return List.copyOf(checker.problems);
  }

  private static int count(Node.Call call) {
    int calls = 1;
    for (Node argument : call.arguments()) {
      if (argument instanceof Node.Call nested) {
        calls += count(nested);
      }
    }
    return calls;
  }

  private void check(Node.Call call) {
    Function function = call.function();
    List<Node> arguments = call.arguments();
    if (function == null) {
      String suggestion = closest(call.name());
      report(call, "unknown intrinsic function " + call.name()
          + (suggestion == null ? "; the functions are " + String.join(", ", Function.names())
              : "; did you mean " + suggestion + "?"));
    } else if (!function.acceptsArgumentCount(arguments.size())) {
      report(call, function.functionName() + " " + function.arity() + ", was given "
          + arguments.size());
    } else {
      for (int i = 0; i < arguments.size(); i++) {
        checkKind(call, function, i);
      }
      checkLiterals(call, function, arguments);
    }
    for (Node argument : arguments) {
      if (argument instanceof Node.Call nested) {
        check(nested);
      }
    }
  }

  private void checkKind(Node.Call call, Function function, int index) {
    Node argument = call.arguments().get(index);
    Kind expected = function.parameter(index);
    if (argument instanceof Node.Literal literal && !expected.accepts(Kind.of(literal.value()))) {
      reportKind(call, function, index, expected, Values.describe(literal.value()));
    } else if (argument instanceof Node.Call nested && nested.function() != null
        && !expected.accepts(nested.function().result())) {
      reportKind(call, function, index, expected,
          nested.function().result().words() + " (what " + nested.name() + " returns)");
    }
  }

  private void reportKind(Node.Call call, Function function, int index, Kind expected,
      String was) {
    report(call, function.functionName() + ": " + Invocation.ordinal(index)
        + " argument must be " + expected.words() + ", was " + was);
  }

  private void checkLiterals(Node.Call call, Function function, List<Node> arguments) {
    switch (function) {
      case FORMAT -> checkFormat(call, arguments);
      case STRING_TO_JSON -> checkJsonText(call, string(arguments.get(0)));
      case ARRAY_PARTITION -> checkChunkSize(call, number(arguments.get(1)));
      case ARRAY_RANGE -> checkRange(call, arguments);
      case ARRAY_GET_ITEM -> checkIndex(call, number(arguments.get(1)));
      case BASE64_ENCODE, BASE64_DECODE -> checkLength(call, string(arguments.get(0)));
      case HASH -> checkHash(call, arguments);
      case JSON_MERGE -> checkDeepFlag(call, arguments.get(2));
      case MATH_RANDOM -> checkBounds(call, number(arguments.get(0)), number(arguments.get(1)));
      case MATH_ADD -> checkAdd(call, arguments);
      default -> {
        // The other functions take any value, or only paths and calls decide.
      }
    }
  }

  private void checkJsonText(Node.Call call, String json) {
    if (json != null && !json.isBlank()) {
      try {
        JsonFunctions.MAPPER.readTree(json);
      } catch (JacksonException e) {
        report(call, "States.StringToJson: the string is not JSON");
      }
    }
  }

  private void checkChunkSize(Node.Call call, JsonNode size) {
    if (size != null && Values.truncated(size) < 1) {
      report(call, "States.ArrayPartition: the chunk size must be >= 1 once its fraction is"
          + " dropped, was " + Values.render(size));
    }
  }

  private void checkIndex(Node.Call call, JsonNode index) {
    if (index != null && Values.truncated(index) < 0) {
      report(call, "States.ArrayGetItem: the index must be >= 0, was " + Values.render(index));
    }
  }

  private void checkHash(Node.Call call, List<Node> arguments) {
    checkLength(call, string(arguments.get(0)));
    String algorithm = string(arguments.get(1));
    if (algorithm != null && !EncodingFunctions.ALGORITHMS.contains(algorithm)) {
      report(call, "States.Hash: the algorithm must be one of "
          + String.join(", ", EncodingFunctions.ALGORITHMS) + ", was '" + algorithm + "'");
    }
  }

  private void checkDeepFlag(Node.Call call, Node flag) {
    if (flag instanceof Node.Literal literal && literal.value().isBoolean()
        && literal.value().booleanValue()) {
      report(call, "States.JsonMerge: only a shallow merge is supported, the third argument"
          + " must be false");
    }
  }

  private void checkBounds(Node.Call call, JsonNode start, JsonNode end) {
    if (start != null && end != null && Values.truncated(start) >= Values.truncated(end)) {
      report(call, "States.MathRandom: the start must be less than the end once their fractions"
          + " are dropped, was " + Values.render(start) + " and " + Values.render(end));
    }
  }

  private void checkFormat(Node.Call call, List<Node> arguments) {
    FormatTemplate template = call.template();
    if (template == null) {
      return;
    }
    if (template.malformation() != null) {
      report(call, "States.Format: " + template.malformation());
    } else if (template.placeholders() != arguments.size() - 1) {
      int values = arguments.size() - 1;
      report(call, "States.Format: the template has " + template.placeholders()
          + " {} placeholder" + (template.placeholders() == 1 ? "" : "s") + " but " + values
          + (values == 1 ? " value follows it" : " values follow it"));
    }
  }

  private void checkRange(Node.Call call, List<Node> arguments) {
    JsonNode step = number(arguments.get(2));
    if (step != null && Values.truncated(step) == 0) {
      report(call, "States.ArrayRange: the step must not be 0 once its fraction is dropped, was "
          + Values.render(step));
      return;
    }
    JsonNode start = number(arguments.get(0));
    JsonNode end = number(arguments.get(1));
    if (start != null && end != null && step != null) {
      long size = ArrayFunctions.rangeSize(Values.truncated(start), Values.truncated(end),
          Values.truncated(step));
      if (size > ArrayFunctions.MAX_RANGE) {
        report(call, "States.ArrayRange: the range would have " + size
            + " elements, more than the " + ArrayFunctions.MAX_RANGE + " AWS allows");
      }
    }
  }

  private void checkAdd(Node.Call call, List<Node> arguments) {
    BigInteger sum = BigInteger.ZERO;
    for (int i = 0; i < 2; i++) {
      JsonNode operand = number(arguments.get(i));
      if (operand == null) {
        return;
      }
      BigInteger value = Values.rounded(operand);
      if (!Values.isInt(value)) {
        report(call, "States.MathAdd: " + Invocation.ordinal(i) + " argument must be within the"
            + " int range " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE + ", was "
            + Values.render(operand));
        return;
      }
      sum = sum.add(value);
    }
    if (!Values.isInt(sum)) {
      report(call, "States.MathAdd: the sum " + sum + " is outside the int range "
          + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE);
    }
  }

  private void checkLength(Node.Call call, String literal) {
    if (literal != null && literal.length() > EncodingFunctions.MAX_INPUT) {
      report(call, call.name() + ": the input has " + literal.length() + " characters, more than the "
          + EncodingFunctions.MAX_INPUT + " AWS allows");
    }
  }

  private static String string(Node node) {
    return node instanceof Node.Literal literal && literal.value().isString()
        ? literal.value().stringValue() : null;
  }

  private static JsonNode number(Node node) {
    return node instanceof Node.Literal literal && literal.value().isNumber()
        ? literal.value() : null;
  }

  private void report(Node.Call call, String problem) {
    problems.add(call == root ? problem
        : problem + " (in " + text.substring(call.offset(), call.end()) + ")");
  }

  /** The function whose name is closest to {@code name}, when it is close enough to be a typo. */
  private static String closest(String name) {
    return Spelling.closest(name, Function.names(), 3);
  }
}
