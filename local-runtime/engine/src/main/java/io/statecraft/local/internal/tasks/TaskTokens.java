package io.statecraft.local.internal.tasks;

import io.statecraft.local.history.History;
import io.statecraft.local.internal.kernel.Clock;
import io.statecraft.local.internal.kernel.Run;
import io.statecraft.local.task.ActivityTask;
import io.statecraft.local.task.TaskTokenException;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import tools.jackson.databind.JsonNode;

/**
 * The tasks of one runtime that wait for a token: callbacks ({@code .waitForTaskToken}) and
 * activity tasks, with the activity queues workers poll. Answered tokens are remembered, so a
 * late answer gets AWS's TaskTimedOut rather than TaskDoesNotExist.
 */
public final class TaskTokens {

  /** Tokens look like AWS's: opaque, URL-safe base64, with a prefix that marks them as ours. */
  private static final String PREFIX = "AQB";

  private final Clock clock;
  private final Map<String, PendingTask> byToken = new ConcurrentHashMap<>();
  private final Map<String, BlockingQueue<PendingTask>> activities = new ConcurrentHashMap<>();
  private final Object arrivals = new Object();
  private final java.util.concurrent.atomic.AtomicLong issued = new java.util.concurrent.atomic.AtomicLong();

  public TaskTokens(Clock clock) {
    this.clock = clock;
  }

  /**
   * A new pending task of {@code run}. Its token is drawn from the run's seeded numbers, so a run
   * repeated on a new runtime records the same tokens, and starts with a count of the runtime's
   * tokens, so no two tasks of one runtime share one.
   */
  public PendingTask register(Run run, String stateName, String activityArn) {
    byte[] bytes = new byte[96];
    Random random = run.random();
    random.nextBytes(bytes);
    long number = issued.incrementAndGet();
    for (int i = 0; i < 8; i++) {
      bytes[i] = (byte) (number >>> (56 - 8 * i));
    }
    String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    PendingTask task = new PendingTask(token, run, stateName, activityArn);
    byToken.put(token, task);
    run.onEnd(() -> close(task));
    synchronized (arrivals) {
      arrivals.notifyAll();
    }
    return task;
  }

  /** Makes an activity task available to workers once its input is known. */
  public void offer(PendingTask task, JsonNode input) {
    task.input = input;
    queue(task.activityArn).add(task);
  }

  public void close(PendingTask task) {
    task.closed = true;
  }

  public void succeed(String token, JsonNode output) {
    open(token).deliver(new PendingTask.Succeeded(output));
  }

  public void fail(String token, String error, String cause) {
    open(token).deliver(new PendingTask.Failed(error, cause));
  }

  public void heartbeat(String token) {
    open(token).deliver(new PendingTask.Heartbeat());
  }

  /** The next task of {@code activityArn}, waiting up to {@code wait}; empty when none came. */
  public Optional<ActivityTask> poll(String activityArn, String workerName, Duration wait) {
    BlockingQueue<PendingTask> queue = queue(activityArn);
    long deadline = clock.realDeadline(wait.toNanos());
    try {
      while (true) {
        PendingTask task = queue.poll(clock.realNanosLeft(deadline), TimeUnit.NANOSECONDS);
        if (task == null) {
          return Optional.empty();
        }
        if (!task.closed) {
          task.deliver(new PendingTask.Started(workerName));
          return Optional.of(new ActivityTask(task.token, task.input));
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  /** Drops the activity's queue (DeleteActivity); tasks already scheduled keep waiting. */
  public void forget(String activityArn) {
    activities.remove(activityArn);
  }

  /**
   * The token of the task that state {@code stateName} of {@code run} waits on, once it waits;
   * throws IllegalStateException when it does not within {@code timeout} or the run ends first.
   */
  public String awaitToken(Run run, String stateName, Duration timeout, BooleanSupplier done) {
    long deadline = clock.realDeadline(timeout.toNanos());
    synchronized (arrivals) {
      while (true) {
        for (PendingTask task : byToken.values()) {
          if (task.run == run && task.stateName.equals(stateName) && !task.closed) {
            return task.token;
          }
        }
        long left = clock.realNanosLeft(deadline);
        if (done.getAsBoolean() || left <= 0) {
          throw new IllegalStateException("state '" + stateName + "' of execution '"
              + run.executionName + "' did not wait for a task token within " + timeout
              + (done.getAsBoolean() ? " (the execution ended)" : "") + "; events so far:\n"
              + new History(run.events()));
        }
        try {
          clock.await(arrivals, Math.min(left, TimeUnit.MILLISECONDS.toNanos(50)));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while waiting for a task token", e);
        }
      }
    }
  }

  private PendingTask open(String token) {
    if (token == null || !token.startsWith(PREFIX)) {
      throw new TaskTokenException(TaskTokenException.Reason.INVALID_TOKEN, "Invalid token");
    }
    PendingTask task = byToken.get(token);
    if (task == null) {
      throw new TaskTokenException(TaskTokenException.Reason.TASK_DOES_NOT_EXIST,
          "Task does not exist anymore");
    }
    if (task.closed) {
      throw new TaskTokenException(TaskTokenException.Reason.TASK_TIMED_OUT,
          "Task Timed Out: 'Provided task does not exist anymore'");
    }
    return task;
  }

  private BlockingQueue<PendingTask> queue(String activityArn) {
    return activities.computeIfAbsent(activityArn, arn -> new LinkedBlockingQueue<>());
  }
}
