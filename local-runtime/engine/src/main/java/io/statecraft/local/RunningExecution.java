package io.statecraft.local;

import io.statecraft.local.history.History;
import io.statecraft.local.history.HistoryEvent;
import io.statecraft.local.internal.kernel.Clock;
import io.statecraft.local.internal.kernel.Run;
import io.statecraft.local.internal.kernel.TimeSkipper;
import io.statecraft.local.internal.kernel.WaitCause;
import io.statecraft.local.internal.kernel.Waiting;
import io.statecraft.local.task.TaskCall;
import io.statecraft.local.task.TaskCallback;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import tools.jackson.databind.JsonNode;

/**
 * An execution running in the background, as StartExecution leaves it: its history so far, a way
 * to stop it, and its end once it comes.
 *
 * <pre>{@code
 * RunningExecution running = machine.start("order-42", Json.parse("{\"id\":42}"));
 * String token = running.awaitTaskToken("WaitForApproval", Duration.ofSeconds(5));
 * sfn.sendTaskSuccess(token, "{\"approved\":true}");
 * Execution done = running.await(Duration.ofSeconds(5));
 * }</pre>
 *
 * <p>On the virtual clock, time skips while a test waits here ({@link #await},
 * {@link #awaitTaskToken}), as in Temporal's test environment, and stands still otherwise:
 * {@link #advanceClock} steps it by hand, and {@link #waitingAt()} tells where it stopped.
 */
public final class RunningExecution {

  /** How long {@link #waitingAt} lets a busy execution settle, in real time. */
  private static final long SETTLE_NANOS = TimeUnit.SECONDS.toNanos(10);

  private final LocalStateMachine machine;
  private final Run run;
  private final CompletableFuture<Execution> end;

  RunningExecution(LocalStateMachine machine, Run run) {
    this.machine = machine;
    this.run = run;
    this.end = run.outcome().thenApply(outcome -> Execution.of(machine, run, outcome));
  }

  Run run() {
    return run;
  }

  /** The execution's ARN. */
  public String arn() {
    return run.executionArn;
  }

  /** The execution's name. */
  public String name() {
    return run.executionName;
  }

  /** The machine it runs. */
  public LocalStateMachine stateMachine() {
    return machine;
  }

  /** Its input (a copy of its own). */
  public JsonNode input() {
    return run.input.deepCopy();
  }

  /** When it started, on its clock. */
  public Instant startDate() {
    return Instant.ofEpochMilli(run.startMillis);
  }

  /** How many times it was redriven: 0 until a redrive. */
  public int redriveCount() {
    return run.redriveCount;
  }

  /** When it was last redriven, or empty if never. */
  public Optional<Instant> redriveDate() {
    return run.redriveMillis < 0 ? Optional.empty()
        : Optional.of(Instant.ofEpochMilli(run.redriveMillis));
  }

  /**
   * Why a redrive would be refused now (AWS's redrive status reason: {@code Execution is RUNNING
   * and cannot be redriven}, ...), or empty when it can be redriven.
   */
  public Optional<String> notRedrivableReason() {
    try {
      ExecutionNotRedrivableException.check(run.latest());
      return Optional.empty();
    } catch (ExecutionNotRedrivableException e) {
      return Optional.of(e.getMessage());
    }
  }

  /** Whether it has ended. */
  public boolean isDone() {
    return end.isDone();
  }

  /** The ended execution, or empty while it runs. */
  public Optional<Execution> result() {
    return end.isDone() ? Optional.of(end.join()) : Optional.empty();
  }

  /** The events recorded so far, in id order (a snapshot). */
  public List<HistoryEvent> events() {
    return run.events();
  }

  /**
   * Stops it as StopExecution does: it ends ABORTED with an ExecutionAborted event carrying
   * {@code error} and {@code cause} (both may be null). No effect once it has ended.
   */
  public void stop(String error, String cause) {
    if (!end.isDone()) {
      run.stop(error, cause);
    }
  }

  /**
   * Waits for the end; throws {@link IllegalStateException} if it does not come within
   * {@code timeout} of real time. On the virtual clock, time skips meanwhile: whenever no
   * execution of the runtime has anything to do but wait, the clock jumps to the earliest timer
   * (a Wait, a back-off, a task's TimeoutSeconds or HeartbeatSeconds), so a year-long Wait ends
   * at once and a task token nobody answers times out as it would on AWS.
   */
  public Execution await(Duration timeout) {
    TimeSkipper.Result result;
    try {
      result = run.clock().skipper().await(end::isDone,
          run.clock().realDeadline(timeout.toNanos()), Long.MAX_VALUE);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for '" + name() + "'", e);
    }
    if (result != TimeSkipper.Result.DONE) {
      throw new IllegalStateException("execution '" + name() + "' still running after "
          + timeout + Run.Parked.describe(run.parked()) + "; events so far:\n" + new History(events()));
    }
    try {
      return end.join();
    } catch (CompletionException e) {
      throw new IllegalStateException("execution '" + name() + "' crashed", e.getCause());
    }
  }

  /**
   * The states it waits in now, and what for, once it has nothing left to do but wait (empty
   * once it has ended). Time does not move meanwhile: a test that steps with
   * {@link #advanceClock} sees where each step leaves it. Throws {@link IllegalStateException}
   * if it keeps running (a handler on its thread) for more than ten seconds of real time.
   */
  public List<WaitingState> waitingAt() {
    Run.Parked parked = settle(() -> true);
    return parked == null ? List.of() : waitingStates(parked.waits());
  }

  /**
   * Blocks, without skipping time, until {@code ready} holds and the run has nothing left to do
   * but wait; returns where it parked, or null once it has ended.
   */
  private Run.Parked settle(BooleanSupplier ready) {
    BooleanSupplier settled = () -> end.isDone() || ready.getAsBoolean() && run.settled() != null;
    long deadline = run.clock().realDeadline(SETTLE_NANOS);
    while (true) {
      Run.Parked parked = run.settled();
      if (end.isDone()) {
        return null;
      }
      if (parked != null && ready.getAsBoolean()) {
        return parked;
      }
      try {
        if (run.clock().skipper().awaitWithoutSkipping(settled, deadline)
            != TimeSkipper.Result.DONE) {
          throw new IllegalStateException("execution '" + name() + "' is still busy after ten"
              + " seconds; events so far:\n" + new History(events()));
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for '" + name() + "'", e);
      }
    }
  }

  /** Whether it waits in state {@code stateName} now (see {@link #waitingAt()}). */
  public boolean isWaitingAt(String stateName) {
    return waitingAt().stream().anyMatch(waiting -> waiting.stateName().equals(stateName));
  }

  /** The calls its Task states made so far, in order (a snapshot; see Execution#taskCalls). */
  public List<TaskCall> taskCalls() {
    return Execution.taskCalls(run.calls);
  }

  /** The answers its waiting tasks got so far, in order (a snapshot). */
  public List<TaskCallback> callbacks() {
    return Execution.callbacks(run.calls);
  }

  static List<WaitingState> waitingStates(List<Waiting> waits) {
    List<WaitingState> states = new ArrayList<>(waits.size());
    for (Waiting waiting : waits) {
      boolean timed = waiting.cause() == WaitCause.TIME;
      states.add(new WaitingState(waiting.stateName(),
          WaitingState.Reason.valueOf(waiting.cause().name()),
          timed ? Instant.ofEpochMilli(waiting.untilMillis()) : null, waiting.taskToken()));
    }
    return List.copyOf(states);
  }

  /**
   * A future of the end, for callers that compose. Blocking on it does not skip virtual time:
   * {@link #await} does.
   */
  public CompletableFuture<Execution> end() {
    return end.copy();
  }

  /**
   * The task token ({@code $$.Task.Token}) of the callback or activity task that state
   * {@code stateName} is waiting on, once it waits, its events (TaskScheduled, TaskStarted,
   * TaskSubmitted or ActivityScheduled) in the history; throws {@link IllegalStateException} if
   * it does not wait within {@code timeout} of real time or the execution ends first. On the
   * virtual clock, time skips meanwhile, as in {@link #await}: a token behind a Wait or a
   * back-off comes without {@link #advanceClock}.
   */
  public String awaitTaskToken(String stateName, Duration timeout) {
    return machine.runtime().engine().tokens().awaitToken(run, stateName, timeout, end::isDone);
  }

  /**
   * On the virtual clock, lets {@code duration} pass while the execution waits for something only
   * the outside gives (a task token, a worker, a child execution): time stands still then while
   * the test does not wait on the execution, so that what happens does not depend on how fast
   * the answer comes. Timers that fall within it fire in order: HeartbeatSeconds and
   * TimeoutSeconds of waiting tasks, Waits and back-offs of other branches. Ignored on the wall
   * clock. (Waiting with {@link #await}, {@link #awaitTaskToken} or
   * {@code LocalStateMachine.run} skips time by itself.)
   *
   * <p>It returns once the execution has carried out everything due at or before the new time
   * (time-outs recorded, retries begun, their task tokens issued) and waits again, so what a
   * test asks next sees the clock moved. Like {@link #waitingAt()}, it throws
   * {@link IllegalStateException} if the execution stays busy for ten seconds of real time.
   */
  public void advanceClock(Duration duration) {
    if (duration.isNegative()) {
      throw new IllegalArgumentException("duration must be >= 0, was " + duration);
    }
    Clock clock = run.clock();
    if (clock.isVirtual()) {
      settle(run.advanceClock(duration.toMillis()));
    }
  }

  @Override
  public String toString() {
    return name() + (isDone() ? " " + end.join().status() : " RUNNING");
  }
}
