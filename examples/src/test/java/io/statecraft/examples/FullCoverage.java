package io.statecraft.examples;

import io.statecraft.testing.coverage.CoverageRecorder;
import io.statecraft.testing.coverage.WorkflowCoverage;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Checks, once a test class has run, that its tests together entered every state of a workflow
 * and took every transition (each Next and End, each Choice rule and Default, each Catch),
 * inside Parallel branches and Map iterations too. It reads the coverage that statecraft-testing
 * records from the executions' histories, so the claim is verified, not assumed.
 *
 * <pre>{@code
 * @RegisterExtension
 * static FullCoverage coverage = new FullCoverage("OrderFulfillment");
 * }</pre>
 *
 * <p>The check runs only when every enabled test of the class ran: running one test alone does
 * not fail for the states the others cover.
 */
final class FullCoverage implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {

  private final String workflow;
  private final Set<String> testsRun = ConcurrentHashMap.newKeySet();
  private CoverageRecorder recorder;

  /** The check of the workflow loaded as {@code workflow} ({@code Workflow.name()}). */
  FullCoverage(String workflow) {
    this.workflow = workflow;
  }

  /** The states never entered and the transitions never taken, each on a line; empty if none. */
  static List<String> missed(WorkflowCoverage coverage) {
    List<String> missed = new ArrayList<>();
    coverage.missed(WorkflowCoverage.Kind.STATE)
        .forEach(state -> missed.add("state '" + state + "' was never entered"));
    coverage.missed(WorkflowCoverage.Kind.TRANSITION)
        .forEach(transition -> missed.add("transition " + transition + " was never taken"));
    return missed;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    // The extension is static: a class run again in the same JVM checks that run's tests only.
    testsRun.clear();
    recorder = CoverageRecorder.start();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    testsRun.add(context.getRequiredTestMethod().getName());
  }

  @Override
  public void afterAll(ExtensionContext context) {
    recorder.close();
    int enabled = 0;
    for (Method method : context.getRequiredTestClass().getDeclaredMethods()) {
      if (method.isAnnotationPresent(Test.class) && !method.isAnnotationPresent(Disabled.class)) {
        enabled++;
      }
    }
    if (testsRun.size() < enabled) {
      return;
    }
    List<String> missed = missed(recorder.workflow(workflow));
    if (!missed.isEmpty()) {
      throw new AssertionError("The tests of " + context.getDisplayName() + " leave parts of "
          + workflow + " untested:\n  " + String.join("\n  ", missed));
    }
  }
}
