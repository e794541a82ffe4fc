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

  /** The fields few events have: an error and cause, task details. */
  private record Rare(String error, String cause, ObjectNode task) {}

  private static final Rare NONE = new Rare(null, null, null);
  private static final HistoryEventType[] TYPES = HistoryEventType.values();

  // Ids and Map indexes fit an int (a history is an array); a type is its ordinal.
  private int[] previous;
  private long[] times;
  private byte[] types;
  private String[] names;
  private JsonNode[] values;
  /** Null until an event has a Map index or length; then each event's, or 0. */
  private int[] indexes;
  /**
   * Null until an event has a rare field; then each event's rare fields, or null. A state exit
   * that assigned variables, one in two states of a loop over a variable, holds them here
   * directly, as a JsonNode, not in a Rare of its own.
   */
  private Object[] rare;
  private int size;

  public EventLog(int capacity) {
    int n = Math.max(capacity, 16);
    previous = new int[n];
    times = new long[n];
    types = new byte[n];
    names = new String[n];
    values = new JsonNode[n];
  }

  /** Appends an event and returns its id, its position counted from 1. */
  public long append(HistoryEventType type, long previousId, long time, String name, JsonNode value) {
    int i = size;
    if (i == types.length) {
      grow();
    }
    previous[i] = (int) previousId;
    times[i] = time;
    types[i] = (byte) type.ordinal();
    names[i] = name;
    values[i] = value;
    size = i + 1;
    return i + 1L;
  }

  /** {@link #append} for an event with a Map index, an error, a cause or task details. */
  public long append(HistoryEventType type, long previousId, long time, String name, JsonNode value, long index,
      String error, String cause, ObjectNode task) {
    long id = append(type, previousId, time, name, value);
    if (index != 0) {
      if (indexes == null) {
        indexes = new int[types.length];
      }
      indexes[size - 1] = (int) index;
    }
    if (error != null || cause != null || task != null) {
      if (rare == null) {
        rare = new Object[types.length];
      }
      rare[size - 1] = new Rare(error, cause, task);
    }
    return id;
  }

  /** {@link #append} for a state's exit that assigned variables, kept as values until read. */
  public long appendAssigning(HistoryEventType type, long previousId, long time, String name,
      JsonNode value, JsonNode assigned) {
    long id = append(type, previousId, time, name, value);
    if (rare == null) {
      rare = new Object[types.length];
    }
    rare[size - 1] = assigned;
    return id;
  }

  private void grow() {
    int n = types.length * 2;
    previous = Arrays.copyOf(previous, n);
    times = Arrays.copyOf(times, n);
    types = Arrays.copyOf(types, n);
    names = Arrays.copyOf(names, n);
    values = Arrays.copyOf(values, n);
    if (indexes != null) {
      indexes = Arrays.copyOf(indexes, n);
    }
    if (rare != null) {
      rare = Arrays.copyOf(rare, n);
    }
  }

  public int size() {
    return size;
  }

  /** The events recorded so far, as an unmodifiable list made into objects on first read. */
  public List<HistoryEvent> snapshot() {
    return new Snapshot(previous, times, types, names, values, indexes, rare, size);
  }

  /** The event with id {@code id} as an object (for a host that keeps events as they come). */
  public HistoryEvent event(long id) {
    int i = java.util.Objects.checkIndex((int) id - 1, size);
    return event(i, previous, times, types, names, values, indexes, rare);
  }

  private static HistoryEvent event(int i, int[] previous, long[] times, byte[] types,
      String[] names, JsonNode[] values, int[] indexes, Object[] rare) {
    Object field = rare == null ? null : rare[i];
    Rare extra = field instanceof Rare known ? known : NONE;
    return HistoryEvent.of(i + 1L, previous[i], times[i], TYPES[types[i] & 0xFF], names[i],
        values[i], indexes == null ? 0 : indexes[i], extra.error(), extra.cause(),
        field instanceof JsonNode assigned ? HistoryEvent.assignedDetails(assigned)
            : extra.task());
  }

  /**
   * The first {@code size} events of the arrays, which no later append changes (an append past
   * the arrays' end copies them). Its HistoryEvent objects are made together, once.
   */
  private static final class Snapshot extends AbstractList<HistoryEvent> implements RandomAccess {
    private final int[] previous;
    private final long[] times;
    private final byte[] types;
    private final String[] names;
    private final JsonNode[] values;
    private final int[] indexes;
    private final Object[] rare;
    private final int size;
    private volatile HistoryEvent[] events;

    Snapshot(int[] previous, long[] times, byte[] types, String[] names, JsonNode[] values,
        int[] indexes, Object[] rare, int size) {
      this.previous = previous;
      this.times = times;
      this.types = types;
      this.names = names;
      this.values = values;
      this.indexes = indexes;
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
        made[i] = event(i, previous, times, types, names, values, indexes, rare);
      }
      return made;
    }
  }
}
