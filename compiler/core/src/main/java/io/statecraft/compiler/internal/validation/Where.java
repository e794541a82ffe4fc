package io.statecraft.compiler.internal.validation;

import io.statecraft.asl.internal.JsonPointers;
import java.util.ArrayList;
import java.util.List;

/** Names the place a JSON pointer denotes, for messages: {@code Retry[0] of state "Charge"}. */
final class Where {

  private Where() {}

  /** The last field of {@code pointer}, e.g. {@code MaxAttempts}, or {@code Retry[0]}. */
  static String field(String pointer) {
    List<String> tokens = tokens(pointer);
    if (tokens.isEmpty()) {
      return "the state machine";
    }
    String last = tokens.get(tokens.size() - 1);
    if (isIndex(last) && tokens.size() > 1) {
      return tokens.get(tokens.size() - 2) + "[" + last + "]";
    }
    return last;
  }

  /** The object at {@code pointer} in words: the machine, a state, or a field of a state. */
  static String describe(String pointer) {
    List<String> tokens = tokens(pointer);
    if (tokens.isEmpty()) {
      return "the state machine";
    }
    int state = tokens.lastIndexOf("States");
    if (state >= 0 && state == tokens.size() - 2) {
      return "state \"" + tokens.get(state + 1) + "\"";
    }
    String own = field(pointer);
    if (state >= 0 && state + 1 < tokens.size()) {
      return own + " of state \"" + tokens.get(state + 1) + "\"";
    }
    return own;
  }

  /** The pointer one level up. */
  static String parent(String pointer) {
    int slash = pointer.lastIndexOf('/');
    return slash <= 0 ? "" : pointer.substring(0, slash);
  }

  private static boolean isIndex(String token) {
    return !token.isEmpty() && token.chars().allMatch(Character::isDigit);
  }

  private static List<String> tokens(String pointer) {
    List<String> tokens = new ArrayList<>();
    if (pointer.isEmpty()) {
      return tokens;
    }
    for (String token : pointer.substring(1).split("/", -1)) {
      tokens.add(JsonPointers.unescape(token));
    }
    return tokens;
  }
}
