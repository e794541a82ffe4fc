package io.statecraft.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Times every test and every test class of the runs it listens to, and keeps what did not pass.
 * A test's time is from the Launcher's start event to its finish event: the extensions' callbacks
 * (a fresh runtime, the workflow loaded, fields injected, the runtime closed) and the method.
 * A class's time adds its class-level callbacks ({@code beforeAll}, {@code afterAll}).
 */
final class TestTimes implements TestExecutionListener {

  /** One test's run: its class, method and display name, which round, how long, how it ended. */
  record Test(String className, String method, String displayName, int round, long nanos,
      TestExecutionResult.Status status) {}

  /** A test or class that did not pass (or was skipped), with the reason. */
  record Problem(String uniqueId, int round, String reason) {}

  private final Map<String, Long> started = new ConcurrentHashMap<>();
  private final List<Test> tests = new ArrayList<>();
  private final Map<String, Long> classNanos = new ConcurrentHashMap<>();
  private final List<Problem> problems = new ArrayList<>();
  private volatile int round;

  /** Times from now on belong to round {@code round} (1-based). */
  void round(int round) {
    this.round = round;
  }

  @Override
  public void executionStarted(TestIdentifier identifier) {
    started.put(identifier.getUniqueId(), System.nanoTime());
  }

  @Override
  public void executionSkipped(TestIdentifier identifier, String reason) {
    synchronized (this) {
      problems.add(new Problem(identifier.getUniqueId(), round, "skipped: " + reason));
    }
  }

  @Override
  public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
    long nanos = System.nanoTime() - started.remove(identifier.getUniqueId());
    synchronized (this) {
      if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
        problems.add(new Problem(identifier.getUniqueId(), round, result.getStatus() + ": "
            + result.getThrowable().map(Throwable::toString).orElse("no cause given")));
      }
      if (identifier.isTest() && identifier.getSource().orElse(null) instanceof MethodSource m) {
        tests.add(new Test(m.getClassName(), m.getMethodName(), identifier.getDisplayName(),
            round, nanos, result.getStatus()));
      } else if (identifier.getSource().orElse(null) instanceof ClassSource c) {
        classNanos.merge(c.getClassName(), nanos, Long::sum);
      }
    }
  }

  synchronized List<Test> tests() {
    return List.copyOf(tests);
  }

  /** Each class's time over all rounds, its class-level callbacks included. */
  Map<String, Long> classNanos() {
    return Map.copyOf(classNanos);
  }

  synchronized List<Problem> problems() {
    return List.copyOf(problems);
  }
}
