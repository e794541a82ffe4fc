package io.statecraft.compiler.internal.validation;

import io.statecraft.asl.State;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The loops among a scope's idle (Pass and Choice) states: their strongly connected components
 * that hold a cycle, found by Tarjan's algorithm in one pass over the transitions. Iterative, so
 * a chain of thousands of states costs no stack.
 */
final class IdleLoops {

  private final Map<String, State> idle;
  private final Map<String, Integer> index = new HashMap<>();
  private final Map<String, Integer> lowLink = new HashMap<>();
  private final Deque<String> stack = new ArrayDeque<>();
  private final Set<String> onStack = new HashSet<>();
  private final Map<String, Set<String>> loopOf = new HashMap<>();

  private IdleLoops(Map<String, State> idle) {
    this.idle = idle;
  }

  /**
   * Each idle state on a cycle of idle states, mapped to the set of its loop's states (one set
   * per loop, shared by its states). States on no cycle are absent.
   */
  static Map<String, Set<String>> loops(Map<String, State> idle) {
    IdleLoops search = new IdleLoops(idle);
    for (String name : idle.keySet()) {
      if (!search.index.containsKey(name)) {
        search.visit(name);
      }
    }
    return search.loopOf;
  }

  /** One depth-first search from {@code root}, with an explicit stack of successor iterators. */
  private void visit(String root) {
    Deque<Frame> frames = new ArrayDeque<>();
    frames.push(enter(root));
    while (!frames.isEmpty()) {
      Frame frame = frames.peek();
      if (frame.successors.hasNext()) {
        String next = frame.successors.next();
        if (!idle.containsKey(next)) {
          continue;
        }
        if (next.equals(frame.name)) {
          frame.selfLoop = true;
        }
        if (!index.containsKey(next)) {
          frames.push(enter(next));
        } else if (onStack.contains(next)) {
          lowLink.merge(frame.name, index.get(next), Math::min);
        }
        continue;
      }
      frames.pop();
      if (!frames.isEmpty()) {
        lowLink.merge(frames.peek().name, lowLink.get(frame.name), Math::min);
      }
      if (lowLink.get(frame.name).equals(index.get(frame.name))) {
        component(frame);
      }
    }
  }

  private Frame enter(String name) {
    index.put(name, index.size());
    lowLink.put(name, index.get(name));
    stack.push(name);
    onStack.add(name);
    List<String> successors = new ArrayList<>(GraphRules.targets(idle.get(name)).values());
    return new Frame(name, successors.iterator());
  }

  /** Pops the component rooted at {@code root}; keeps it if it is a loop. */
  private void component(Frame root) {
    Set<String> members = new HashSet<>();
    String member;
    do {
      member = stack.pop();
      onStack.remove(member);
      members.add(member);
    } while (!member.equals(root.name));
    if (members.size() > 1 || root.selfLoop) {
      members.forEach(name -> loopOf.put(name, members));
    }
  }

  /** A state being searched and the successors not yet looked at. */
  private static final class Frame {
    final String name;
    final Iterator<String> successors;
    boolean selfLoop;

    Frame(String name, Iterator<String> successors) {
      this.name = name;
      this.successors = successors;
    }
  }
}
