package io.statecraft.compiler.internal.policy;

import io.statecraft.asl.Branch;
import io.statecraft.asl.MapState;
import io.statecraft.asl.ParallelState;
import io.statecraft.asl.QueryLanguage;
import io.statecraft.asl.State;
import io.statecraft.asl.StateMachine;
import io.statecraft.asl.TaskState;
import io.statecraft.asl.internal.JsonPointers;
import io.statecraft.compiler.policy.PolicyOptions;
import io.statecraft.compiler.policy.StateMachinePolicy;
import java.util.List;
import java.util.Map;

/**
 * Derives the policy of a state machine's execution role: walks every state, nested ones in
 * Parallel branches and Map processors included (child executions of a distributed Map run as the
 * same role), and asks each Task, ItemReader and ResultWriter what it calls.
 */
public final class Inference {

  private Inference() {}

  public static StateMachinePolicy of(StateMachine machine, PolicyOptions options) {
    Findings findings = new Findings(options);
    walk(findings, machine.states(), "/States", machine.effectiveQueryLanguage());
    return new StateMachinePolicy(Statements.of(findings.grants, options), findings.warnings,
        findings.notes);
  }

  private static void walk(Findings findings, Map<String, State> states, String pointer,
      QueryLanguage inherited) {
    for (Map.Entry<String, State> entry : states.entrySet()) {
      String name = entry.getKey();
      String at = JsonPointers.child(pointer, name);
      State state = entry.getValue();
      QueryLanguage language = state.queryLanguage() != null ? state.queryLanguage() : inherited;
      boolean jsonata = language == QueryLanguage.JSONATA;
      if (state instanceof TaskState task) {
        Tasks.derive(findings, name, at, task, jsonata);
      } else if (state instanceof ParallelState parallel) {
        List<Branch> branches = parallel.branches();
        for (int i = 0; i < branches.size(); i++) {
          walk(findings, branches.get(i).states(), at + "/Branches/" + i + "/States", language);
        }
      } else if (state instanceof MapState map && map.processor() != null) {
        if (map.isDistributed() || map.itemReader() != null) {
          DistributedMaps.derive(findings, name, at, map, jsonata);
        }
        String field = map.itemProcessor() != null ? "/ItemProcessor" : "/Iterator";
        walk(findings, map.processor().states(), at + field + "/States", language);
      }
    }
  }
}
