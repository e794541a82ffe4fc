package io.statecraft.local.internal.json;

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
public final class CompactMap extends AbstractMap<String, JsonNode> {

  /** The most fields held in arrays; scanning more costs more than hashing. */
  public static final int SMALL = 8;

  /** Key {@code i} at {@code 2i}, its value at {@code 2i + 1}: one array, copied in one go. */
  private Object[] slots;
  /** The keys' hash codes, so a scan compares ints and calls equals only on a likely match. */
  private int[] hashes;
  /** Whether {@link #hashes} belongs to a template, to be copied before this map changes it. */
  private boolean sharedHashes;
  private int size;
  /** Non-null once the map outgrew {@link #SMALL}; from then on it holds every field. */
  private LinkedHashMap<String, JsonNode> large;
  /** Bumped by every structural change, so iterators fail fast as LinkedHashMap's do. */
  private int modCount;

  /** Shared by empty maps until their first field: most empty maps are filled by a copy. */
  private static final Object[] NO_SLOTS = {};
  private static final int[] NO_HASHES = {};

  CompactMap() {
    slots = NO_SLOTS;
    hashes = NO_HASHES;
  }

  /** An empty map with room for {@code capacity} fields, for a copy that knows its size. */
  static CompactMap withRoomFor(int capacity) {
    if (capacity == 0 || capacity > SMALL) {
      return new CompactMap();
    }
    return new CompactMap(new Object[2 * capacity], new int[capacity], false, 0);
  }

  private CompactMap(Object[] slots, int[] hashes, boolean sharedHashes, int size) {
    this.slots = slots;
    this.hashes = hashes;
    this.sharedHashes = sharedHashes;
    this.size = size;
  }

  /**
   * A map of at most {@link #SMALL} distinct {@code keys} (their hashes given) to the values at
   * the odd places of {@code slots}, in that order. The map takes {@code slots}, a fresh array
   * of twice the key count, and fills in its even places with the keys. It shares
   * {@code keyHashes}, which the caller must never change, until it changes its own keys.
   */
  public static CompactMap of(String[] keys, int[] keyHashes, Object[] slots) {
    int n = keys.length;
    if (n > SMALL || slots.length != 2 * n) {
      throw badSlots(n, slots.length);
    }
    for (int i = 0; i < n; i++) {
      slots[2 * i] = keys[i];
    }
    return new CompactMap(slots, keyHashes, true, n);
  }

  /**
   * A map of at most {@link #SMALL} distinct keys whose hashes are {@code keyHashes}, keys and
   * values already at the even and odd places of {@code slots}, a fresh array of twice the key
   * count. It shares {@code keyHashes}, as {@link #of} does.
   */
  public static CompactMap ofSlots(int[] keyHashes, Object[] slots) {
    int n = keyHashes.length;
    if (n > SMALL || slots.length != 2 * n) {
      throw badSlots(n, slots.length);
    }
    return new CompactMap(slots, keyHashes, true, n);
  }

  /**
   * A copy of this map with room for one more field, as a ResultPath copy needs: two array copies
   * in one method, since this runs once per state and every method on that way waits for the JIT.
   */
  public CompactMap copyWithRoom() {
    if (large != null) {
      CompactMap copy = new CompactMap();
      copy.putAllOther(this);
      return copy;
    }
    int capacity = size < 4 ? 4 : SMALL;
    Object[] newSlots = new Object[2 * capacity];
    int[] newHashes = new int[capacity];
    System.arraycopy(slots, 0, newSlots, 0, 2 * size);
    System.arraycopy(hashes, 0, newHashes, 0, size);
    return new CompactMap(newSlots, newHashes, false, size);
  }

  /**
   * The hash codes of {@code keys}, for the {@code get} and {@code put} that take one: compiled
   * paths compute them once, at load. Works for the Integer steps of a path too.
   */
  public static int[] hashes(Object[] keys) {
    int[] hashes = new int[keys.length];
    for (int i = 0; i < keys.length; i++) {
      hashes[i] = keys[i].hashCode();
    }
    return hashes;
  }

  private static IllegalArgumentException badSlots(int keys, int slots) {
    return new IllegalArgumentException(keys + " keys for " + slots + " slots");
  }

  private int indexOf(Object key) {
    if (key == null) {
      return -1;
    }
    return indexOf(key, key.hashCode());
  }

  /** The place of {@code key}, whose hash code is {@code hash}, or -1. */
  private int indexOf(Object key, int hash) {
    int[] h = hashes;
    Object[] s = slots;
    for (int i = 0; i < size; i++) {
      if (h[i] == hash) {
        Object k = s[2 * i];
        if (k == key) {
          return i;
        }
        if (key.equals(k)) {
          // The same name as another String object (the input's names are not interned): keep
          // the caller's, nearly always a compiled path's interned one, so that the next lookup
          // and every copy of this map (a ResultPath copies the input on each state) match it by
          // identity. An equal String in its place changes nothing a reader can see.
          s[2 * i] = key;
          return i;
        }
      }
    }
    return -1;
  }

  /**
   * The number of fields of the small form, or -1 once the map is large: with {@link #smallValue}
   * a walk over every state's output reads the values without an iterator and an entry per field.
   */
  int smallSize() {
    return large != null ? -1 : size;
  }

  /** The value of field {@code i} of the small form. */
  JsonNode smallValue(int i) {
    return valueAt(i);
  }

  /**
   * The fields in order, each name at an even place and its value at the next, in the first
   * {@code 2 * size()} places of the array: the small form's own array, which the caller only
   * reads and reads before the map changes, else a fresh one. A walk with no iterator and no
   * entry per field, and for the small form nothing made at all.
   */
  Object[] readSlots() {
    return large == null ? slots : slotsOf(large.entrySet());
  }

  /** A fresh array of {@code fields} laid out as {@link #readSlots} lays them out. */
  static Object[] slotsOf(Set<Entry<String, JsonNode>> fields) {
    Object[] copy = new Object[2 * fields.size()];
    int i = 0;
    for (Map.Entry<String, JsonNode> field : fields) {
      copy[i++] = field.getKey();
      copy[i++] = field.getValue();
    }
    return copy;
  }

  private String keyAt(int i) {
    return (String) slots[2 * i];
  }

  private JsonNode valueAt(int i) {
    return (JsonNode) slots[2 * i + 1];
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
    return key == null ? null : get(key, key.hashCode());
  }

  /**
   * {@link #get} for a key whose hash code the caller computed once, at load: compiled paths look
   * up the same few names on every state, and a String's hashCode is a call the JIT's first tiers
   * do not inline.
   */
  public JsonNode get(Object key, int hash) {
    if (large != null) {
      return large.get(key);
    }
    int i = indexOf(key, hash);
    return i < 0 ? null : valueAt(i);
  }

  /** {@link #put} for a key whose hash code the caller computed once, as for {@link #get}. */
  public void put(String key, int hash, JsonNode value) {
    if (large != null) {
      large.put(key, value);
      return;
    }
    int i = indexOf(key, hash);
    if (i >= 0) {
      slots[2 * i + 1] = value;
    } else {
      add(key, hash, value);
    }
  }

  @Override
  public JsonNode put(String key, JsonNode value) {
    Objects.requireNonNull(key, "key");
    if (large != null) {
      return large.put(key, value);
    }
    int i = indexOf(key);
    if (i >= 0) {
      JsonNode old = valueAt(i);
      slots[2 * i + 1] = value;
      return old;
    }
    return add(key, key.hashCode(), value);
  }

  /** Adds a key this map does not have, whose hash code is {@code hash}. */
  private JsonNode add(String key, int hash, JsonNode value) {
    if (size == SMALL) {
      grow();
      return large.put(key, value);
    }
    if (size == hashes.length || sharedHashes) {
      resize(size < 4 ? 4 : SMALL);
    }
    slots[2 * size] = key;
    slots[2 * size + 1] = value;
    hashes[size] = hash;
    size++;
    modCount++;
    return null;
  }

  /** New arrays for {@code capacity} fields; plain copies, as Arrays.copyOf goes reflective. */
  private void resize(int capacity) {
    Object[] newSlots = new Object[2 * capacity];
    int[] newHashes = new int[capacity];
    System.arraycopy(slots, 0, newSlots, 0, 2 * size);
    System.arraycopy(hashes, 0, newHashes, 0, size);
    slots = newSlots;
    hashes = newHashes;
    sharedHashes = false;
  }

  /** Moves the fields into a LinkedHashMap, which holds them from now on. */
  private void grow() {
    large = new LinkedHashMap<>(SMALL * 4);
    for (int i = 0; i < size; i++) {
      large.put(keyAt(i), valueAt(i));
    }
    slots = null;
    hashes = null;
    sharedHashes = false;
    size = 0;
    modCount++;
  }

  /** Copying a small map into an empty one, the common case of ResultPath, is {@link #copyOf}. */
  @Override
  public void putAll(Map<? extends String, ? extends JsonNode> other) {
    if (large == null && size == 0 && other instanceof CompactMap small && small.large == null) {
      copyOf(small);
    } else {
      putAllOther(other);
    }
  }

  /** This empty map made a copy of {@code small}: two array copies. */
  private void copyOf(CompactMap small) {
    slots = small.slots;
    hashes = small.hashes;
    size = small.size;
    // Fresh arrays at once, with room for one more field: a ResultPath copy adds the result next.
    resize(size < 4 ? 4 : SMALL);
    modCount++;
  }

  private void putAllOther(Map<? extends String, ? extends JsonNode> other) {
    if (large == null && size == 0 && other.size() <= SMALL) {
      // Keys from another mapper's objects are interned on their way in, as the runtime's own
      // are, so that the lookups of compiled paths that follow match them by identity.
      for (Map.Entry<? extends String, ? extends JsonNode> field : other.entrySet()) {
        put(field.getKey().intern(), field.getValue());
      }
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
    JsonNode old = valueAt(i);
    int moved = size - i - 1;
    System.arraycopy(slots, 2 * i + 2, slots, 2 * i, 2 * moved);
    if (sharedHashes) {
      hashes = Arrays.copyOf(hashes, hashes.length);
      sharedHashes = false;
    }
    System.arraycopy(hashes, i + 1, hashes, i, moved);
    size--;
    slots[2 * size] = null;
    slots[2 * size + 1] = null;
    modCount++;
    return old;
  }

  @Override
  public void clear() {
    if (large != null) {
      large.clear();
      return;
    }
    Arrays.fill(slots, 0, 2 * size, null);
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
      return new Field(keyAt(last), valueAt(last));
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
          slots[2 * i + 1] = value;
        }
      } else if (large.containsKey(getKey())) {
        large.put(getKey(), value);
      }
      return super.setValue(value);
    }
  }
}
