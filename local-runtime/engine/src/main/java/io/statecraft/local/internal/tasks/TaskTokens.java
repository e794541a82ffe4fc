package io.statecraft.local.internal.tasks;

import io.statecraft.local.history.History;
import io.statecraft.local.internal.kernel.Clock;
import io.statecraft.local.internal.kernel.Run;
import io.statecraft.local.internal.kernel.TimeSkipper;
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
  private final java.util.concurrent.atomic.AtomicLong issued = new java.util.concurrent.atomic.AtomicLong();

  public TaskTokens(Clock clock) {
    this.clock = clock;
  }

  /**
   * A new pending task of {@code run}. Its token is a function of the execution (its ARN and
   * redrive count) and of how many tokens the run issued before, with bytes drawn from the run's
   * seeded numbers: a run repeated on a new runtime, or resumed from its history after a
   * restart, issues the same tokens, and no two tasks of one execution share one.
   */
  public PendingTask register(Run run, String stateName, String activityArn) {
    byte[] bytes = new byte[96];
    Random random = run.random();
    random.nextBytes(bytes);
    long execution = identity(run.executionArn, run.redriveCount);
    int number = run.nextTaskNumber();
    for (int i = 0; i < 8; i++) {
      bytes[i] = (byte) (execution >>> (56 - 8 * i));
    }
    for (int i = 0; i < 4; i++) {
      bytes[8 + i] = (byte) (number >>> (24 - 8 * i));
    }
    String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    PendingTask task = new PendingTask(token, run, stateName, activityArn);
    PendingTask before = byToken.putIfAbsent(token, task);
    if (before != null) {
      // Another run of the same execution ARN in this runtime (a local test running a name
      // twice) holds it: count the runtime's tokens in, which makes it unique.
      long issued = this.issued.incrementAndGet();
      for (int i = 0; i < 8; i++) {
        bytes[12 + i] = (byte) (issued >>> (56 - 8 * i));
      }
      token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
      task = new PendingTask(token, run, stateName, activityArn);
      byToken.put(token, task);
    }
    PendingTask registered = task;
    run.onEnd(() -> close(registered));
    return task;
  }

  /** 64 bits that tell executions apart: FNV-1a of the ARN and the redrive count. */
  private static long identity(String executionArn, int redriveCount) {
    long hash = 0xcbf29ce484222325L;
    String text = executionArn + "#" + redriveCount;
    for (int i = 0; i < text.length(); i++) {
      hash ^= text.charAt(i);
      hash *= 0x100000001b3L;
    }
    return hash;
  }

  /** The task waits for its token now, its events recorded: tests waiting for it may go on. */
  public void waiting(PendingTask task) {
    task.waiting = true;
    clock.skipper().changed();
  }

  /**
   * Makes an activity task available to workers once its input is known. A resumed run that
   * replays its history offers it once live, unless the history shows a worker took it.
   */
  public void offer(PendingTask task, JsonNode input) {
    task.input = input;
    io.statecraft.local.internal.kernel.Replay replay = task.run.replaying();
    if (replay != null) {
      replay.afterwards(() -> {
        if (!task.started && !task.closed) {
          queue(task.activityArn).add(task);
          clock.skipper().changed();
        }
      });
      return;
    }
    queue(task.activityArn).add(task);
    clock.skipper().changed();
  }

  /**
   * What a resumed run's history says happened to {@code task}: the signal, carried out on the
   * run's thread at once, as a posted one would be.
   */
  public void replayed(PendingTask task, PendingTask.Signal signal) {
    if (signal instanceof PendingTask.Succeeded || signal instanceof PendingTask.Failed) {
      task.answered.set(true);
    }
    task.apply(signal);
  }

  public void close(PendingTask task) {
    task.closed = true;
  }

  public void succeed(String token, JsonNode output) {
    answer(token).deliver(new PendingTask.Succeeded(output));
  }

  public void fail(String token, String error, String cause) {
    answer(token).deliver(new PendingTask.Failed(error, cause));
  }

  /**
   * The task whose token is answered now. Claimed atomically: the task closes only later, on its
   * run's thread, so two racing answers would otherwise both pass {@link #open} and one be
   * dropped silently; the loser gets TaskTimedOut as a late answer does.
   */
  private PendingTask answer(String token) {
    PendingTask task = open(token);
    if (!task.answered.compareAndSet(false, true)) {
      throw new TaskTokenException(TaskTokenException.Reason.TASK_TIMED_OUT,
          "Task Timed Out: 'Provided task does not exist anymore'");
    }
    return task;
  }

  public void heartbeat(String token) {
    open(token).deliver(new PendingTask.Heartbeat());
  }

  /**
   * The next task of {@code activityArn}, waiting up to {@code wait} (on the virtual clock, time
   * skips meanwhile); empty when none came.
   */
  public Optional<ActivityTask> poll(String activityArn, String workerName, Duration wait) {
    BlockingQueue<PendingTask> queue = queue(activityArn);
    long deadline = clock.realDeadline(wait.toNanos());
    try {
      while (true) {
        PendingTask task = queue.poll();
        if (task != null && !task.closed) {
          task.deliver(new PendingTask.Started(workerName));
          return Optional.of(new ActivityTask(task.token, task.input));
        }
        if (task == null && clock.skipper().await(() -> !queue.isEmpty(), deadline,
            Long.MAX_VALUE) != TimeSkipper.Result.DONE) {
          return Optional.empty();
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
   * The token of the task that state {@code stateName} of {@code run} waits on, once it waits
   * with its events recorded; throws IllegalStateException when it does not within
   * {@code timeout} or the run ends first. On the virtual clock, time skips meanwhile.
   */
  public String awaitToken(Run run, String stateName, Duration timeout, BooleanSupplier done) {
    String[] found = new String[1];
    BooleanSupplier waitsOrEnded = () -> {
      found[0] = waitingToken(run, stateName);
      return found[0] != null || done.getAsBoolean();
    };
    TimeSkipper.Result result;
    try {
      result = clock.skipper().await(waitsOrEnded, clock.realDeadline(timeout.toNanos()),
          Long.MAX_VALUE);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a task token", e);
    }
    if (result == TimeSkipper.Result.DONE && found[0] != null) {
      return found[0];
    }
    throw new IllegalStateException("state '" + stateName + "' of execution '"
        + run.executionName + "' did not wait for a task token within " + timeout
        + (done.getAsBoolean() ? " (the execution ended)" : "") + Run.Parked.describe(run.parked())
        + "; events so far:\n" + new History(run.events()));
  }

  /** The token state {@code stateName} of {@code run} waits on now, or null. */
  private String waitingToken(Run run, String stateName) {
    for (PendingTask task : byToken.values()) {
      if (task.run == run && task.waiting && !task.closed && task.stateName.equals(stateName)) {
        return task.token;
      }
    }
    return null;
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
