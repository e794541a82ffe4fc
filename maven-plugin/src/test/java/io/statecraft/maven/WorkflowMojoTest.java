package io.statecraft.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.statecraft.compiler.Asl;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkflowMojoTest {

  private static CompiledWorkflow workflow(String name, String origin) {
    return new CompiledWorkflow(name, origin, Asl.read("""
        {"StartAt": "Done", "States": {"Done": {"Type": "Succeed"}}}"""), List.of());
  }

  @Test
  void should_refuse_an_asl_file_named_like_a_java_workflow() {
    // GIVEN
    List<String> problems = new ArrayList<>();

    // WHEN
    int clashes = WorkflowMojo.clashes(List.of(workflow("Orders", "com.example.Orders"),
        workflow("refund", "src/main/statecraft/refund.asl.json"),
        workflow("Orders", "src/main/statecraft/Orders.asl.json")), problems);

    // THEN
    assertThat(clashes).isEqualTo(1);
    assertThat(problems).containsExactly("Orders (src/main/statecraft/Orders.asl.json): name"
        + " \"Orders\" is already used by com.example.Orders; state machine names must be unique"
        + " (rename the file or change name())");
  }

  @Test
  void should_report_what_escapes_a_goal_as_a_bug_in_one_message() throws Exception {
    // GIVEN a goal whose work fails as a bug would
    WorkflowMojo goal = new WorkflowMojo() {
      @Override
      void run() {
        throw new IllegalStateException("no plan");
      }
    };

    // WHEN
    Throwable failure = org.assertj.core.api.Assertions.catchThrowable(goal::execute);

    // THEN
    assertThat(failure).isInstanceOf(org.apache.maven.plugin.MojoExecutionException.class)
        .hasMessage("internal error: java.lang.IllegalStateException: no plan (a bug in"
            + " statecraft: please report it with the goal and the files it read; mvn -e prints"
            + " where it happened)");
  }
}
