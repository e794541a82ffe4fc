package io.statecraft.compiler.internal.validation;

import io.statecraft.asl.QueryLanguage;
import io.statecraft.asl.StateMachine;
import io.statecraft.asl.diagnostic.Diagnostic;
import io.statecraft.compiler.internal.write.AslWriter;
import io.statecraft.compiler.validation.Rule;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Runs every rule beyond the schema over a machine's states, scope by scope. */
final class SemanticRules {

  private SemanticRules() {}

  static List<Diagnostic> check(StateMachine machine) {
    Findings findings = new Findings();
    List<Scope> scopes = Scope.all(machine);
    new GraphRules(findings, scopes).check();
    new VariableRules(findings).checkMachine(machine);
    if (machine.timeoutSeconds() != null
        && (machine.timeoutSeconds() < 1 || machine.timeoutSeconds() > FieldRules.MAX_SECONDS)) {
      findings.report(Rule.VALUE_OUT_OF_RANGE, "/TimeoutSeconds", "TimeoutSeconds must be"
          + " between 1 and " + FieldRules.MAX_SECONDS + ", was " + machine.timeoutSeconds());
    }
    FieldRules fields = new FieldRules(findings);
    ErrorHandlingRules errorHandling = new ErrorHandlingRules(findings);
    JsonPathRules paths = new JsonPathRules(findings);
    JsonataRules jsonata = new JsonataRules(findings);
    // The rules that judge fields by name read them as the writer writes them, written once.
    JsonNode written = AslWriter.machine(machine);
    if (machine.queryLanguage() == QueryLanguage.JSONATA) {
      checkNoJsonPathState(findings, scopes);
    }
    for (Scope scope : scopes) {
      for (Scope.Site site : scope.sites()) {
        fields.check(site);
        errorHandling.check(site);
        JsonNode state = written.at(site.pointer());
        paths.check(site, state);
        jsonata.check(site, state);
      }
    }
    return findings.diagnostics();
  }

  /**
   * In a JSONata machine, refuses every state set to JSONPath: AWS lets a JSONPath machine turn
   * JSONata state by state, but "you cannot revert a top-level JSONata-based state machine to a
   * mix of JSONata and JSONPath states" (statemachine-structure). The states of a distributed
   * Map's processor, which run as child executions of their own, are left alone.
   */
  private static void checkNoJsonPathState(Findings findings, List<Scope> scopes) {
    List<String> childExecutions = new java.util.ArrayList<>();
    for (Scope scope : scopes) {
      for (Scope.Site site : scope.sites()) {
        if (site.state() instanceof io.statecraft.asl.MapState map
            && map.itemProcessor() != null && map.itemProcessor().mode()
                == io.statecraft.asl.map.ProcessorConfig.Mode.DISTRIBUTED) {
          childExecutions.add(site.pointer() + "/ItemProcessor/");
        }
        if (site.state().queryLanguage() == QueryLanguage.JSONPATH
            && childExecutions.stream().noneMatch(site.pointer()::startsWith)) {
          findings.report(Rule.QUERY_LANGUAGE_MIXED, Findings.child(site.pointer(),
              "QueryLanguage"), "State '" + site.name() + "' sets QueryLanguage to JSONPath in a"
              + " machine whose QueryLanguage is JSONata; AWS refuses that mix (a JSONPath"
              + " machine may have JSONata states, not the reverse)",
              "convert the state to JSONata, or set the machine's QueryLanguage to JSONPath");
        }
      }
    }
  }
}
