package io.statecraft.testing.distributed;

import static org.assertj.core.api.Assertions.assertThat;

import io.statecraft.local.LocalStepFunctions;
import io.statecraft.testing.coverage.CoverageRecorder;
import io.statecraft.testing.coverage.WorkflowCoverage;
import org.junit.jupiter.api.Test;

/** The states of a distributed Map's item processor count in their workflow's coverage. */
class DistributedMapCoverageTest {

  @Test
  void the_states_child_executions_ran_are_covered_in_the_parent_workflow() {
    try (CoverageRecorder recorder = CoverageRecorder.start();
        LocalStepFunctions runtime = LocalStepFunctions.newInstance()) {
      runtime.load("Orders", DistributedMapTest.machine("", """
          {"Type": "Pass", "Next": "Done"}, "Done": {"Type": "Succeed"}""")).run("[1, 2]");

      WorkflowCoverage coverage = recorder.workflow("Orders");
      for (WorkflowCoverage.Kind kind : WorkflowCoverage.Kind.values()) {
        assertThat(coverage.missed(kind)).as(kind.name()).isEmpty();
      }
      assertThat(coverage.covered(WorkflowCoverage.Kind.STATE))
          .contains("Process", "Work", "Done");
    }
  }
}
