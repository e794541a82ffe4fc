package io.statecraft.importer.internal;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
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

  static final ClassName FLOW = ClassName.get("io.statecraft.dsl.flow", "Flow");
  static final ClassName OPEN_FLOW = ClassName.get("io.statecraft.dsl.flow", "OpenFlow");
  static final ClassName FORWARD = ClassName.get("io.statecraft.dsl.flow", "Forward");
  static final ClassName CHOICE_RULES = ClassName.get("io.statecraft.dsl.flow", "ChoiceRules");
  static final ClassName CONDITION = ClassName.get("io.statecraft.asl.condition", "Condition");
  static final TypeName CONDITIONS = ParameterizedTypeName.get(ClassName.get(List.class), CONDITION);

  /**
   * How deep flows and conditions nest inside one statement before the inner one gets a
   * variable of its own: javac attributes nested calls recursively, and a few
   * hundred levels overflow its stack.
   */
  static final int MAX_NESTING = 16;

  /**
   * The most bytecode (as {@link Bytecode#estimate} counts it) one statement gathers from parts of
   * similar kind (chain links, Choice rules, condition operands) before the ones so far get a
   * variable: this keeps every statement far below javac's 64 KiB of bytecode per method,
   * whatever the size of the machine.
   */
  static final int MAX_STATEMENT_BYTES = 8_000;

  /** The most links, rules or operands one statement gathers, for the same reason. */
  static final int MAX_PARTS = 64;

  /** One {@code var name = expression;}, with the type a field would need to hold the value. */
  record Declaration(String name, TypeName type, CodeBlock expression) {}

  private final Names names = new Names();
  private final List<Declaration> statements = new ArrayList<>();
  private int nesting;
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

  /**
   * Declares {@code variable}; {@code type} is what the rest of the code needs of it (a field
   * of that type holds it when the machine is built in parts).
   */
  void declare(String variable, CodeBlock expression, TypeName type) {
    statements.add(new Declaration(variable, type, expression));
  }

  /** {@code expression} in a fresh variable named after {@code text}; the variable's reference. */
  CodeBlock hoist(String text, CodeBlock expression, TypeName type) {
    String variable = fresh(text);
    declare(variable, expression, type);
    return CodeBlock.of("$N", variable);
  }

  List<Declaration> statements() {
    return statements;
  }

  /**
   * One level deeper into nested expressions; true every {@link #MAX_NESTING} levels, where the
   * expression being built should get a variable so that no statement nests deeper than that.
   */
  boolean nest() {
    nesting++;
    return nesting % MAX_NESTING == 0;
  }

  void unnest() {
    nesting--;
  }

  /** Whether an expression is too large or too deep to be part of another one. */
  static boolean tooLarge(CodeBlock expression) {
    return Bytecode.estimate(expression) > MAX_STATEMENT_BYTES;
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
   * recurses a few frames per level, on a thread with a deep stack (see Importer: 20,000 levels
   * need under 50 MB of its 512 MB). No definition AWS accepts comes near: each level is a state
   * of its own, and a state that leads to another one by a rule or catcher takes at least 67
   * characters of JSON, so the 1 MiB size limit allows about 15,600 levels. javac compiles the
   * code of 20,000 (cut into variables every {@link #MAX_NESTING} levels), and the DSL builds it
   * with stacks of its own. A machine nested deeper is refused at the state where the limit is
   * reached.
   */
  static final int MAX_STATE_NESTING = 20_000;

  /** The states whose expressions are being written, one inside another. */
  private int stateNesting;
  /** Whether a state was refused for nesting too deeply: the states beyond it are not planned. */
  private boolean tooDeep;

  /** Whether the expression of one more state would nest deeper than {@link #MAX_STATE_NESTING}. */
  boolean atNestingLimit() {
    return stateNesting >= MAX_STATE_NESTING;
  }

  void refuseAsTooDeep() {
    tooDeep = true;
  }

  boolean refusedAsTooDeep() {
    return tooDeep;
  }

  void enter(String state) {
    building.push(new String[] {state});
    stateNesting++;
  }

  void leave() {
    building.pop();
    stateNesting--;
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
