package io.statecraft.testing.coverage;

import io.statecraft.asl.StateMachine;
import io.statecraft.local.spi.ExecutionObserver;
import io.statecraft.testing.coverage.internal.ReportFiles;
import io.statecraft.testing.coverage.internal.Tally;
import io.statecraft.testing.coverage.internal.Workflow;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Records the coverage of every execution that ends in this JVM, in any runtime, from
 * {@link #start()} to {@link #close()}, and writes the report. JUnit runs get one without asking
 * (see {@link StatecraftCoverageListener}); start one yourself to check coverage in a test, or
 * to record a program's runs.
 *
 * <pre>{@code
 * try (CoverageRecorder recorder = CoverageRecorder.start()) {
 *   sfn.load(Path.of("order.asl.json")).run("{\"total\": 42}");
 *   assertThat(recorder.workflow("order").missed(WorkflowCoverage.Kind.STATE)).isEmpty();
 *   recorder.writeReport(Path.of("target/statecraft-coverage"));
 * }
 * }</pre>
 */
public final class CoverageRecorder implements AutoCloseable {

  /** By definition object: the hash is computed once per loaded definition, not per run. */
  private final Map<StateMachine, Tally> byDefinition = new IdentityHashMap<>();
  private final Map<String, Tally> byKey = new LinkedHashMap<>();
  private final ExecutionObserver.Installed installed;

  private CoverageRecorder() {
    this.installed = ExecutionObserver.install(this::finished);
  }

  /** Starts recording. */
  public static CoverageRecorder start() {
    return new CoverageRecorder();
  }

  private void finished(ExecutionObserver.Finished execution) {
    tally(execution.stateMachineName(), execution.definition()).add(execution);
  }

  private synchronized Tally tally(String name, StateMachine definition) {
    Tally known = byDefinition.get(definition);
    if (known != null && known.name().equals(name)) {
      return known;
    }
    Workflow empty = Workflow.empty(name, definition);
    Tally tally = byKey.computeIfAbsent(empty.key(), key -> new Tally(empty));
    byDefinition.put(definition, tally);
    return tally;
  }

  /** What was recorded so far, one coverage per workflow, sorted by name and definition hash. */
  public List<WorkflowCoverage> workflows() {
    List<WorkflowCoverage> all = new ArrayList<>();
    snapshot().forEach(workflow -> all.add(new WorkflowCoverage(workflow)));
    return Collections.unmodifiableList(all);
  }

  /**
   * The coverage of the workflow loaded as {@code name}.
   *
   * @throws IllegalStateException when no execution of it, or of several definitions under that
   *     name, was recorded
   */
  public WorkflowCoverage workflow(String name) {
    List<WorkflowCoverage> named = workflows().stream().filter(w -> w.name().equals(name))
        .toList();
    if (named.size() != 1) {
      throw new IllegalStateException("expected one recorded workflow named '" + name + "', found "
          + named.size() + " among " + workflows().stream().map(WorkflowCoverage::name).toList());
    }
    return named.get(0);
  }

  /**
   * Merges what was recorded into the report in {@code dir} ({@code coverage.json},
   * {@code index.html}, a page per workflow) and returns the coverage the report now shows.
   * Another definition under a recorded name replaces the old one's coverage; workflows this
   * recorder did not see stay.
   */
  public List<WorkflowCoverage> writeReport(Path dir) {
    List<WorkflowCoverage> written = new ArrayList<>();
    ReportFiles.write(dir, snapshot()).forEach(w -> written.add(new WorkflowCoverage(w)));
    return Collections.unmodifiableList(written);
  }

  private synchronized List<Workflow> snapshot() {
    List<Workflow> all = new ArrayList<>();
    byKey.values().forEach(tally -> all.add(tally.snapshot()));
    all.sort(Comparator.comparing(Workflow::name).thenComparing(Workflow::hash));
    return all;
  }

  /** Stops recording; what was recorded can still be read and written. */
  @Override
  public void close() {
    installed.close();
  }
}
