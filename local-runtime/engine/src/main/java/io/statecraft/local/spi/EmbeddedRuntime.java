package io.statecraft.local.spi;

import io.statecraft.asl.StateMachine;
import io.statecraft.local.LocalStateMachine;
import io.statecraft.local.LocalStepFunctions;
import io.statecraft.local.RunningExecution;
import io.statecraft.local.internal.engine.Engine;
import io.statecraft.local.internal.engine.Handles;
import io.statecraft.local.internal.engine.Machine;
import io.statecraft.local.internal.json.Values;
import io.statecraft.local.internal.kernel.Clock;
import io.statecraft.local.internal.kernel.Run;
import io.statecraft.local.task.ActivityTask;
import io.statecraft.local.task.TaskHandler;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * A local runtime as a program that embeds it behind an API of its own sees it (the Step
 * Functions emulator): the runtime users know, plus what only such a host needs — executions with
 * per-execution mocks, Express executions, the activity queues workers poll, and the clock.
 *
 * <pre>{@code
 * EmbeddedRuntime embedded = EmbeddedRuntime.build(LocalStepFunctions.builder()
 *     .clock(ExecutionClock.system()), host);
 * LocalStateMachine machine = embedded.runtime().load("Orders", definitionJson);
 * RunningExecution running = embedded.start(machine, "order-1", input, Map.of());
 * }</pre>
 */
public final class EmbeddedRuntime {

  private final LocalStepFunctions runtime;
  private final Engine engine;

  private EmbeddedRuntime(LocalStepFunctions runtime) {
    this.runtime = runtime;
    this.engine = Handles.access().engine(runtime);
  }

  /** Builds the runtime {@code builder} describes, hosted by {@code host}. */
  public static EmbeddedRuntime build(LocalStepFunctions.Builder builder, RuntimeHost host) {
    Handles.EmbedderSettings settings = new Handles.EmbedderSettings(
        (arn, name, input) -> Engine.child(Handles.access().run(host.startChild(arn, name, input))),
        host::activityExists, host.unansweredCallbacksSent());
    EmbeddedRuntime embedded = new EmbeddedRuntime(
        (LocalStepFunctions) Handles.access().build(builder, settings));
    embedded.engine.unboundAdvice(host::unboundTaskAdvice);
    if (overridesRecorded(host)) {
      embedded.engine.recordedEvents(host::recorded);
    }
    return embedded;
  }

  /** Whether {@code host} keeps events: when not, runs make no event objects for it. */
  private static boolean overridesRecorded(RuntimeHost host) {
    try {
      return host.getClass().getMethod("recorded", String.class,
          io.statecraft.local.history.HistoryEvent.class).getDeclaringClass() != RuntimeHost.class;
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("RuntimeHost.recorded is missing", e);
    }
  }

  /** The runtime, as users know it. */
  public LocalStepFunctions runtime() {
    return runtime;
  }

  /**
   * Loads {@code definition} named {@code name} in {@code region}, whatever the runtime's own
   * region: the machine's ARN and its executions' are in that region, as AWS keeps a machine in
   * the region it was created in.
   */
  public LocalStateMachine load(String name, StateMachine definition, String region) {
    return load(name, definition, region, false);
  }

  /**
   * {@link #load(String, StateMachine, String)} of a definition the embedder has just validated
   * itself ({@code Asl.readValid} of the text it was sent): the runtime does not validate it a
   * second time, which for a machine of thousands of states is most of the cost of a load.
   */
  public LocalStateMachine loadValidated(String name, StateMachine definition, String region) {
    return load(name, definition, region, true);
  }

  private LocalStateMachine load(String name, StateMachine definition, String region,
      boolean validated) {
    if (region == null || region.isEmpty()) {
      throw new IllegalArgumentException("region must not be empty, was " + region);
    }
    return (LocalStateMachine) Handles.access().load(runtime, name, definition, region,
        validated);
  }

  /**
   * Starts an execution of {@code machine} named {@code executionName} in the background, with
   * {@code stateMocks}: handlers for states by name whose results are the raw service results
   * (no Lambda {@code :invoke} wrapping), as the mocked responses of a Step Functions Local mock
   * file are; other states use the runtime's handlers.
   */
  public RunningExecution start(LocalStateMachine machine, String executionName, JsonNode input,
      Map<String, TaskHandler> stateMocks) {
    return start(machine, executionName, input, stateMocks, false, Long.MAX_VALUE, null);
  }

  /**
   * {@link #start(LocalStateMachine, String, JsonNode, Map)} with the role of the state machine
   * ({@code roleArn} of ExecutionStarted, {@code $$.Execution.RoleArn}); null for the runtime's.
   */
  public RunningExecution start(LocalStateMachine machine, String executionName, JsonNode input,
      Map<String, TaskHandler> stateMocks, String roleArn) {
    return start(machine, executionName, input, stateMocks, false, Long.MAX_VALUE, roleArn);
  }

  /**
   * Starts an Express execution, as StartExecution and StartSyncExecution do for an EXPRESS state
   * machine: its ARN ({@code $$.Execution.Id}) is {@code arn:aws:states:REGION:ACCOUNT:express:
   * MACHINE:NAME:ID}, and once it has run for {@code limit} (on AWS
   * {@link LocalStepFunctions#EXPRESS_DURATION_QUOTA}) or the definition's TimeoutSeconds,
   * whichever is shorter, it ends TIMED_OUT with error {@code States.Timeout}.
   */
  public RunningExecution startExpress(LocalStateMachine machine, String executionName,
      JsonNode input, Map<String, TaskHandler> stateMocks, Duration limit) {
    return startExpress(machine, executionName, input, stateMocks, limit, null);
  }

  /** {@link #startExpress(LocalStateMachine, String, JsonNode, Map, Duration)} with a role. */
  public RunningExecution startExpress(LocalStateMachine machine, String executionName,
      JsonNode input, Map<String, TaskHandler> stateMocks, Duration limit, String roleArn) {
    if (limit.isNegative() || limit.isZero()) {
      throw new IllegalArgumentException("limit must be > 0, was " + limit);
    }
    return start(machine, executionName, input, stateMocks, true, limit.toMillis(), roleArn);
  }

  private RunningExecution start(LocalStateMachine machine, String executionName, JsonNode input,
      Map<String, TaskHandler> stateMocks, boolean express, long limitMillis, String roleArn) {
    if (executionName == null || executionName.isEmpty()) {
      throw new IllegalArgumentException("executionName must not be empty, was " + executionName);
    }
    Machine loaded = Handles.access().machine(machine);
    Run run = engine.newRun(loaded, executionName, Values.copy(input), engine.dispatcher(stateMocks),
        express, limitMillis, roleArn);
    return (RunningExecution) Handles.access().start(loaded, run);
  }

  /**
   * Runs again, in this runtime, an execution that an earlier runtime ran as far as
   * {@code recorded} (its history so far, ExecutionStarted first, as {@link RuntimeHost#recorded}
   * handed it over), and goes on with it from there: after a restart, an execution goes on from
   * where it was. It keeps its ARN, start date and event ids.
   *
   * <p>The definition runs again from {@code input}, each event at its recorded time, and every
   * answer from outside (task results and failures, callback answers, activity workers, child
   * executions started) is taken from {@code recorded}, nothing is called; the events it
   * regenerates are checked against the recorded ones and not handed to the host again. Then
   * the execution is live: a Wait or a back-off fires at its original due time (on the wall
   * clock too), a task waiting for a token waits with the same token, an activity task no worker
   * took is back in its activity's queue, one a worker took stays with that worker, and a call
   * under way when the history was cut is made again.
   *
   * <pre>{@code
   * RunningExecution running = embedded.resume(machine, "order-1", input, Map.of(), null, kept);
   * }</pre>
   *
   * @param roleArn as for {@link #start(LocalStateMachine, String, JsonNode, Map, String)}
   * <p>A redriven execution (ExecutionRedriven in {@code recorded}) goes on in its latest
   * redrive: its runs before are replayed to their recorded ends first.
   *
   * @throws IllegalArgumentException when {@code recorded} is not the history of a running
   *     Standard execution (it is empty, does not start with ExecutionStarted, has gaps in its
   *     ids, or has ended)
   * @throws IllegalStateException when the execution does not run as recorded (another
   *     definition or input, or an answer the history holds differs), naming the first event
   *     that differs, or when it reached what cannot be resumed (a distributed Map's Map Run, a
   *     child execution a {@code .sync} task still waits for): the execution cannot go on
   */
  public RunningExecution resume(LocalStateMachine machine, String executionName, JsonNode input,
      Map<String, TaskHandler> stateMocks, String roleArn,
      java.util.List<io.statecraft.local.history.HistoryEvent> recorded) {
    if (executionName == null || executionName.isEmpty()) {
      throw new IllegalArgumentException("executionName must not be empty, was " + executionName);
    }
    Machine loaded = Handles.access().machine(machine);
    Run run = engine.resumedRun(loaded, executionName, Values.copy(input),
        engine.dispatcher(stateMocks), roleArn, recorded);
    return (RunningExecution) Handles.access().resume(loaded, run);
  }

  /**
   * GetActivityTask: the next task scheduled on {@code activityArn}, waiting up to {@code wait}
   * for one; empty when none came. {@code workerName} may be null.
   */
  public Optional<ActivityTask> pollActivityTask(String activityArn, String workerName,
      Duration wait) {
    return engine.tokens().poll(activityArn, workerName, wait);
  }

  /**
   * The ARN of the Map Run that started the child execution {@code executionArn}, or empty when
   * no Map Run did: DescribeExecution's {@code mapRunArn}.
   */
  public Optional<String> mapRunOf(String executionArn) {
    return Optional.ofNullable(engine.mapRuns().mapRunOf(executionArn));
  }

  /**
   * DeleteStateMachine for {@code execution}'s state machine: as on AWS, it fails with
   * States.Runtime and {@code cause} at its next state transition (a redriven execution in its
   * latest run). No effect once it has ended.
   */
  public void stateMachineDeleted(RunningExecution execution, String cause) {
    Handles.access().run(execution).latest().machineDeleted(cause);
  }

  /**
   * The region of the execution whose task waits on {@code taskToken}, or empty when the token
   * is not one this runtime issued: SendTask* through another region's endpoint must not find it.
   */
  public Optional<String> taskTokenRegion(String taskToken) {
    return engine.tokens().region(taskToken);
  }

  /** Forgets the queue of a deleted activity. */
  public void forgetActivity(String activityArn) {
    engine.tokens().forget(activityArn);
  }

  /** The runtime's clock, for the host's own dates (creation dates, say). */
  public InstantSource clock() {
    Clock clock = engine.clock();
    return () -> Instant.ofEpochMilli(clock.millis());
  }
}
