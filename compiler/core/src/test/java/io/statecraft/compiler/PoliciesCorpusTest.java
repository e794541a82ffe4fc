package io.statecraft.compiler;

import static org.assertj.core.api.Assertions.assertThat;

import io.statecraft.asl.Branch;
import io.statecraft.asl.MapState;
import io.statecraft.asl.ParallelState;
import io.statecraft.asl.State;
import io.statecraft.asl.StateMachine;
import io.statecraft.asl.TaskState;
import io.statecraft.asl.diagnostic.InvalidDefinitionException;
import io.statecraft.compiler.policy.PolicyNote;
import io.statecraft.compiler.policy.PolicyStatement;
import io.statecraft.compiler.policy.StateMachinePolicy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every real-world definition of the shared corpus: the policy is derived without an exception,
 * and every Task state gets a statement, a warning or a note that says why it needs none.
 */
class PoliciesCorpusTest {

  @Test
  void everyTaskOfEveryRealWorldDefinitionGetsAStatementOrAReason() {
    List<Path> files = SharedFolder.jsonFiles("asl-corpus/real-world");
    List<String> missing = new ArrayList<>();
    int definitions = 0;
    int tasks = 0;
    for (Path file : files) {
      StateMachine machine;
      try {
        machine = Asl.read(file);
      } catch (InvalidDefinitionException e) {
        continue; // not ASL as written: CorpusRoundTripTest names the one such file
      }
      definitions++;
      StateMachinePolicy policy = Policies.of(machine);
      assertThat(Policies.of(machine).toJson()).as("deterministic: %s", file)
          .isEqualTo(policy.toJson());
      Set<String> covered = new HashSet<>();
      policy.statements().stream().map(PolicyStatement::states).forEach(covered::addAll);
      policy.warnings().stream().map(PolicyNote::state).forEach(covered::add);
      policy.notes().stream().map(PolicyNote::state).forEach(covered::add);
      for (String task : tasks(machine.states())) {
        tasks++;
        if (!covered.contains(task)) {
          missing.add(file.getFileName() + ": " + task);
        }
      }
    }
    assertThat(missing).as("Task states with neither a statement nor a reason").isEmpty();
    assertThat(definitions).isEqualTo(files.size() - 1).isGreaterThanOrEqualTo(285);
    assertThat(tasks).isGreaterThan(500);
  }

  static List<String> tasks(Map<String, State> states) {
    List<String> names = new ArrayList<>();
    states.forEach((name, state) -> {
      if (state instanceof TaskState) {
        names.add(name);
      } else if (state instanceof ParallelState parallel) {
        for (Branch branch : parallel.branches()) {
          names.addAll(tasks(branch.states()));
        }
      } else if (state instanceof MapState map && map.processor() != null) {
        names.addAll(tasks(map.processor().states()));
      }
    });
    return names;
  }
}
