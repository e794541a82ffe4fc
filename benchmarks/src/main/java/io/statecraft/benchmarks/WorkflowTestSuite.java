package io.statecraft.benchmarks;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;

import io.statecraft.testing.StatecraftExtension;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.FilterResult;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.PostDiscoveryFilter;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The examples' workflow tests run as one JUnit suite of {@code --tests} tests (500 unless
 * told), in this JVM, through the JUnit Platform Launcher as Surefire runs them: one launcher
 * session (so statecraft-testing's coverage listener records the whole suite and writes its
 * report when it closes), the Jupiter engine, the classes found in the package
 * {@code io.statecraft.examples}, found once and then selected by name.
 *
 * <pre>
 * java -cp benchmarks/target/statecraft-benchmarks.jar io.statecraft.benchmarks.WorkflowTestSuite \
 *     [--tests 500] [--slowest 10] [--config junit.jupiter.execution.timeout.default=5m ...]
 * </pre>
 *
 * <p>A workflow test class is one that registers {@link StatecraftExtension} in a static field;
 * the examples' other tests (the golden ASL files, the intrinsic functions' parser) run no
 * workflow and are left out. The N workflow tests found run in rounds, each round one
 * {@code Launcher.execute} of the whole set (discovery included, as in Surefire's one run), until
 * the suite has run {@code --tests}: {@code tests / N} full rounds, then the first
 * {@code tests % N} tests in discovery order, selected by unique id. Prints the total wall time,
 * tests per second, each test's median and p99, each class's time, the slowest tests, and every
 * test or class that failed or was skipped; exits 1 if any did.
 *
 * <p>The coverage report goes into a temporary folder unless {@code -Dstatecraft.coverage.dir}
 * says where; {@code --config KEY=VALUE} passes JUnit configuration parameters (the project's
 * own Surefire setting is {@code junit.jupiter.execution.timeout.default=5m} with
 * {@code junit.jupiter.execution.timeout.thread.mode.default=SEPARATE_THREAD}).
 */
public final class WorkflowTestSuite {

  private static final String PACKAGE = "io.statecraft.examples";

  private WorkflowTestSuite() {}

  public static void main(String[] args) throws IOException {
    int target = Integer.parseInt(option(args, "--tests", "500"));
    int slowest = Integer.parseInt(option(args, "--slowest", "10"));
    Map<String, String> config = config(args);
    if (System.getProperty("statecraft.coverage.dir") == null) {
      System.setProperty("statecraft.coverage.dir",
          Files.createTempDirectory("statecraft-suite-coverage").toString());
    }
    SuiteRun run = new SuiteRun();
    run.jvmStartMillis = ManagementFactory.getRuntimeMXBean().getUptime();
    TestTimes times = new TestTimes();
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long mainCpuStart = threads.getCurrentThreadCpuTime();
    long mainBytesStart = threads.getCurrentThreadAllocatedBytes();
    long cpuStart = CpuUse.processCpuNanos();
    long start = System.nanoTime();
    LauncherSession session = LauncherFactory.openSession();
    List<TestIdentifier> found = tests(session.getLauncher()
        .discover(request(List.of(selectPackage(PACKAGE)), config)));
    run.discoveryNanos = System.nanoTime() - start;
    if (found.isEmpty()) {
      System.err.println("no workflow test found in package " + PACKAGE
          + ": is the examples' test jar on the class path?");
      System.exit(1);
    }
    runRounds(session.getLauncher(), found, target, config, times, run);
    long closeStart = System.nanoTime();
    session.close();
    run.closeNanos = System.nanoTime() - closeStart;
    run.totalNanos = System.nanoTime() - start;
    run.cpuNanos = CpuUse.processCpuNanos() - cpuStart;
    run.mainCpuNanos = threads.getCurrentThreadCpuTime() - mainCpuStart;
    run.mainBytes = threads.getCurrentThreadAllocatedBytes() - mainBytesStart;
    boolean passed = new SuiteReport(run, times, target).print(System.out, slowest);
    System.exit(passed ? 0 : 1);
  }

  /** {@code target / N} rounds of the {@code found} tests, then the first {@code target % N}. */
  private static void runRounds(Launcher launcher, List<TestIdentifier> found, int target,
      Map<String, String> config, TestTimes times, SuiteRun run) {
    // As Surefire does: the classes found once, then selected by name.
    LauncherDiscoveryRequest classes = request(found.stream()
        .map(test -> ((MethodSource) test.getSource().orElseThrow()).getClassName()).distinct()
        .map(name -> (DiscoverySelector) selectClass(name)).toList(), config);
    run.found = found.size();
    run.fullRounds = target / found.size();
    run.rest = target % found.size();
    for (int round = 1; round <= run.fullRounds + (run.rest > 0 ? 1 : 0); round++) {
      times.round(round);
      LauncherDiscoveryRequest request = round <= run.fullRounds ? classes
          : request(found.subList(0, run.rest).stream()
              .map(test -> (DiscoverySelector) selectUniqueId(test.getUniqueId())).toList(),
              config);
      long roundStart = System.nanoTime();
      launcher.execute(request, times);
      run.roundNanos.add(System.nanoTime() - roundStart);
    }
  }

  /** What the program measured besides each test's and class's time. */
  static final class SuiteRun {
    int found;
    int fullRounds;
    int rest;
    long jvmStartMillis;
    long discoveryNanos;
    final List<Long> roundNanos = new ArrayList<>();
    long closeNanos;
    long totalNanos;
    long cpuNanos;
    /** The main thread's CPU and allocations: where JUnit runs the tests. */
    long mainCpuNanos;
    long mainBytes;
  }

  private static LauncherDiscoveryRequest request(List<? extends DiscoverySelector> selectors,
      Map<String, String> config) {
    return LauncherDiscoveryRequestBuilder.request().selectors(selectors)
        .filters(workflowClasses()).configurationParameters(config).build();
  }

  /** The tests of {@code plan} in discovery order. */
  private static List<TestIdentifier> tests(TestPlan plan) {
    List<TestIdentifier> tests = new ArrayList<>();
    plan.getRoots().forEach(root -> collect(plan, root, tests));
    return tests;
  }

  private static void collect(TestPlan plan, TestIdentifier node, List<TestIdentifier> into) {
    if (node.isTest()) {
      into.add(node);
    }
    plan.getChildren(node).forEach(child -> collect(plan, child, into));
  }

  /** Keeps what belongs to a class with a static {@link StatecraftExtension} field. */
  private static PostDiscoveryFilter workflowClasses() {
    return descriptor -> {
      Class<?> type = testClass(descriptor);
      if (type == null || registersStatecraft(type)) {
        return FilterResult.included("a workflow test");
      }
      return FilterResult.excluded(type.getName() + " runs no workflow");
    };
  }

  private static Class<?> testClass(TestDescriptor descriptor) {
    for (Optional<TestDescriptor> d = Optional.of(descriptor); d.isPresent();
        d = d.get().getParent()) {
      TestSource source = d.get().getSource().orElse(null);
      if (source instanceof ClassSource c) {
        return c.getJavaClass();
      }
      if (source instanceof MethodSource m) {
        return m.getJavaClass();
      }
    }
    return null;
  }

  private static boolean registersStatecraft(Class<?> type) {
    for (Field field : type.getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers())
          && field.getType() == StatecraftExtension.class) {
        return true;
      }
    }
    return false;
  }

  private static Map<String, String> config(String[] args) {
    Map<String, String> config = new HashMap<>();
    for (int i = 0; i < args.length - 1; i++) {
      if (args[i].equals("--config")) {
        String[] pair = args[i + 1].split("=", 2);
        if (pair.length != 2) {
          throw new IllegalArgumentException("--config must be KEY=VALUE, was " + args[i + 1]);
        }
        config.put(pair[0].trim(), pair[1].trim());
      }
    }
    return config;
  }

  private static String option(String[] args, String name, String fallback) {
    for (int i = 0; i < args.length - 1; i++) {
      if (args[i].equals(name)) {
        return args[i + 1];
      }
    }
    return fallback;
  }
}
