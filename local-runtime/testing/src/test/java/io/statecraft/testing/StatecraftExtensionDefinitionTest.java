package io.statecraft.testing;

import static io.statecraft.dsl.Steps.json;
import static io.statecraft.dsl.Steps.pass;
import static io.statecraft.dsl.Steps.stateMachine;
import static io.statecraft.testing.StatecraftAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.statecraft.asl.StateMachine;
import io.statecraft.dsl.Workflow;
import io.statecraft.local.LocalStateMachine;
import io.statecraft.local.LocalStepFunctions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/** A workflow's definition is built once per extension and loaded into each test's runtime. */
class StatecraftExtensionDefinitionTest {

  /** Counts the instances made and the definitions built. */
  public static final class Counted implements Workflow {
    static final AtomicInteger MADE = new AtomicInteger();
    static final AtomicInteger DEFINED = new AtomicInteger();

    public Counted() {
      MADE.incrementAndGet();
    }

    @Override
    public StateMachine define() {
      DEFINED.incrementAndGet();
      return stateMachine().startWith(pass("Greet").result(json("{\"hello\": \"${Who}\"}"))).build();
    }
  }

  /** A workflow whose definition cannot be built. */
  public static final class Broken implements Workflow {
    @Override
    public StateMachine define() {
      throw new IllegalStateException("no states yet");
    }
  }

  /** Run by the launcher below, not by the build. */
  @EnabledIf("launchedByTheTestBelow")
  static class ThreeTests {
    static final List<LocalStepFunctions> RUNTIMES = new ArrayList<>();
    static final List<LocalStateMachine> MACHINES = new ArrayList<>();

    static boolean launchedByTheTestBelow() {
      return ExampleLauncher.launching();
    }

    @RegisterExtension
    static StatecraftExtension sfn = StatecraftExtension
        .with(runtime -> runtime.substitute("Who", "world"))
        .workflow(Counted.class);

    LocalStepFunctions runtime;
    LocalStateMachine greet;

    @Test
    void first() {
      ran();
    }

    @Test
    void second() {
      ran();
    }

    @Test
    void third() {
      ran();
    }

    private void ran() {
      RUNTIMES.add(runtime);
      MACHINES.add(greet);
      assertThat(greet.run("{}")).succeeded().hasOutput("{\"hello\": \"world\"}");
    }
  }

  /** Run by the launcher below, not by the build. */
  @EnabledIf("launchedByTheTestBelow")
  static class BrokenTwice {
    static boolean launchedByTheTestBelow() {
      return ExampleLauncher.launching();
    }

    @RegisterExtension
    static StatecraftExtension sfn = StatecraftExtension.with(runtime -> { })
        .workflow(Broken.class);

    @Test
    void first(LocalStateMachine broken) {
      broken.run("{}");
    }

    @Test
    void second(LocalStateMachine broken) {
      broken.run("{}");
    }
  }

  @Test
  void should_build_the_definition_once_and_load_it_into_each_tests_own_runtime() {
    // GIVEN
    Counted.MADE.set(0);
    Counted.DEFINED.set(0);
    // WHEN
    TestExecutionSummary summary = ExampleLauncher.launch(ThreeTests.class);
    // THEN
    assertThat(summary.getTestsSucceededCount()).isEqualTo(3);
    assertThat(Counted.MADE).hasValue(1);
    assertThat(Counted.DEFINED).hasValue(1);
    assertThat(ThreeTests.RUNTIMES).doesNotHaveDuplicates().hasSize(3);
    assertThat(ThreeTests.MACHINES).doesNotHaveDuplicates().hasSize(3);
  }

  @Test
  void should_fail_every_test_when_the_definition_cannot_be_built() {
    TestExecutionSummary summary = ExampleLauncher.launch(BrokenTwice.class);

    assertThat(summary.getTestsFailedCount()).isEqualTo(2);
    assertThat(summary.getFailures()).allSatisfy(failure ->
        assertThat(failure.getException()).hasMessage("no states yet"));
  }
}
