package io.statecraft.compiler;

import io.statecraft.asl.Diagnostic;
import io.statecraft.asl.QueryLanguage;
import io.statecraft.asl.State;
import io.statecraft.asl.StateMachine;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Reads the top level of an ASL document. */
final class MachineReader {

  private MachineReader() {}

  /** The machine, or null when its StartAt is unusable; problems go to {@code diagnostics}. */
  static StateMachine read(JsonNode document, List<Diagnostic> diagnostics) {
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
