package io.statecraft.local.internal.kernel;

import io.statecraft.local.history.HistoryEvent;
import io.statecraft.local.history.HistoryEventType;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The events of one run, kept as columns. Recording an event is a few array stores rather than an
 * object: every state records two, and most tests read only an execution's output, so the
 * {@link HistoryEvent} objects are made when someone first reads the history.
 *
 * <p>Events are only appended and the part below a given size never changes, so a
 * {@link #snapshot()} shares the arrays. The caller serialises appends and snapshots (Run does,
 * under its lock).
 */
public final class EventLog {

  /** The fields most events lack: a Map index or length, an error and cause, task details. */
  private record Rare(long index, String error, String cause, ObjectNode task,
      JsonNode assigned) {}

  private static final Rare NONE = new Rare(0, null, null, null, null);

  private long[] previous;
  private long[] times;
  private HistoryEventType[] types;
  private String[] names;
  private JsonNode[] values;
  /** Null until an event has a rare field; then the rare fields of each event, or null. */
  private Rare[] rare;
  private int size;

  public EventLog(int capacity) {
    int n = Math.max(capacity, 16);
    previous = new long[n];
    times = new long[n];
    types = new HistoryEventType[n];
    names = new String[n];
    values = new JsonNode[n];
  }

  /** Appends an event and returns its id, its position counted from 1. */
  public long append(HistoryEventType type, long previousId, long time, String name, JsonNode value) {
    int i = size;
    if (i == types.length) {
      grow();
    }
    previous[i] = previousId;
    times[i] = time;
    types[i] = type;
    names[i] = name;
    values[i] = value;
    size = i + 1;
    return i + 1L;
  }

  /** {@link #append} for an event with a Map index, an error, a cause or task details. */
  public long append(HistoryEventType type, long previousId, long time, String name, JsonNode value, long index,
      String error, String cause, ObjectNode task) {
    long id = append(type, previousId, time, name, value);
    if (index != 0 || error != null || cause != null || task != null) {
      if (rare == null) {
        rare = new Rare[types.length];
      }
      rare[size - 1] = new Rare(index, error, cause, task, null);
    }
    return id;
  }

  /** {@link #append} for a state's exit that assigned variables, kept as values until read. */
  public long appendAssigning(HistoryEventType type, long previousId, long time, String name,
      JsonNode value, JsonNode assigned) {
    long id = append(type, previousId, time, name, value);
    if (rare == null) {
      rare = new Rare[types.length];
    }
    rare[size - 1] = new Rare(0, null, null, null, assigned);
    return id;
  }

  private void grow() {
    int n = types.length * 2;
    previous = Arrays.copyOf(previous, n);
    times = Arrays.copyOf(times, n);
    types = Arrays.copyOf(types, n);
    names = Arrays.copyOf(names, n);
    values = Arrays.copyOf(values, n);
    if (rare != null) {
      rare = Arrays.copyOf(rare, n);
    }
  }

  public int size() {
    return size;
  }

  /** The events recorded so far, as an unmodifiable list made into objects on first read. */
  public List<HistoryEvent> snapshot() {
    return new Snapshot(previous, times, types, names, values, rare, size);
  }

  /**
   * The first {@code size} events of the arrays, which no later append changes (an append past
   * the arrays' end copies them). Its HistoryEvent objects are made together, once.
   */
  private static final class Snapshot extends AbstractList<HistoryEvent> implements RandomAccess {
    private final long[] previous;
    private final long[] times;
    private final HistoryEventType[] types;
    private final String[] names;
    private final JsonNode[] values;
    private final Rare[] rare;
    private final int size;
    private volatile HistoryEvent[] events;

    Snapshot(long[] previous, long[] times, HistoryEventType[] types, String[] names, JsonNode[] values,
        Rare[] rare, int size) {
      this.previous = previous;
      this.times = times;
      this.types = types;
      this.names = names;
      this.values = values;
      this.rare = rare;
      this.size = size;
    }

    @Override
    public HistoryEvent get(int index) {
      return events()[java.util.Objects.checkIndex(index, size)];
    }

    @Override
    public int size() {
      return size;
    }

    private HistoryEvent[] events() {
      HistoryEvent[] made = events;
      if (made == null) {
        synchronized (this) {
          made = events;
          if (made == null) {
            made = make();
            events = made;
          }
        }
      }
      return made;
    }

    private HistoryEvent[] make() {
      HistoryEvent[] made = new HistoryEvent[size];
      for (int i = 0; i < size; i++) {
        Rare extra = rare == null || rare[i] == null ? NONE : rare[i];
        made[i] = HistoryEvent.of(i + 1L, previous[i], times[i], types[i], names[i], values[i],
            extra.index(), extra.error(), extra.cause(), extra.assigned() == null ? extra.task()
                : HistoryEvent.assignedDetails(extra.assigned()));
      }
      return made;
    }
  }
}
