package io.statecraft.compiler.internal.jsonata;

import com.dashjoin.jsonata.JException;
import com.dashjoin.jsonata.Jsonata;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The messages of JSONata errors, worded as jsonata-js 2.0.6 words them, which is what AWS
 * reports. The Java library's own catalog differs in about forty templates (it says "Object"
 * where jsonata-js says "function", quotes numbers, leaves some placeholders unfilled) and it
 * passes its two values in a different order from code to code, so each message is rebuilt here
 * from the code, the values the exception carries and the expression node that failed.
 */
final class Messages {

  /** jsonata-js's templates: {{x}} is the JSON text of insert x, {{{x}}} its plain text. */
  private static final Map<String, String> TEMPLATES = new HashMap<>();

  /** jsonata-js's words for the element types of a signature's typed array, as in a<n>. */
  private static final Map<String, String> ARRAY_TYPES = Map.of("a", "arrays", "b", "booleans",
      "f", "functions", "n", "numbers", "o", "objects", "s", "strings");

  /** Library exceptions that carry a message where a code belongs, by message. */
  private static final Map<String, String> CODES_BY_MESSAGE = Map.of(
      "Second argument of replace function cannot be an empty string", "D3010",
      "Fourth argument of replace function must evaluate to a positive number", "D3011",
      "In a decimal digit pattern, all digits must be from the same decimal group", "D3131",
      "No matching closing bracket ']' in date/time picture string", "D3135",
      "The timezone integer format specifier cannot have more than four digits", "D3134",
      "The date/time picture string is missing specifiers required to parse the timestamp",
      "D3136",
      "Choice groups containing parameterized types are not supported", "S0402",
      "Type parameters can only be applied to functions and arrays", "S0401");

  /** Library messages with a value in them, by the pattern that finds the value. */
  private static final Map<Pattern, String> CODES_BY_PATTERN = Map.of(
      Pattern.compile("Formatting or parsing an integer as a sequence starting with \"?(.*?)\"? is"
          + " not supported by this implementation"), "D3130",
      Pattern.compile("Unknown component specifier (.*) in date/time picture string"), "D3132",
      Pattern.compile("The 'name' modifier can only be applied to months and days in the"
          + " date/time picture string, not (.*)"), "D3133");

  static {
    String[][] table = {
        {"S0101", "String literal must be terminated by a matching quote"},
        {"S0102", "Number out of range: {{token}}"},
        {"S0103", "Unsupported escape sequence: \\{{token}}"},
        {"S0104", "The escape sequence \\u must be followed by 4 hex digits"},
        {"S0105", "Quoted property name must be terminated with a backquote (`)"},
        {"S0106", "Comment has no closing tag"},
        {"S0201", "Syntax error: {{token}}"},
        {"S0202", "Expected {{value}}, got {{token}}"},
        {"S0203", "Expected {{value}} before end of expression"},
        {"S0204", "Unknown operator: {{token}}"},
        {"S0205", "Unexpected token: {{token}}"},
        {"S0206", "Unknown expression type: {{token}}"},
        {"S0207", "Unexpected end of expression"},
        {"S0208", "Parameter {{value}} of function definition must be a variable name (start with"
            + " $)"},
        {"S0209", "A predicate cannot follow a grouping expression in a step"},
        {"S0210", "Each step can only have one grouping expression"},
        {"S0211", "The symbol {{token}} cannot be used as a unary operator"},
        {"S0212", "The left side of := must be a variable name (start with $)"},
        {"S0213", "The literal value {{value}} cannot be used as a step within a path expression"},
        {"S0214", "The right side of {{token}} must be a variable name (start with $)"},
        {"S0215", "A context variable binding must precede any predicates on a step"},
        {"S0216", "A context variable binding must precede the 'order-by' clause on a step"},
        {"S0217", "The object representing the 'parent' cannot be derived from this expression"},
        {"S0301", "Empty regular expressions are not allowed"},
        {"S0302", "No terminating / in regular expression"},
        {"S0402", "Choice groups containing parameterized types are not supported"},
        {"S0401", "Type parameters can only be applied to functions and arrays"},
        {"S0500", "Attempted to evaluate an expression containing syntax error(s)"},
        {"T0410", "Argument {{index}} of function {{token}} does not match function signature"},
        {"T0411", "Context value is not a compatible type with argument {{index}} of function"
            + " {{token}}"},
        {"T0412", "Argument {{index}} of function {{token}} must be an array of {{type}}"},
        {"D1001", "Number out of range: {{value}}"},
        {"D1002", "Cannot negate a non-numeric value: {{value}}"},
        {"T1003", "Key in object structure must evaluate to a string; got: {{value}}"},
        {"D1004", "Regular expression matches zero length string"},
        {"T1005", "Attempted to invoke a non-function. Did you mean ${{{token}}}?"},
        {"T1006", "Attempted to invoke a non-function"},
        {"T1007", "Attempted to partially apply a non-function. Did you mean ${{{token}}}?"},
        {"T1008", "Attempted to partially apply a non-function"},
        {"D1009", "Multiple key definitions evaluate to same key: {{value}}"},
        {"T1010", "The matcher function argument passed to function {{token}} does not return the"
            + " correct object structure"},
        {"T2001", "The left side of the {{token}} operator must evaluate to a number"},
        {"T2002", "The right side of the {{token}} operator must evaluate to a number"},
        {"T2003", "The left side of the range operator (..) must evaluate to an integer"},
        {"T2004", "The right side of the range operator (..) must evaluate to an integer"},
        {"D2005", "The left side of := must be a variable name (start with $)"},
        {"T2006", "The right side of the function application operator ~> must be a function"},
        {"T2007", "Type mismatch when comparing values {{value}} and {{value2}} in order-by"
            + " clause"},
        {"T2008", "The expressions within an order-by clause must evaluate to numeric or string"
            + " values"},
        {"T2009", "The values {{value}} and {{value2}} either side of operator {{token}} must be of"
            + " the same data type"},
        {"T2010", "The expressions either side of operator {{token}} must evaluate to numeric or"
            + " string values"},
        {"T2011", "The insert/update clause of the transform expression must evaluate to an"
            + " object: {{value}}"},
        {"T2012", "The delete clause of the transform expression must evaluate to a string or"
            + " array of strings: {{value}}"},
        {"T2013", "The transform expression clones the input object using the $clone() function."
            + "  This has been overridden in the current scope by a non-function."},
        {"D2014", "The size of the sequence allocated by the range operator (..) must not exceed"
            + " 1e6.  Attempted to allocate {{value}}."},
        {"D3001", "Attempting to invoke string function on Infinity or NaN"},
        {"D3010", "Second argument of replace function cannot be an empty string"},
        {"D3011", "Fourth argument of replace function must evaluate to a positive number"},
        {"D3012", "Attempted to replace a matched string with a non-string value"},
        {"D3020", "Third argument of split function must evaluate to a positive number"},
        {"D3030", "Unable to cast value to a number: {{value}}"},
        {"D3040", "Third argument of match function must evaluate to a positive number"},
        {"D3050", "The second argument of reduce function must be a function with at least two"
            + " arguments"},
        {"D3060", "The sqrt function cannot be applied to a negative number: {{value}}"},
        {"D3061", "The power function has resulted in a value that cannot be represented as a"
            + " JSON number: base={{value}}, exponent={{exp}}"},
        {"D3070", "The single argument form of the sort function can only be applied to an array"
            + " of strings or an array of numbers.  Use the second argument to specify a"
            + " comparison function"},
        {"D3080", "The picture string must only contain a maximum of two sub-pictures"},
        {"D3081", "The sub-picture must not contain more than one instance of the"
            + " 'decimal-separator' character"},
        {"D3082", "The sub-picture must not contain more than one instance of the 'percent'"
            + " character"},
        {"D3083", "The sub-picture must not contain more than one instance of the 'per-mille'"
            + " character"},
        {"D3084", "The sub-picture must not contain both a 'percent' and a 'per-mille'"
            + " character"},
        {"D3085", "The mantissa part of a sub-picture must contain at least one character that is"
            + " either an 'optional digit character' or a member of the 'decimal digit family'"},
        {"D3086", "The sub-picture must not contain a passive character that is preceded by an"
            + " active character and that is followed by another active character"},
        {"D3087", "The sub-picture must not contain a 'grouping-separator' character that appears"
            + " adjacent to a 'decimal-separator' character"},
        {"D3088", "The sub-picture must not contain a 'grouping-separator' at the end of the"
            + " integer part"},
        {"D3089", "The sub-picture must not contain two adjacent instances of the"
            + " 'grouping-separator' character"},
        {"D3090", "The integer part of the sub-picture must not contain a member of the 'decimal"
            + " digit family' that is followed by an instance of the 'optional digit character'"},
        {"D3091", "The fractional part of the sub-picture must not contain an instance of the"
            + " 'optional digit character' that is followed by a member of the 'decimal digit"
            + " family'"},
        {"D3092", "A sub-picture that contains a 'percent' or 'per-mille' character must not"
            + " contain a character treated as an 'exponent-separator'"},
        {"D3093", "The exponent part of the sub-picture must comprise only of one or more"
            + " characters that are members of the 'decimal digit family'"},
        {"D3100", "The radix of the formatBase function must be between 2 and 36.  It was given"
            + " {{value}}"},
        {"D3110", "The argument of the toMillis function must be an ISO 8601 formatted timestamp."
            + " Given {{value}}"},
        {"D3120", "Syntax error in expression passed to function eval: {{value}}"},
        {"D3121", "Dynamic error evaluating the expression passed to function eval: {{value}}"},
        {"D3130", "Formatting or parsing an integer as a sequence starting with {{value}} is not"
            + " supported by this implementation"},
        {"D3131", "In a decimal digit pattern, all digits must be from the same decimal group"},
        {"D3132", "Unknown component specifier {{value}} in date/time picture string"},
        {"D3133", "The 'name' modifier can only be applied to months and days in the date/time"
            + " picture string, not {{value}}"},
        {"D3134", "The timezone integer format specifier cannot have more than four digits"},
        {"D3135", "No matching closing bracket ']' in date/time picture string"},
        {"D3136", "The date/time picture string is missing specifiers required to parse the"
            + " timestamp"},
        {"D3137", "{{{message}}}"},
        {"D3138", "The $single() function expected exactly 1 matching result.  Instead it matched"
            + " more."},
        {"D3139", "The $single() function expected exactly 1 matching result.  Instead it matched"
            + " 0."},
        {"D3140", "Malformed URL passed to ${{{functionName}}}(): {{value}}"},
        {"D3141", "{{{message}}}"},
    };
    for (String[] entry : table) {
      TEMPLATES.put(entry[0], entry[1]);
    }
  }

  private static final Pattern INSERT = Pattern.compile("\\{\\{(\\{)?(\\w+)}}(})?");

  private Messages() {}

  /** A JSONata error as AWS reports it: its code (null when it has none) and its message. */
  record Rendered(String code, String message) {}

  /**
   * The code and message of a failure the library raised.
   *
   * @param failed what failed: the function's name, the operator, ...; may be null
   */
  static Rendered render(Throwable error, Failing failed) {
    if (error instanceof JException jsonata) {
      Rendered rendered = render(jsonata, failed);
      if (rendered != null) {
        return rendered;
      }
    }
    for (Throwable t = error; t != null; t = t.getCause()) {
      Rendered known = byMessage(t.getMessage());
      if (known != null) {
        return known;
      }
    }
    return null;
  }

  private static Rendered render(JException e, Failing failed) {
    String code = e.getError();
    if (code == null) {
      return null;
    }
    Object current = e.getCurrent();
    Object expected = e.getExpected();
    String template = TEMPLATES.get(code);
    if (template == null) {
      return byMessage(code);
    }
    Map<String, Object> inserts = new HashMap<>();
    switch (code) {
      case "S0202", "S0203" -> {
        inserts.put("value", current);
        inserts.put("token", expected);
      }
      case "S0102", "S0103", "S0201", "S0204", "S0205", "S0206", "S0211", "S0214",
          "T1005", "T1007" -> inserts.put("token", current);
      case "S0208", "S0213", "D1009", "T1003", "D2014", "D3060", "D3130", "D3132", "D3133",
          "T2011", "T2012", "D3030", "D3110" -> inserts.put("value", current);
      case "D3100" -> inserts.put("value", current != null ? current : e.getLocation());
      case "D3137", "D3141" -> inserts.put("message", current);
      case "D1002" -> inserts.put("value", expected);
      case "T0410" -> {
        inserts.put("index", current != null ? current : 1);
        // The library names every lambda "lambda"; jsonata-js names it by the variable it is
        // called through, if any.
        inserts.put("token", expected != null && !"lambda".equals(expected) ? expected
            : failed.function());
      }
      case "T0411" -> {
        inserts.put("index", expected);
        inserts.put("token", failed.function());
      }
      case "T0412" -> {
        inserts.put("index", 1);
        inserts.put("token", failed.function());
        inserts.put("type", ARRAY_TYPES.getOrDefault(String.valueOf(expected),
            String.valueOf(expected)));
      }
      case "T2001", "T2002", "T2010" -> inserts.put("token", current);
      case "T2007" -> {
        inserts.put("value", current);
        inserts.put("value2", expected);
      }
      case "T2009" -> {
        inserts.put("value", current);
        inserts.put("value2", expected);
        inserts.put("token", failed.operator());
      }
      case "D3061" -> {
        inserts.put("value", current);
        inserts.put("exp", expected);
      }
      case "D3140" -> {
        inserts.put("functionName", current);
        inserts.put("value", expected);
      }
      default -> {
        inserts.put("value", current);
        inserts.put("token", current);
      }
    }
    return new Rendered(code, fill(template, inserts::get));
  }

  private static Rendered byMessage(String message) {
    if (message == null) {
      return null;
    }
    String code = CODES_BY_MESSAGE.get(message);
    if (code != null) {
      return new Rendered(code, TEMPLATES.get(code));
    }
    for (Map.Entry<Pattern, String> entry : CODES_BY_PATTERN.entrySet()) {
      Matcher matcher = entry.getKey().matcher(message);
      if (matcher.matches()) {
        String value = matcher.group(1);
        return new Rendered(entry.getValue(),
            fill(TEMPLATES.get(entry.getValue()), name -> value));
      }
    }
    return null;
  }

  /** The message of a parse error, without its code, as AWS puts it in its diagnostic. */
  static String parseMessage(Throwable error) {
    Rendered rendered = render(error, Failing.NONE);
    if (rendered != null) {
      return rendered.message();
    }
    String message = error.getMessage();
    return message == null ? "Syntax error" : message;
  }

  private static String fill(String template, Function<String, Object> inserts) {
    Matcher matcher = INSERT.matcher(template);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      Object value = inserts.apply(matcher.group(2));
      boolean raw = matcher.group(1) != null;
      String text = raw ? (value == null ? "undefined" : String.valueOf(value)) : stringify(value);
      matcher.appendReplacement(out, Matcher.quoteReplacement(text));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  /** The text JavaScript's JSON.stringify gives {@code value}; "undefined" for undefined. */
  static String stringify(Object value) {
    if (value == null) {
      return "undefined";
    }
    if (value == Jsonata.NULL_VALUE) {
      return "null";
    }
    if (value instanceof String || value instanceof Character) {
      StringBuilder out = new StringBuilder();
      quote(value.toString(), out);
      return out.toString();
    }
    if (value instanceof Number number) {
      return jsNumber(number);
    }
    if (value instanceof Boolean) {
      return value.toString();
    }
    if (Values.isFunction(value)) {
      return "undefined";
    }
    if (value instanceof Map<?, ?> || value instanceof List<?>) {
      JsonNode node = Values.toJson(value, JsonNodeFactory.instance);
      return node == null ? "undefined" : node.toString();
    }
    return "undefined";
  }

  /** A number as JavaScript prints it: 1, 1.5, 1e+21, 1e-7; null when not finite. */
  static String jsNumber(Number number) {
    if (number instanceof Integer || number instanceof Long || number instanceof Short) {
      return number.toString();
    }
    double value = number.doubleValue();
    if (!Double.isFinite(value)) {
      return "null";
    }
    if (value == 0) {
      return "0";
    }
    BigDecimal decimal = new BigDecimal(Double.toString(value)).stripTrailingZeros();
    double magnitude = Math.abs(value);
    if (magnitude >= 1e-6 && magnitude < 1e21) {
      return decimal.toPlainString();
    }
    String digits = decimal.unscaledValue().abs().toString();
    int exponent = digits.length() - 1 - decimal.scale();
    String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
    return (value < 0 ? "-" : "") + mantissa + "e" + (exponent >= 0 ? "+" : "") + exponent;
  }

  /** Appends {@code text} as a JSON string literal, escaped as JSON.stringify escapes it. */
  static void quote(String text, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || Character.isSurrogate(c) && !pairedSurrogate(text, i)) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  private static boolean pairedSurrogate(String text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
    }
    return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
  }

  /** What failed, where the message needs to name it. */
  interface Failing {
    /** Never knows anything. */
    Failing NONE = new Known(null, null);

    /** The name of the function being applied, without its $. */
    Object function();

    /** The operator being evaluated. */
    Object operator();
  }

  /** What failed, known from the start rather than followed during an evaluation. */
  record Known(Object function, Object operator) implements Failing {}
}
