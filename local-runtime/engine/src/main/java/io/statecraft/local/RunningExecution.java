package io.statecraft.local;

import io.statecraft.local.history.History;
import io.statecraft.local.history.HistoryEvent;
import io.statecraft.local.internal.kernel.Clock;
import io.statecraft.local.internal.kernel.Run;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
 */
public final class RunningExecution {

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

  /** Waits for the end; throws {@link IllegalStateException} if it does not come in time. */
  public Execution await(Duration timeout) {
    try {
      return end.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new IllegalStateException("execution '" + name() + "' still running after "
          + timeout + "; events so far:\n" + new History(events()), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for '" + name() + "'", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("execution '" + name() + "' crashed", e.getCause());
    }
  }

  /** A future of the end, for callers that compose. */
  public CompletableFuture<Execution> end() {
    return end.copy();
  }

  /**
   * The task token ({@code $$.Task.Token}) of the callback or activity task that state
   * {@code stateName} is waiting on, once it waits; throws {@link IllegalStateException} if it
   * does not wait within {@code timeout} or the execution ends first.
   */
  public String awaitTaskToken(String stateName, Duration timeout) {
    return machine.runtime().engine().tokens().awaitToken(run, stateName, timeout, end::isDone);
  }

  /**
   * On the virtual clock, lets {@code duration} pass while the execution waits for something only
   * the outside gives (a task token, a worker, a child execution): time stands still then, so
   * that what happens does not depend on how fast the answer comes. Timers that fall within it
   * fire in order: HeartbeatSeconds and TimeoutSeconds of waiting tasks, Waits and back-offs of
   * other branches. Ignored on the wall clock.
   */
  public void advanceClock(Duration duration) {
    if (duration.isNegative()) {
      throw new IllegalArgumentException("duration must be >= 0, was " + duration);
    }
    Clock clock = run.clock();
    if (clock.isVirtual()) {
      run.advanceClock(duration.toMillis());
    }
  }

  @Override
  public String toString() {
    return name() + (isDone() ? " " + end.join().status() : " RUNNING");
  }
}
