package io.statecraft.compiler.internal.intrinsic;

import static io.statecraft.compiler.internal.intrinsic.Kind.ANY;
import static io.statecraft.compiler.internal.intrinsic.Kind.BOOLEAN;
import static io.statecraft.compiler.internal.intrinsic.Kind.NUMBER;
import static io.statecraft.compiler.internal.intrinsic.Kind.OBJECT;
import static io.statecraft.compiler.internal.intrinsic.Kind.STRING;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The 18 intrinsic functions: each one's name, how many arguments it takes, the kinds those
 * arguments must have, the kind it returns and its implementation.
 */
enum Function {
  FORMAT("States.Format", 1, Integer.MAX_VALUE, STRING, List.of(STRING), ANY,
      StringFunctions::format),
  STRING_TO_JSON("States.StringToJson", 1, 1, ANY, List.of(STRING), null,
      JsonFunctions::stringToJson),
  JSON_TO_STRING("States.JsonToString", 1, 1, STRING, List.of(ANY), null,
      JsonFunctions::jsonToString),
  ARRAY("States.Array", 0, Integer.MAX_VALUE, Kind.ARRAY, List.of(), ANY, ArrayFunctions::array),
  ARRAY_PARTITION("States.ArrayPartition", 2, 2, Kind.ARRAY, List.of(Kind.ARRAY, NUMBER), null,
      ArrayFunctions::partition),
  ARRAY_CONTAINS("States.ArrayContains", 2, 2, BOOLEAN, List.of(Kind.ARRAY, ANY), null,
      ArrayFunctions::contains),
  ARRAY_RANGE("States.ArrayRange", 3, 3, Kind.ARRAY, List.of(NUMBER, NUMBER, NUMBER), null,
      ArrayFunctions::range),
  ARRAY_GET_ITEM("States.ArrayGetItem", 2, 2, ANY, List.of(Kind.ARRAY, NUMBER), null,
      ArrayFunctions::getItem),
  ARRAY_LENGTH("States.ArrayLength", 1, 1, NUMBER, List.of(Kind.ARRAY), null,
      ArrayFunctions::length),
  ARRAY_UNIQUE("States.ArrayUnique", 1, 1, Kind.ARRAY, List.of(Kind.ARRAY), null,
      ArrayFunctions::unique),
  BASE64_ENCODE("States.Base64Encode", 1, 1, STRING, List.of(STRING), null,
      EncodingFunctions::base64Encode),
  BASE64_DECODE("States.Base64Decode", 1, 1, STRING, List.of(STRING), null,
      EncodingFunctions::base64Decode),
  HASH("States.Hash", 2, 2, STRING, List.of(ANY, STRING), null, EncodingFunctions::hash),
  JSON_MERGE("States.JsonMerge", 3, 3, OBJECT, List.of(OBJECT, OBJECT, ANY), null,
      JsonFunctions::merge),
  MATH_RANDOM("States.MathRandom", 2, 3, NUMBER, List.of(NUMBER, NUMBER, NUMBER), null,
      MathFunctions::random),
  MATH_ADD("States.MathAdd", 2, 2, NUMBER, List.of(NUMBER, NUMBER), null, MathFunctions::add),
  STRING_SPLIT("States.StringSplit", 2, 2, Kind.ARRAY, List.of(STRING, STRING), null,
      StringFunctions::split),
  UUID("States.UUID", 0, 0, STRING, List.of(), null, StringFunctions::uuid);

  /** What a function does with its evaluated arguments. */
  @FunctionalInterface
  interface Implementation {
    JsonNode apply(Invocation call);
  }

  private static final Map<String, Function> BY_NAME = new HashMap<>();

  static {
    for (Function function : values()) {
      BY_NAME.put(function.functionName, function);
    }
  }

  private final String functionName;
  private final int minArguments;
  private final int maxArguments;
  private final Kind result;
  private final List<Kind> parameters;
  private final Kind rest;
  private final Implementation implementation;

  Function(String functionName, int minArguments, int maxArguments, Kind result,
      List<Kind> parameters, Kind rest, Implementation implementation) {
    this.functionName = functionName;
    this.minArguments = minArguments;
    this.maxArguments = maxArguments;
    this.result = result;
    this.parameters = parameters;
    this.rest = rest;
    this.implementation = implementation;
  }

  /** The function called {@code name} ({@code States.Format}), or null. */
  static Function named(String name) {
    return BY_NAME.get(name);
  }

  /** The names of all 18 functions. */
  static List<String> names() {
    return java.util.Arrays.stream(values()).map(f -> f.functionName).toList();
  }

  String functionName() {
    return functionName;
  }

  Kind result() {
    return result;
  }

  /** The kind the argument at {@code index} (from 0) must have. */
  Kind parameter(int index) {
    return index < parameters.size() ? parameters.get(index) : rest;
  }

  boolean acceptsArgumentCount(int count) {
    return count >= minArguments && count <= maxArguments;
  }

  /** "takes 2 arguments", "takes 2 or 3 arguments", "takes at least 1 argument", ... */
  String arity() {
    if (maxArguments == Integer.MAX_VALUE) {
      return "takes at least " + plural(minArguments);
    } else if (minArguments == maxArguments) {
      return minArguments == 0 ? "takes no arguments" : "takes " + plural(minArguments);
    }
    return "takes " + minArguments + " or " + plural(maxArguments);
  }

  private static String plural(int count) {
    return count + (count == 1 ? " argument" : " arguments");
  }

  JsonNode apply(Invocation call) {
    return implementation.apply(call);
  }
}
