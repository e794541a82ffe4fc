package io.statecraft.testing.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.statecraft.local.LocalStepFunctions;
import io.statecraft.testing.coverage.WorkflowCoverage.Kind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

class StatecraftCoverageListenerTest {

  static volatile boolean launching;

  @TempDir
  Path dir;

  /** Tests a user might write, run only by the launcher below, in a session of its own. */
  @EnabledIf("launchedByTheTestBelow")
  static class UserTests {
    static boolean launchedByTheTestBelow() {
      return launching;
    }

    @Test
    void takesTheDefault() {
      try (LocalStepFunctions sfn = LocalStepFunctions.newInstance()) {
        sfn.load("small", Fixtures.SMALL).run("{\"ok\": true}");
      }
    }

    @Test
    void retriesAndCatches() {
      try (LocalStepFunctions sfn = Fixtures.failing("Flaky", "Broken")) {
        sfn.load("small", Fixtures.SMALL).run("{\"ok\": false}");
      }
    }
  }

  /** Runs {@link UserTests} in a launcher session with {@code listener} as its only listener. */
  private static long runUserTests(LauncherSessionListener listener) {
    SummaryGeneratingListener summary = new SummaryGeneratingListener();
    launching = true;
    try (LauncherSession session = LauncherFactory.openSession(LauncherConfig.builder()
        .enableLauncherSessionListenerAutoRegistration(false)
        .addLauncherSessionListeners(listener).build())) {
      session.getLauncher().execute(LauncherDiscoveryRequestBuilder.request()
          .selectors(selectClass(UserTests.class)).build(), summary);
    } finally {
      launching = false;
    }
    return summary.getSummary().getTestsSucceededCount();
  }

  @Test
  void should_write_the_report_when_the_test_session_ends() throws IOException {
    long passed = runUserTests(new StatecraftCoverageListener(dir));

    assertThat(passed).isEqualTo(2);
    List<WorkflowCoverage> report;
    try (CoverageRecorder nothingMore = CoverageRecorder.start()) {
      report = nothingMore.writeReport(dir);
    }
    assertThat(report).extracting(WorkflowCoverage::name).containsExactly("small");
    assertThat(report.get(0).executions()).isEqualTo(2);
    assertThat(report.get(0).missed(Kind.TRANSITION)).containsExactly("Call (End)");
    assertThat(Files.readString(dir.resolve("index.html"), StandardCharsets.UTF_8))
        .contains("<tr data-workflow=\"small\">");
  }

  @Test
  void should_add_up_the_sessions_of_two_runs() {
    runUserTests(new StatecraftCoverageListener(dir));
    runUserTests(new StatecraftCoverageListener(dir));

    try (CoverageRecorder nothingMore = CoverageRecorder.start()) {
      assertThat(nothingMore.writeReport(dir).get(0).executions()).isEqualTo(4);
    }
  }

  @Test
  void should_write_nothing_when_no_workflow_ran() {
    StatecraftCoverageListener listener = new StatecraftCoverageListener(dir.resolve("report"));
    listener.launcherSessionOpened(null);
    listener.launcherSessionClosed(null);

    assertThat(dir.resolve("report")).doesNotExist();
  }

  @Test
  void should_leave_the_report_to_the_outermost_session() {
    // This test runs inside the session Surefire opened, whose listener records already.
    Assumptions.assumeFalse(Boolean.getBoolean("statecraft.coverage.skip"),
        "the outer session records only when coverage is on");
    String before = System.getProperty("statecraft.coverage.dir");
    System.setProperty("statecraft.coverage.dir", dir.toString());
    try {
      StatecraftCoverageListener nested = new StatecraftCoverageListener();
      nested.launcherSessionOpened(null);
      try (LocalStepFunctions sfn = LocalStepFunctions.newInstance()) {
        sfn.load("small", Fixtures.SMALL).run("{\"ok\": true}");
      }
      nested.launcherSessionClosed(null);
    } finally {
      if (before == null) {
        System.clearProperty("statecraft.coverage.dir");
      } else {
        System.setProperty("statecraft.coverage.dir", before);
      }
    }

    assertThat(dir.resolve("coverage.json")).doesNotExist();
  }

  @Test
  void should_be_registered_for_the_junit_platform_to_find() {
    assertThat(ServiceLoader.load(LauncherSessionListener.class).stream()
        .map(ServiceLoader.Provider::type))
        .contains(StatecraftCoverageListener.class);
  }
}
