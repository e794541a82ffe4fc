package io.statecraft.emulator.internal;

import io.statecraft.emulator.internal.store.DataStore;
import io.statecraft.emulator.internal.store.Table;
import io.statecraft.emulator.internal.store.Tables;
import io.statecraft.local.RunningExecution;
import io.statecraft.local.history.HistoryEvent;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the emulator holds, kept in a data directory: every change an operation makes is
 * committed before its answer goes out, and each execution's history once it ends. Each write
 * copies what the backend holds at the moment the writer gets to it, so that of two changes to
 * one resource the later always wins, however their requests interleave.
 */
public final class StoredState implements Persistence {

  private final Backend backend;
  private final DataStore store;
  /** The run of each execution whose end is watched: a redrive brings a new one. */
  private final Map<String, RunningExecution> watched = new ConcurrentHashMap<>();
  /**
   * The mock test case of each execution started with one ({@code ARN#TestCase}): a resumed
   * execution answers its Task states from the same mocks.
   */
  private final Map<String, String> testCases = new ConcurrentHashMap<>();
  /** Events recorded and not yet handed to the writer, and whether a change will take them. */
  private final java.util.Queue<Map.Entry<String, ObjectNode>> pendingEvents =
      new java.util.concurrent.ConcurrentLinkedQueue<>();
  private final java.util.concurrent.atomic.AtomicBoolean eventsQueued =
      new java.util.concurrent.atomic.AtomicBoolean();

  private StoredState(Backend backend, DataStore store) {
    this.backend = backend;
    this.store = store;
  }

  /**
   * Opens {@code directory} for {@code backend}; {@link #restore} then gives the backend what is
   * kept there.
   *
   * @throws IllegalArgumentException when the directory cannot be used, saying what to do
   */
  public static StoredState open(Path directory, Backend backend) {
    return new StoredState(backend, DataStore.open(directory));
  }

  /**
   * Gives the backend everything kept: resources, ended executions as they ended, running ones
   * going on (their new events kept through {@link #recorded}, so this state must already be
   * the runtime's host's persistence).
   *
   * @throws IllegalArgumentException when what is kept cannot be read back, saying what to do
   */
  public void restore() {
    new Restore(backend, store.tables(), this::restoredExecution).run();
  }

  /** The directory, absolute. */
  public Path directory() {
    return store.directory();
  }

  @Override
  public void after(String operation, JsonNode request, ObjectNode response) {
    if (operation.equals("StartExecution")) {
      String requested = request.path("stateMachineArn").asString();
      int hash = requested.indexOf('#');
      if (hash >= 0 && hash + 1 < requested.length()) {
        testCases.put(response.path("executionArn").asString(), requested.substring(hash + 1));
      }
    }
    Consumer<Tables> change = switch (operation) {
      case "CreateStateMachine" -> both(machine(response.path("stateMachineArn").asString()),
          tags(response.path("stateMachineArn").asString()));
      case "DeleteStateMachine" -> both(machine(request.path("stateMachineArn").asString()),
          tags(request.path("stateMachineArn").asString()));
      case "UpdateStateMachine", "PublishStateMachineVersion" ->
          machine(request.path("stateMachineArn").asString());
      case "DeleteStateMachineVersion" ->
          machine(request.path("stateMachineVersionArn").asString());
      case "CreateStateMachineAlias" -> machine(response.path("stateMachineAliasArn").asString());
      case "UpdateStateMachineAlias", "DeleteStateMachineAlias" ->
          machine(request.path("stateMachineAliasArn").asString());
      case "CreateActivity" -> both(activity(response.path("activityArn").asString()),
          tags(response.path("activityArn").asString()));
      case "DeleteActivity" -> both(activity(request.path("activityArn").asString()),
          tags(request.path("activityArn").asString()));
      case "TagResource", "UntagResource" -> tags(request.path("resourceArn").asString());
      case "StartExecution" -> execution(response.path("executionArn").asString());
      case "StopExecution", "RedriveExecution" ->
          execution(request.path("executionArn").asString());
      default -> null;
    };
    if (change != null) {
      commit(change);
    }
  }

  @Override
  public void recorded(String executionArn, HistoryEvent event) {
    if (!kept(executionArn)) {
      return;
    }
    // Made into a document here, on the runtime's thread, while the event is fresh; written with
    // every other event pending by one change of the writer, which no one waits for.
    pendingEvents.add(Map.entry(Tables.eventKey(executionArn, event.id()),
        StoredRecords.event(event)));
    if (eventsQueued.compareAndSet(false, true)) {
      store.write(tables -> {
        eventsQueued.set(false);
        writePendingEvents(tables);
      });
    }
  }

  private void writePendingEvents(Tables tables) {
    Map.Entry<String, ObjectNode> pending;
    while ((pending = pendingEvents.poll()) != null) {
      tables.put(Table.EVENTS, pending.getKey(), pending.getValue());
    }
  }

  /**
   * Whether the API shows an execution of this ARN: Standard ones, not Express ones nor the
   * children of a Map Run (whose state machine is named MACHINE/LABEL).
   */
  private static boolean kept(String executionArn) {
    String[] fields = executionArn.split(":", 8);
    return fields.length == 8 && fields[5].equals("execution") && fields[6].indexOf('/') < 0;
  }

  @Override
  public void started(String executionArn) {
    commit(execution(executionArn));
  }

  private void commit(Consumer<Tables> change) {
    try {
      store.write(change).join();
    } catch (CompletionException e) {
      throw new ApiException("ServiceUnavailable", "The change was made but could not be"
          + " written to the data directory " + store.directory() + ": " + e.getCause());
    }
  }

  private static Consumer<Tables> both(Consumer<Tables> first, Consumer<Tables> second) {
    return first.andThen(second);
  }

  /** Writes the machine an ARN (its own, a version's or an alias's) belongs to, or its removal. */
  private Consumer<Tables> machine(String anyArn) {
    String[] fields = anyArn.split(":", -1);
    if (fields.length < 7) {
      return tables -> { };
    }
    String arn = String.join(":", List.of(fields).subList(0, 7));
    return tables -> {
      ObjectNode document;
      Map<String, ObjectNode> revisions = new java.util.LinkedHashMap<>();
      synchronized (backend) {
        MachineRecord machine = backend.machines.get(arn);
        if (machine == null) {
          tables.remove(Table.MACHINES, arn);
          return;
        }
        document = StoredRecords.machine(machine);
        revisions.put(StoredRecords.revisionKey(machine.current, null),
            StoredRecords.revision(machine.current));
        machine.versions.forEach((number, revision) -> revisions.put(
            StoredRecords.revisionKey(revision, arn + ":" + number),
            StoredRecords.revision(revision)));
      }
      revisions.forEach((key, revision) -> tables.put(Table.REVISIONS, key, revision));
      tables.put(Table.MACHINES, arn, document);
    };
  }

  private Consumer<Tables> activity(String arn) {
    return tables -> {
      ActivityRecord activity = backend.activities.get(arn);
      if (activity == null) {
        tables.remove(Table.ACTIVITIES, arn);
      } else {
        tables.put(Table.ACTIVITIES, arn, StoredRecords.activity(activity));
      }
    };
  }

  private Consumer<Tables> tags(String arn) {
    return tables -> {
      Map<String, String> tags = backend.tags.get(arn);
      ObjectNode document = null;
      if (tags != null) {
        // Tags changes a resource's map in place, under the map's lock.
        synchronized (tags) {
          document = tags.isEmpty() ? null : StoredRecords.tags(tags);
        }
      }
      if (document == null) {
        tables.remove(Table.TAGS, arn);
      } else {
        tables.put(Table.TAGS, arn, document);
      }
    };
  }

  /**
   * Writes how the execution was started and whether it runs; once it has ended, its history.
   * Watches its end, so that the end is written when it comes.
   */
  private Consumer<Tables> execution(String arn) {
    ExecutionRecord current = backend.executions.get(arn);
    if (current == null) {
      // An Express execution: AWS's API does not show them, so they are not kept.
      return tables -> { };
    }
    watch(current);
    return tables -> write(tables, backend.executions.get(arn), false);
  }

  private void write(Tables tables, ExecutionRecord record, boolean withEvents) {
    ObjectNode document = StoredRecords.execution(record);
    // The status was read first: every event up to it is already pending (the runtime records an
    // event before it ends the run), so it is written in the same change. Otherwise a quick
    // execution could be kept as ended with its history still queued, and lost by a crash.
    writePendingEvents(tables);
    String testCase = testCases.get(record.arn());
    if (testCase != null) {
      document.put("testCase", testCase);
    }
    tables.put(Table.EXECUTIONS, record.arn(), document);
    if (withEvents) {
      for (HistoryEvent event : record.running().events()) {
        tables.put(Table.EVENTS, Tables.eventKey(record.arn(), event.id()),
            StoredRecords.event(event));
      }
    }
  }

  private void watch(ExecutionRecord record) {
    RunningExecution running = record.running();
    if (watched.put(record.arn(), running) == running || running.isDone()) {
      return;
    }
    // Written when it comes, without a caller waiting for it.
    running.end().whenComplete((done, failure) -> {
      store.write(tables -> write(tables, backend.executions.get(record.arn()), false));
      watched.remove(record.arn(), running);
    });
  }

  /** An execution given back at start: kept with the API's, its end watched if it runs. */
  private void restoredExecution(ExecutionRecord record, String testCase, boolean rewrite) {
    if (testCase != null) {
      testCases.put(record.arn(), testCase);
    }
    backend.executions.put(record.arn(), record);
    watch(record);
    if (rewrite) {
      commit(tables -> write(tables, record, true));
    }
  }

  @Override
  public void close() {
    store.close();
  }
}
