package io.statecraft.importer.internal;

import com.palantir.javapoet.CodeBlock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * The statements of the generated {@code define()} method, in declaration order, and what the
 * planners are building right now: the states whose builders are being made and the Next
 * transitions being followed, so that a cycle can be cut at a Next transition.
 */
final class MethodBody {

  private final Names names = new Names();
  private final List<CodeBlock> statements = new ArrayList<>();
  private final Set<String> cuts;
  private final Deque<String[]> building = new ArrayDeque<>();
  /** What the DSL cannot write, collected so that one import reports all of it. */
  private final List<InexpressibleException> problems = new ArrayList<>();

  /** @param cuts the Next transitions ("from\0to") to add with graph(...) instead of next() */
  MethodBody(Set<String> cuts) {
    this.cuts = cuts;
  }

  String fresh(String stateName) {
    return names.variable(stateName);
  }

  void declare(String variable, CodeBlock expression) {
    statements.add(CodeBlock.of("var $N = $L;\n", variable, expression));
  }

  List<CodeBlock> statements() {
    return statements;
  }

  /** Records a problem located at its state; planning goes on to find the others. */
  void problem(InexpressibleException located) {
    problems.add(located);
  }

  List<InexpressibleException> problems() {
    return problems;
  }

  boolean isCut(String from, String to) {
    return to != null && cuts.contains(key(from, to));
  }

  /**
   * How many state expressions the generated code may nest, one inside another: a Choice rule,
   * catcher or branch writes the flow it leads to inside its own state's expression. Planning
   * recurses once per level, and javac too when it compiles the result; a machine nested deeper
   * (a chain of a thousand Choice states, each the Default of the one before) is refused at the
   * state where the limit is reached, instead of exhausting the stack.
   */
  static final int MAX_NESTING = 200;

  /** The states whose expressions are being written, one inside another. */
  private int nesting;
  /** Whether a state was refused for nesting too deeply: the states beyond it are not planned. */
  private boolean tooDeep;

  /** Whether the expression of one more state would nest deeper than {@link #MAX_NESTING}. */
  boolean atNestingLimit() {
    return nesting >= MAX_NESTING;
  }

  void refuseAsTooDeep() {
    tooDeep = true;
  }

  boolean refusedAsTooDeep() {
    return tooDeep;
  }

  void enter(String state) {
    building.push(new String[] {state});
    nesting++;
  }

  void leave() {
    building.pop();
    nesting--;
  }

  void follow(String from, String to) {
    building.push(new String[] {from, to});
  }

  void unfollow(int count) {
    for (int i = 0; i < count; i++) {
      building.pop();
    }
  }

  /** Cut the Next transition {@code from -> to} and plan again. */
  Replan cut(String from, String to) {
    return new Replan(key(from, to));
  }

  /**
   * {@code state} is needed while its own builder is being made: the latest Next transition on
   * the way back to it, to cut, or null if the cycle has none (Choice rules and catchers only).
   */
  Replan replan(String state) {
    for (Iterator<String[]> it = building.iterator(); it.hasNext(); ) {
      String[] entry = it.next();
      if (entry.length == 2) {
        return new Replan(key(entry[0], entry[1]));
      }
      if (entry[0].equals(state)) {
        break;
      }
    }
    return null;
  }

  private static String key(String from, String to) {
    return from + '\0' + to;
  }

  /** Thrown to start planning again with one more transition cut. */
  static final class Replan extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String edge;

    Replan(String edge) {
      super(edge, null, false, false);
      this.edge = edge;
    }
  }
}
