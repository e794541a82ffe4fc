package io.statecraft.local;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The fields of a JSON object, in insertion order, as {@link LinkedHashMap} keeps them, but held
 * in two arrays while the object is small. Nearly every object a state builds or copies has a
 * handful of fields ({@code Parameters}, {@code ResultPath} copies), and for those a linear scan
 * beats hashing and a copy is two array copies instead of one entry object per field. Past
 * {@link #SMALL} fields the map moves its contents into a LinkedHashMap and delegates to it, so
 * large objects keep constant-time lookups.
 */
final class CompactMap extends AbstractMap<String, JsonNode> {

  /** The most fields held in arrays; scanning more costs more than hashing. */
  static final int SMALL = 8;

  private String[] keys;
  private JsonNode[] values;
  private int size;
  /** Non-null once the map outgrew {@link #SMALL}; from then on it holds every field. */
  private LinkedHashMap<String, JsonNode> large;
  /** Bumped by every structural change, so iterators fail fast as LinkedHashMap's do. */
  private int modCount;

  CompactMap() {
    keys = new String[4];
    values = new JsonNode[4];
  }

  private int indexOf(Object key) {
    String[] k = keys;
    for (int i = 0; i < size; i++) {
      if (k[i] == key) {
        return i;
      }
    }
    if (key != null) {
      for (int i = 0; i < size; i++) {
        if (key.equals(k[i])) {
          return i;
        }
      }
    }
    return -1;
  }

  @Override
  public int size() {
    return large != null ? large.size() : size;
  }

  @Override
  public boolean isEmpty() {
    return size() == 0;
  }

  @Override
  public boolean containsKey(Object key) {
    return large != null ? large.containsKey(key) : indexOf(key) >= 0;
  }

  @Override
  public JsonNode get(Object key) {
    if (large != null) {
      return large.get(key);
    }
    int i = indexOf(key);
    return i < 0 ? null : values[i];
  }

  @Override
  public JsonNode put(String key, JsonNode value) {
    Objects.requireNonNull(key, "key");
    if (large != null) {
      return large.put(key, value);
    }
    int i = indexOf(key);
    if (i >= 0) {
      JsonNode old = values[i];
      values[i] = value;
      return old;
    }
    if (size == SMALL) {
      grow();
      return large.put(key, value);
    }
    if (size == keys.length) {
      keys = Arrays.copyOf(keys, SMALL);
      values = Arrays.copyOf(values, SMALL);
    }
    keys[size] = key;
    values[size] = value;
    size++;
    modCount++;
    return null;
  }

  /** Moves the fields into a LinkedHashMap, which holds them from now on. */
  private void grow() {
    large = new LinkedHashMap<>(SMALL * 4);
    for (int i = 0; i < size; i++) {
      large.put(keys[i], values[i]);
    }
    keys = null;
    values = null;
    size = 0;
    modCount++;
  }

  /** Copying a small map into an empty one is two array copies; the common case of ResultPath. */
  @Override
  public void putAll(Map<? extends String, ? extends JsonNode> other) {
    if (large == null && size == 0 && other instanceof CompactMap small && small.large == null) {
      int n = small.size;
      int capacity = n < 4 ? 4 : SMALL;
      keys = Arrays.copyOf(small.keys, capacity);
      values = Arrays.copyOf(small.values, capacity);
      size = n;
      modCount++;
      return;
    }
    super.putAll(other);
  }

  @Override
  public JsonNode remove(Object key) {
    if (large != null) {
      return large.remove(key);
    }
    int i = indexOf(key);
    return i < 0 ? null : removeAt(i);
  }

  private JsonNode removeAt(int i) {
    JsonNode old = values[i];
    int moved = size - i - 1;
    System.arraycopy(keys, i + 1, keys, i, moved);
    System.arraycopy(values, i + 1, values, i, moved);
    size--;
    keys[size] = null;
    values[size] = null;
    modCount++;
    return old;
  }

  @Override
  public void clear() {
    if (large != null) {
      large.clear();
      return;
    }
    Arrays.fill(keys, 0, size, null);
    Arrays.fill(values, 0, size, null);
    size = 0;
    modCount++;
  }

  @Override
  public Set<Entry<String, JsonNode>> entrySet() {
    return large != null ? large.entrySet() : new Entries();
  }

  /** The entries of the small form; a grown map hands out its LinkedHashMap's set instead. */
  private final class Entries extends AbstractSet<Entry<String, JsonNode>> {
    @Override
    public int size() {
      return CompactMap.this.size();
    }

    @Override
    public Iterator<Entry<String, JsonNode>> iterator() {
      if (large != null) {
        return large.entrySet().iterator();
      }
      return new EntryIterator();
    }

    @Override
    public void clear() {
      CompactMap.this.clear();
    }
  }

  private final class EntryIterator implements Iterator<Entry<String, JsonNode>> {
    private int next;
    private int last = -1;
    private int expected = modCount;

    @Override
    public boolean hasNext() {
      // A change behind the iterator's back shows as a next() that fails, not as an early end.
      return next < size || expected != modCount;
    }

    @Override
    public Entry<String, JsonNode> next() {
      if (expected != modCount) {
        throw new ConcurrentModificationException();
      }
      if (next >= size) {
        throw new NoSuchElementException();
      }
      last = next++;
      return new Field(keys[last], values[last]);
    }

    @Override
    public void remove() {
      if (last < 0) {
        throw new IllegalStateException();
      }
      if (expected != modCount) {
        throw new ConcurrentModificationException();
      }
      removeAt(last);
      next = last;
      last = -1;
      expected = modCount;
    }
  }

  /** One field; {@link #setValue} writes through to the map while the field is still in it. */
  private final class Field extends SimpleEntry<String, JsonNode> {
    private static final long serialVersionUID = 1L;

    Field(String key, JsonNode value) {
      super(key, value);
    }

    @Override
    public JsonNode setValue(JsonNode value) {
      if (large == null) {
        int i = indexOf(getKey());
        if (i >= 0) {
          values[i] = value;
        }
      } else if (large.containsKey(getKey())) {
        large.put(getKey(), value);
      }
      return super.setValue(value);
    }
  }
}
