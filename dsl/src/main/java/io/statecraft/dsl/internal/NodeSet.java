package io.statecraft.dsl.internal;

import java.util.function.Consumer;

/**
 * An immutable set of states that shares its structure with the sets it was made from: adding a
 * state copies the few small arrays on the way to it, not the set. Each fragment keeps the states
 * its {@code Next} transitions leave from in one, so that wiring one more state to a chain of
 * thousands costs a few array copies instead of a copy of the chain.
 *
 * <p>A trie on {@link StateNode#id}, five bits a level: the ids of states are handed out in
 * order, so a level is added only every 32-fold growth of the number of states ever created.
 */
final class NodeSet {

  static final NodeSet EMPTY = new NodeSet(null, 0, 0);

  private static final int BITS = 5;
  private static final int WIDTH = 1 << BITS;
  private static final int MASK = WIDTH - 1;

  /** Levels of {@link #WIDTH} slots; below the last level, the slots hold the states. */
  private final Object[] root;
  /** How far to shift an id for the root's slot. */
  private final int shift;
  private final int size;

  private NodeSet(Object[] root, int shift, int size) {
    this.root = root;
    this.shift = shift;
    this.size = size;
  }

  int size() {
    return size;
  }

  boolean contains(StateNode node) {
    long id = node.id;
    if (root == null || !fits(id, shift)) {
      return false;
    }
    Object[] level = root;
    for (int s = shift; s > 0; s -= BITS) {
      Object child = level[slot(id, s)];
      if (child == null) {
        return false;
      }
      level = (Object[]) child;
    }
    return level[slot(id, 0)] == node;
  }

  NodeSet with(StateNode node) {
    if (contains(node)) {
      return this;
    }
    Object[] top = root == null ? new Object[WIDTH] : root;
    int topShift = root == null ? 0 : shift;
    while (!fits(node.id, topShift)) {
      Object[] above = new Object[WIDTH];
      above[0] = top;
      top = above;
      topShift += BITS;
    }
    return new NodeSet(inserted(top, topShift, node), topShift, size + 1);
  }

  /** Both sets in one: the smaller one's states are added to the larger one. */
  NodeSet union(NodeSet other) {
    NodeSet large = size >= other.size ? this : other;
    NodeSet small = large == this ? other : this;
    NodeSet[] result = {large};
    small.forEach(node -> result[0] = result[0].with(node));
    return result[0];
  }

  void forEach(Consumer<StateNode> action) {
    if (root != null) {
      forEach(root, shift, action);
    }
  }

  // Recursion here is as deep as the trie: at most 13 levels for a 64-bit id.
  private static void forEach(Object[] level, int shift, Consumer<StateNode> action) {
    for (Object child : level) {
      if (child == null) {
        continue;
      }
      if (shift == 0) {
        action.accept((StateNode) child);
      } else {
        forEach((Object[]) child, shift - BITS, action);
      }
    }
  }

  private static Object[] inserted(Object[] level, int shift, StateNode node) {
    Object[] copy = level.clone();
    int index = slot(node.id, shift);
    if (shift == 0) {
      copy[index] = node;
    } else {
      Object[] child = (Object[]) level[index];
      copy[index] = inserted(child == null ? new Object[WIDTH] : child, shift - BITS, node);
    }
    return copy;
  }

  private static boolean fits(long id, int shift) {
    return shift + BITS >= Long.SIZE || id >>> (shift + BITS) == 0;
  }

  private static int slot(long id, int shift) {
    return (int) (id >>> shift) & MASK;
  }
}
