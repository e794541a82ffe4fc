package io.statecraft.compiler.internal.read;

import io.statecraft.asl.QueryLanguage;
import io.statecraft.asl.State;
import io.statecraft.asl.StateMachine;
import io.statecraft.asl.diagnostic.Diagnostic;
import io.statecraft.asl.diagnostic.InvalidDefinitionException;
import io.statecraft.compiler.internal.common.JsonText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Reads an ASL document into the model: the top level here, states in {@link StateReader}. Every
 * problem becomes a {@code READ_*} diagnostic with the JSON pointer of its field.
 *
 * <pre>{@code
 * StateMachine machine = MachineReader.read("{\"StartAt\": \"A\", \"States\": {...}}");
 * }</pre>
 */
public final class MachineReader {

  private MachineReader() {}

  /** Reads ASL JSON text; text that is not JSON gives one {@code READ_SYNTAX} diagnostic. */
  public static StateMachine read(String json) {
    JsonNode document;
    try {
      document = JsonText.parse(json);
    } catch (JsonText.MalformedJson e) {
      throw new InvalidDefinitionException(List.of(Diagnostic.error("READ_SYNTAX", "", e.getMessage())));
    }
    return read(document);
  }

  /**
   * Reads an ASL document already parsed as JSON.
   *
   * @throws InvalidDefinitionException with every problem found
   */
  public static StateMachine read(JsonNode document) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    StateMachine machine = read(document, diagnostics);
    if (!diagnostics.isEmpty() || machine == null) {
      throw new InvalidDefinitionException(diagnostics);
    }
    return machine;
  }

  /** The machine, or null when its StartAt is unusable; problems go to {@code diagnostics}. */
  private static StateMachine read(JsonNode document, List<Diagnostic> diagnostics) {
    if (!document.isObject()) {
      diagnostics.add(Diagnostic.error("READ_TYPE", "",
          "a state machine definition must be a JSON object, but is " + Fields.describe(document)));
      return null;
    }
    Fields f = new Fields(document, "", "the state machine", diagnostics);
    String comment = f.string("Comment");
    QueryLanguage language = StateReader.language(f);
    String startAt = f.requiredString("StartAt");
    Integer timeout = f.integer("TimeoutSeconds");
    String version = f.string("Version");
    Map<String, State> states = new StateReader(diagnostics).states(f);
    f.finish();
    return startAt == null ? null
        : new StateMachine(comment, language, startAt, timeout, version, states);
  }
}
