package io.statecraft.local.internal.states;

import io.statecraft.asl.ErrorNames;
import io.statecraft.local.history.HistoryEventType;
import io.statecraft.local.internal.expr.StatesError;
import io.statecraft.local.internal.json.Values;
import io.statecraft.local.internal.kernel.Line;
import io.statecraft.local.internal.kernel.WaitCause;
import io.statecraft.local.internal.tasks.PendingTask;
import io.statecraft.local.internal.tasks.RecordedFailure;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The waiting half of callback ({@code .waitForTaskToken}) and activity tasks: the events AWS
 * records while a task waits for its token, and TimeoutSeconds / HeartbeatSeconds. The line waits
 * for the outside meanwhile, so on the virtual clock time passes only when a test advances it.
 */
final class Callbacks {

  private Callbacks() {}

  /**
   * A callback task after its service call returned {@code submitted}: TaskSubmitted, then the
   * answer to its token, handed to {@code then}.
   */
  static void callback(TaskNode.Call call, JsonNode submitted, Consumer<JsonNode> then) {
    call.line.event(HistoryEventType.TASK_SUBMITTED, null, submitted, 0, null, null,
        call.task().serviceFields);
    new TokenWait(call, HistoryEventType.TASK_STARTED, then).begin();
  }

  /** An activity task offered to workers: ActivityStarted when one takes it, then its answer. */
  static void activity(TaskNode.Call call, Consumer<JsonNode> then) {
    new TokenWait(call, HistoryEventType.ACTIVITY_STARTED, then).begin();
  }

  /**
   * An answer the dispatcher already holds (recorded or mocked): its {@code Return}, or the
   * failed / timed-out event and the error.
   */
  static JsonNode recorded(JsonNode answer, Line line, HistoryEventType failed,
      HistoryEventType timedOutType, ObjectNode fields) {
    if (answer.has("Return")) {
      return answer.get("Return");
    }
    RecordedFailure failure = RecordedFailure.of(answer);
    line.event(failure.timedOut() ? timedOutType : failed, null, null, 0, failure.error(),
        failure.cause(), fields);
    throw new StatesError(failure.error(), failure.cause(), failure.timedOut());
  }

  /** One wait for a token: the signals that come, and the time-outs that may come first. */
  private static final class TokenWait implements Consumer<PendingTask.Signal> {
    private final TaskNode.Call call;
    private final Line line;
    private final HistoryEventType startedType;
    private final Consumer<JsonNode> then;
    private Runnable cancelTimeout;
    private Runnable cancelHeartbeat;
    private boolean over;

    TokenWait(TaskNode.Call call, HistoryEventType startedType, Consumer<JsonNode> then) {
      this.call = call;
      this.line = call.line;
      this.startedType = startedType;
      this.then = then;
    }

    void begin() {
      line.awaitOutside(call.task().activity ? WaitCause.ACTIVITY_WORKER : WaitCause.TASK_TOKEN,
          call::aborted);
      if (call.timeout != null) {
        cancelTimeout = line.timer(call.startedMillis + call.timeout * 1000,
            () -> timedOut(new StatesError(ErrorNames.TIMEOUT, null, true)));
      }
      io.statecraft.local.internal.kernel.Replay replay = line.run().replaying();
      if (replay == null) {
        armHeartbeat(line.now());
      } else {
        line.onReplayedAnswer(this::replayed);
        long from = line.now();
        replay.afterwards(() -> rearmHeartbeat(from));
      }
      call.pending.listen(this);
      // Only now are the task's events recorded: a test awaiting its token may take it.
      call.services.tokens().waiting(call.pending);
    }

    private void armHeartbeat(long from) {
      if (call.heartbeat != null) {
        cancelHeartbeat = line.timer(from + call.heartbeat * 1000,
            () -> timedOut(StatesError.heartbeatTimeout()));
      }
    }

    /**
     * A resumed run goes live while the task still waits: the history keeps no heartbeats, so
     * the heartbeat time-out falls when it would have without any, or if that has passed (a
     * heartbeat may have pushed it), one whole HeartbeatSeconds after the restart.
     */
    private void rearmHeartbeat(long from) {
      if (over || call.heartbeat == null || cancelHeartbeat != null) {
        return;
      }
      line.catchUpWithRun();
      long due = from + call.heartbeat * 1000;
      long now = line.now();
      cancelHeartbeat = line.timer(due > now ? due : now + call.heartbeat * 1000,
          () -> timedOut(StatesError.heartbeatTimeout()));
    }

    /** What a resumed run's history says answered the task while it replays. */
    private void replayed(io.statecraft.local.history.HistoryEvent event) {
      io.statecraft.local.internal.tasks.TaskTokens tokens = call.services.tokens();
      switch (event.type()) {
        case ACTIVITY_STARTED -> {
          JsonNode worker = event.details().get("workerName");
          tokens.replayed(call.pending,
              new PendingTask.Started(worker == null ? null : worker.asString()));
        }
        case TASK_SUCCEEDED, ACTIVITY_SUCCEEDED ->
            tokens.replayed(call.pending, new PendingTask.Succeeded(event.value()));
        case TASK_FAILED, ACTIVITY_FAILED ->
            tokens.replayed(call.pending, new PendingTask.Failed(event.error(), event.cause()));
        default -> {
          // Timed out: TimeoutSeconds when its time had come, else HeartbeatSeconds (AWS
          // records both as States.Timeout).
          boolean whole = call.timeout != null
              && event.timestampMillis() >= call.startedMillis + call.timeout * 1000;
          timedOut(whole || call.heartbeat == null ? new StatesError(ErrorNames.TIMEOUT, null, true)
              : StatesError.heartbeatTimeout());
        }
      }
    }

    @Override
    public void accept(PendingTask.Signal signal) {
      if (over) {
        return;
      }
      if (signal instanceof PendingTask.Started started) {
        line.catchUpWithRun();
        ObjectNode details = Values.object();
        if (started.workerName() != null) {
          details.put("workerName", started.workerName());
        }
        line.event(startedType, null, null, 0, null, null, details);
      } else if (signal instanceof PendingTask.Heartbeat) {
        if (cancelHeartbeat != null) {
          cancelHeartbeat.run();
          line.catchUpWithRun();
          armHeartbeat(line.now());
        }
      } else if (signal instanceof PendingTask.Succeeded succeeded) {
        finish(() -> then.accept(succeeded.output()));
      } else if (signal instanceof PendingTask.Failed failed) {
        finish(() -> {
          line.event(call.failedType, null, null, 0, failed.error(), failed.cause(), call.fields);
          throw new StatesError(failed.error(), failed.cause());
        });
      }
    }

    /** TimeoutSeconds or HeartbeatSeconds passed: AWS records States.Timeout, no cause. */
    private void timedOut(StatesError error) {
      if (over) {
        return;
      }
      finish(() -> {
        line.event(call.timedOutType, null, null, 0, error.error(), null, call.fields);
        throw error;
      });
    }

    private void finish(Runnable body) {
      over = true;
      call.services.tokens().close(call.pending);
      if (cancelTimeout != null) {
        cancelTimeout.run();
      }
      if (cancelHeartbeat != null) {
        cancelHeartbeat.run();
      }
      line.wakeWith(() -> call.attempt.guard(body));
    }
  }
}
