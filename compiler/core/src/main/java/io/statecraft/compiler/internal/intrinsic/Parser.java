package io.statecraft.compiler.internal.intrinsic;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.StringNode;

/**
 * Recursive-descent parser of one intrinsic function call:
 *
 * <pre>
 * call      = "States." name "(" [ argument { "," argument } ] ")"
 * argument  = string | number | "true" | "false" | "null" | reference | call
 * string    = "'" { char | "\'" | "\{" | "\}" | "\\" } "'"
 * number    = JSON number
 * reference = "$" ... up to a "," or ")" or space outside brackets
 * </pre>
 *
 * Spaces may stand around arguments. Unknown function names parse (the checker reports them).
 */
final class Parser {

  static final String PREFIX = "States.";

  private final String text;
  private int pos;

  private Parser(String text) {
    this.text = text;
  }

  static Node.Call parse(String text) {
    Parser parser = new Parser(text);
    if (!text.startsWith(PREFIX)) {
      throw parser.error(0, "an intrinsic function call starts with 'States.'");
    }
    Node.Call call = parser.call();
    parser.skipSpaces();
    if (parser.pos < text.length()) {
      throw parser.error(parser.pos, "unexpected " + parser.found() + " after the call's closing ')'");
    }
    return call;
  }

  private Node.Call call() {
    int start = pos;
    pos += PREFIX.length();
    while (pos < text.length() && isNameChar(text.charAt(pos))) {
      pos++;
    }
    if (pos == start + PREFIX.length()) {
      throw error(pos, "expected a function name after 'States.', found " + found());
    }
    String name = text.substring(start, pos);
    if (peek() != '(') {
      throw error(pos, "expected '(' after " + name + ", found " + found());
    }
    pos++;
    List<Node> arguments = arguments(name);
    Function function = Function.named(name);
    FormatTemplate template = null;
    if (function == Function.FORMAT && !arguments.isEmpty()
        && arguments.get(0) instanceof Node.Literal literal && literal.raw() != null) {
      template = FormatTemplate.ofLiteral(literal.raw());
    }
    return new Node.Call(name, function, arguments, start, pos, template);
  }

  /** The arguments after a call's '(' up to and including its ')'. */
  private List<Node> arguments(String name) {
    List<Node> arguments = new ArrayList<>();
    skipSpaces();
    if (peek() == ')') {
      pos++;
      return arguments;
    }
    while (true) {
      arguments.add(argument());
      skipSpaces();
      char next = peek();
      if (next == ')') {
        pos++;
        return arguments;
      }
      if (next != ',') {
        throw error(pos, "expected ',' or ')' after an argument of " + name + ", found " + found());
      }
      pos++;
      skipSpaces();
      if (peek() == ')') {
        throw error(pos, "expected an argument after ',', found ')'");
      }
    }
  }

  private Node argument() {
    if (pos >= text.length()) {
      throw error(pos, "expected an argument, found the end of the text");
    }
    char c = text.charAt(pos);
    if (c == '\'') {
      return string();
    } else if (c == '$') {
      return reference();
    } else if (c == '-' || (c >= '0' && c <= '9')) {
      return number();
    } else if (isNameChar(c)) {
      int start = pos;
      if (text.startsWith(PREFIX, pos)) {
        return call();
      }
      while (pos < text.length() && isNameChar(text.charAt(pos))) {
        pos++;
      }
      String word = text.substring(start, pos);
      switch (word) {
        case "true":
          return new Node.Literal(BooleanNode.TRUE, null, start);
        case "false":
          return new Node.Literal(BooleanNode.FALSE, null, start);
        case "null":
          return new Node.Literal(NullNode.getInstance(), null, start);
        default:
          throw error(start, "unexpected '" + word + "': an argument is a 'string', a number, "
              + "true, false, null, a path starting with $ or a States. function call");
      }
    }
    throw error(pos, "unexpected " + found() + ": an argument is a 'string', a number, "
        + "true, false, null, a path starting with $ or a States. function call");
  }

  private Node string() {
    int start = pos++;
    StringBuilder value = new StringBuilder();
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == '\'') {
        String raw = text.substring(start + 1, pos);
        pos++;
        return new Node.Literal(StringNode.valueOf(value.toString()), raw, start);
      }
      if (c == '\\') {
        char escaped = pos + 1 < text.length() ? text.charAt(pos + 1) : 0;
        if (escaped != '\'' && escaped != '{' && escaped != '}' && escaped != '\\') {
          throw error(pos, "invalid escape in a string: only \\', \\{, \\} and \\\\ are allowed"
              + " (a lone \\ is written \\\\)");
        }
        value.append(escaped);
        pos += 2;
      } else {
        value.append(c);
        pos++;
      }
    }
    throw error(start, "the string that starts here has no closing '");
  }

  private Node number() {
    int start = pos;
    if (peek() == '-') {
      pos++;
    }
    if (peek() == '0') {
      pos++;
    } else if (isDigit(peek())) {
      digits();
    } else {
      throw error(pos, "expected a digit in a number, found " + found());
    }
    boolean integral = true;
    if (peek() == '.') {
      pos++;
      if (!isDigit(peek())) {
        throw error(pos, "expected a digit after the decimal point, found " + found());
      }
      digits();
      integral = false;
    }
    if (peek() == 'e' || peek() == 'E') {
      pos++;
      if (peek() == '+' || peek() == '-') {
        pos++;
      }
      if (!isDigit(peek())) {
        throw error(pos, "expected a digit in the exponent, found " + found());
      }
      digits();
      integral = false;
    }
    return new Node.Literal(numberNode(text.substring(start, pos), integral), null, start);
  }

  /** The JSON node Jackson would read for this number text, keeping huge values exact. */
  private static JsonNode numberNode(String number, boolean integral) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    if (integral) {
      BigInteger value = new BigInteger(number);
      if (value.bitLength() < 32) {
        return nodes.numberNode(value.intValue());
      }
      return value.bitLength() < 64 ? nodes.numberNode(value.longValue()) : nodes.numberNode(value);
    }
    double value = Double.parseDouble(number);
    return Double.isFinite(value) ? nodes.numberNode(value) : nodes.numberNode(new BigDecimal(number));
  }

  private Node reference() {
    int start = pos;
    StringBuilder open = new StringBuilder();
    while (pos < text.length()) {
      char c = text.charAt(pos);
      boolean inside = open.length() > 0;
      if (!inside && (c == ',' || c == ')' || isSpace(c))) {
        break;
      }
      if (c == '[' || c == '(') {
        open.append(c);
      } else if (inside && c == (open.charAt(open.length() - 1) == '[' ? ']' : ')')) {
        open.setLength(open.length() - 1);
      } else if (inside && (c == '\'' || c == '"')) {
        skipQuoted(c);
        continue;
      }
      pos++;
    }
    if (open.length() > 0) {
      throw error(start, "the path that starts here has an unclosed '[' or '('");
    }
    return new Node.Reference(text.substring(start, pos), start);
  }

  /** Skips a quoted name inside a path's brackets, {@code ['a,b']}, honouring backslashes. */
  private void skipQuoted(char quote) {
    int start = pos++;
    while (pos < text.length()) {
      char c = text.charAt(pos++);
      if (c == '\\') {
        pos++;
      } else if (c == quote) {
        return;
      }
    }
    throw error(start, "the quoted name in the path that starts here has no closing " + quote);
  }

  private void digits() {
    while (isDigit(peek())) {
      pos++;
    }
  }

  private void skipSpaces() {
    while (pos < text.length() && isSpace(text.charAt(pos))) {
      pos++;
    }
  }

  private char peek() {
    return pos < text.length() ? text.charAt(pos) : 0;
  }

  private String found() {
    if (pos >= text.length()) {
      return "the end of the text";
    }
    return "'" + text.charAt(pos) + "'";
  }

  private IntrinsicSyntaxException error(int at, String reason) {
    return new IntrinsicSyntaxException(text, at, reason);
  }

  private static boolean isNameChar(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
        || c == '_' || c == '.';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }
}
