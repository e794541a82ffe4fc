package io.statecraft.local;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;

/**
 * The tasks of one runtime that wait for a token: callbacks ({@code .waitForTaskToken}) and
 * activity tasks, with the activity queues workers poll. Answered tokens are remembered, so a
 * late answer gets AWS's TaskTimedOut rather than TaskDoesNotExist.
 */
final class TaskTokens {

  /** Tokens look like AWS's: opaque, URL-safe base64, with a prefix that marks them as ours. */
  private static final String PREFIX = "AQB";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Map<String, PendingTask> byToken = new ConcurrentHashMap<>();
  private final Map<String, BlockingQueue<PendingTask>> activities = new ConcurrentHashMap<>();
  private final Object arrivals = new Object();

  PendingTask register(Run run, String stateName, String activityArn) {
    byte[] bytes = new byte[96];
    RANDOM.nextBytes(bytes);
    String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    PendingTask task = new PendingTask(token, run, stateName, activityArn);
    byToken.put(token, task);
    synchronized (arrivals) {
      arrivals.notifyAll();
    }
    return task;
  }

  /** Makes an activity task available to workers once its input is known. */
  void offer(PendingTask task, JsonNode input) {
    task.input = input;
    queue(task.activityArn).add(task);
  }

  void close(PendingTask task) {
    task.closed = true;
  }

  void succeed(String token, JsonNode output) {
    open(token).signals.add(new PendingTask.Succeeded(output));
  }

  void fail(String token, String error, String cause) {
    open(token).signals.add(new PendingTask.Failed(error, cause));
  }

  void heartbeat(String token) {
    open(token).signals.add(new PendingTask.Heartbeat());
  }

  /** The next task of {@code activityArn}, waiting up to {@code wait}; empty when none came. */
  Optional<ActivityTask> poll(String activityArn, String workerName, Duration wait) {
    BlockingQueue<PendingTask> queue = queue(activityArn);
    long deadline = System.nanoTime() + wait.toNanos();
    try {
      while (true) {
        PendingTask task = queue.poll(Math.max(0, deadline - System.nanoTime()),
            TimeUnit.NANOSECONDS);
        if (task == null) {
          return Optional.empty();
        }
        if (!task.closed) {
          task.signals.add(new PendingTask.Started(workerName));
          return Optional.of(new ActivityTask(task.token, task.input));
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  /** StopExecution: wakes every task of {@code run} so its thread can record the abort. */
  void abandon(Run run) {
    for (PendingTask task : byToken.values()) {
      if (task.run == run && !task.closed) {
        task.signals.add(new PendingTask.Abandoned());
      }
    }
  }

  /** Lets {@code millis} of virtual time pass for every task of {@code run} waiting on a token. */
  void elapse(Run run, long millis) {
    for (PendingTask task : byToken.values()) {
      if (task.run == run && !task.closed) {
        task.signals.add(new PendingTask.Elapsed(millis));
      }
    }
  }

  /** Drops the activity's queue (DeleteActivity); tasks already scheduled keep waiting. */
  void forget(String activityArn) {
    activities.remove(activityArn);
  }

  String awaitToken(Run run, String stateName, Duration timeout, CompletableFuture<?> end) {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (arrivals) {
      while (true) {
        for (PendingTask task : byToken.values()) {
          if (task.run == run && task.stateName.equals(stateName) && !task.closed) {
            return task.token;
          }
        }
        long left = deadline - System.nanoTime();
        if (end.isDone() || left <= 0) {
          throw new IllegalStateException("state '" + stateName + "' of execution '"
              + run.executionName + "' did not wait for a task token within " + timeout
              + (end.isDone() ? " (the execution ended)" : "") + "; events so far:\n"
              + new History(run.events()));
        }
        try {
          arrivals.wait(Math.max(1, Math.min(TimeUnit.NANOSECONDS.toMillis(left), 50)));
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
