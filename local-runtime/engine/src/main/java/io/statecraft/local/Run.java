package io.statecraft.local;

import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The state of one execution shared by all of its branches and iterations: ids, history, limits. */
final class Run {

  final LocalStateMachine machine;
  final LocalStepFunctions runtime;
  final String executionName;
  final String executionArn;
  final JsonNode input;
  final long startMillis;
  /** Epoch millis at which the whole execution times out, or Long.MAX_VALUE. */
  final long deadlineMillis;
  final TaskDispatcher tasks;
  /** Read at every event: kept here rather than looked up through the runtime each time. */
  final boolean virtualClock;
  /** An Express execution: no redrive, so no {@code $$.Execution.RedriveCount}. */
  final boolean express;
  /** AWS's payload quota in bytes, or Long.MAX_VALUE when quotas are off; read at every state. */
  final long payloadLimit;
  /** Guarded by itself: branches on other threads record into it, the emulator reads it. */
  private final EventLog events;
  private final int eventLimit;
  /** Whether the history grew past AWS's 25,000-event quota (or the configured limit). */
  volatile boolean eventLimitReached;
  /** Whether abort() or timeOut() ended the run; read before every state, so a plain flag. */
  volatile boolean aborted;
  /** Counted down once, when StopExecution asks the execution to end; wakes every real-clock wait. */
  private final java.util.concurrent.CountDownLatch abortLatch = new java.util.concurrent.CountDownLatch(1);
  private volatile String abortError;
  private volatile String abortCause;
  private volatile boolean timedOut;

  Run(LocalStateMachine machine, LocalStepFunctions runtime, TaskDispatcher tasks,
      String executionName, String executionArn, JsonNode input, long startMillis,
      long limitMillis, boolean express) {
    this.machine = machine;
    this.runtime = runtime;
    this.tasks = tasks;
    this.virtualClock = runtime.clock().isVirtual();
    this.executionName = executionName;
    this.executionArn = executionArn;
    this.express = express;
    this.input = input;
    this.startMillis = startMillis;
    Integer timeout = machine.timeoutSeconds();
    long limit = timeout == null ? limitMillis : Math.min(limitMillis, timeout * 1000L);
    this.deadlineMillis = limit == Long.MAX_VALUE ? Long.MAX_VALUE : startMillis + limit;
    this.eventLimit = runtime.historyEventLimit();
    this.payloadLimit = runtime.payloadLimit();
    this.events = new EventLog(Math.min(machine.historySizeHint, eventLimit));
  }

  /** Appends an event (a state entered or exited, most of them) and returns its id. */
  long record(String type, long previous, long time, String name, JsonNode data) {
    synchronized (events) {
      long id = events.append(type, previous, time, name, data);
      if (id > eventLimit) {
        eventLimitReached = true;
      }
      return id;
    }
  }

  /** Appends an event that may have a Map index, an error, a cause or task details. */
  long record(String type, long previous, long time, String name, JsonNode data, long index,
      String error, String cause, ObjectNode task) {
    synchronized (events) {
      long id = events.append(type, previous, time, name, data, index, error, cause, task);
      if (id > eventLimit) {
        eventLimitReached = true;
      }
      return id;
    }
  }

  /** Asks the execution to stop as StopExecution does; the first request wins. */
  synchronized void abort(String error, String cause) {
    if (abortLatch.getCount() > 0) {
      abortError = error;
      abortCause = cause;
      aborted = true;
      abortLatch.countDown();
    }
  }

  /**
   * Ends the execution as timed out: its deadline passed on the wall clock while it waited for
   * something that does not watch the clock (a token, a worker, a child execution).
   */
  synchronized void timeOut() {
    if (abortLatch.getCount() > 0) {
      timedOut = true;
      abortError = StatesError.TIMEOUT;
      aborted = true;
      abortLatch.countDown();
    }
  }

  /** Whether the run was ended by {@link #timeOut()} rather than by StopExecution. */
  boolean timedOut() {
    return timedOut;
  }

  boolean aborted() {
    return aborted;
  }

  String abortError() {
    return abortError;
  }

  String abortCause() {
    return abortCause;
  }

  /** Sleeps on the wall clock; throws {@link Interpreter.Aborted} as soon as the run is aborted. */
  void sleep(long millis) {
    try {
      if (abortLatch.await(millis, java.util.concurrent.TimeUnit.MILLISECONDS)) {
        throw new Interpreter.Aborted();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StatesError(StatesError.RUNTIME, "interrupted while waiting");
    }
  }

  int eventLimit() {
    return eventLimit;
  }

  /** The events so far: a snapshot that later events do not change. */
  List<HistoryEvent> events() {
    synchronized (events) {
      return events.snapshot();
    }
  }

  /** How many events have been recorded. */
  int eventCount() {
    synchronized (events) {
      return events.size();
    }
  }

  /**
   * The history so far: a snapshot of the events, which History keeps as it is. Taken when the run
   * ends, so its size is the machine's hint for the next run.
   */
  History history() {
    List<HistoryEvent> recorded = events();
    machine.historySizeHint = Math.max(64, recorded.size() + 8);
    return new History(recorded);
  }
}
