package io.statecraft.local;

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
 * An execution running in the background, as StartExecution leaves it: its history so far, a
 * way to stop it, and its end once it comes.
 *
 * <pre>{@code
 * RunningExecution running = machine.start("order-42", Values.parse("{\"id\":42}"));
 * String token = running.awaitTaskToken("WaitForApproval", Duration.ofSeconds(5));
 * sfn.sendTaskSuccess(token, "{\"approved\":true}");
 * Execution done = running.await(Duration.ofSeconds(5));
 * }</pre>
 */
public final class RunningExecution {

  private final Run run;
  private final CompletableFuture<Execution> end;

  RunningExecution(Run run, CompletableFuture<Execution> end) {
    this.run = run;
    this.end = end;
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
    return run.machine;
  }

  /** Its input. */
  public JsonNode input() {
    return run.input;
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
      run.abort(error, cause);
      run.runtime.tasks().abandon(run);
    }
  }

  /** Its deadline passed on the wall clock: it ends TIMED_OUT. No effect once it has ended. */
  void timeOut() {
    if (!end.isDone()) {
      run.timeOut();
      run.runtime.tasks().abandon(run);
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
    return run.runtime.tasks().awaitToken(run, stateName, timeout, end);
  }

  /**
   * On the virtual clock, lets {@code duration} pass for the callback and activity tasks this
   * execution waits on, so their HeartbeatSeconds and TimeoutSeconds can run out; each task
   * stops at the first deadline it reaches. Wait states and retry back-off need no help: they
   * pass instantly. Call it once the task waits ({@link #awaitTaskToken}); tasks that start
   * waiting later do not see it. Ignored on the wall clock.
   */
  public void advanceClock(Duration duration) {
    if (duration.isNegative()) {
      throw new IllegalArgumentException("duration must be >= 0, was " + duration);
    }
    if (run.runtime.clock().isVirtual()) {
      run.runtime.tasks().elapse(run, duration.toMillis());
    }
  }

  @Override
  public String toString() {
    return name() + (isDone() ? " " + end.join().status() : " RUNNING");
  }
}
