package io.statecraft.compiler.internal.validation;

import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The fields of one state as the ASL writer writes it, each with its pointer below the state, for
 * the rules that judge a field by its name wherever it stands: {@code /InputPath},
 * {@code /Catch/0/Assign}, {@code /ItemReader/ReaderConfig/MaxItemsPath}. A field's name says what
 * it holds (a path, a payload template, an expression) in whichever state or nested object it
 * appears, so the rules keep one table of names instead of a list of fields for every state.
 *
 * <p>The state's own nested objects are entered; the states nested in a Parallel or a Map are
 * not, being sites of their own, nor are the operands of a Choice rule's And, Or and Not.
 */
final class StateFields {

  /** The objects, or arrays of objects, inside a state whose fields are visited too. */
  private static final Set<String> ENTERED =
      Set.of("Catch", "Choices", "ItemReader", "ReaderConfig", "ItemBatcher", "ResultWriter");

  /** Receives the fields of a state, one by one. */
  @FunctionalInterface
  interface Visitor {
    /**
     * @param suffix the field's pointer below the state's, such as {@code /Catch/0/Assign}
     * @param name the field's name, such as {@code Assign}
     * @param value its value, JSON null included
     */
    void field(String suffix, String name, JsonNode value);
  }

  private StateFields() {}

  /** Gives {@code visitor} every field of {@code state}, a state as the writer writes it. */
  static void forEach(JsonNode state, Visitor visitor) {
    enter("", state, visitor);
  }

  private static void enter(String suffix, JsonNode object, Visitor visitor) {
    for (Map.Entry<String, JsonNode> field : object.properties()) {
      String name = field.getKey();
      String at = Findings.child(suffix, name);
      JsonNode value = field.getValue();
      if (!ENTERED.contains(name)) {
        visitor.field(at, name, value);
      } else if (value.isArray()) {
        for (int i = 0; i < value.size(); i++) {
          enter(Findings.child(at, i), value.get(i), visitor);
        }
      } else {
        enter(at, value, visitor);
      }
    }
  }
}
