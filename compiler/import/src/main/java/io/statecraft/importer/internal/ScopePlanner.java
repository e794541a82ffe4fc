package io.statecraft.importer.internal;

import com.palantir.javapoet.CodeBlock;
import io.statecraft.asl.Catcher;
import io.statecraft.asl.ChoiceRule;
import io.statecraft.asl.ChoiceState;
import io.statecraft.asl.ErrorHandling;
import io.statecraft.asl.State;
import io.statecraft.asl.Transitioning;
import io.statecraft.asl.internal.JsonPointers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * Orders the declarations of one scope (the machine, a Parallel branch or a Map's processor) so
 * that every builder exists before it is used: a Choice rule or a catcher takes the flow of its
 * target, and {@code next(...)} chains run from a "head" (the start, a target, a join) to the next
 * head. A transition that can only close a loop after both ends exist (a state that goes back to
 * a Choice that leads to it) is added with {@code graph(...)}; a cycle with no Next transition
 * at all (two states that catch into each other) names its state before it exists, with
 * {@code forward()} and {@code bind(...)}.
 */
final class ScopePlanner {

  private final Map<String, State> states;
  private final String startAt;
  private final Set<String> heads = new HashSet<>();
  /** Heads used in one place only: their flow is written there instead of in a variable. */
  private final Set<String> inline = new HashSet<>();
  private final Map<String, String> nodeVar = new HashMap<>();
  private final Map<String, CodeBlock> chainOf = new HashMap<>();
  private final Set<String> nodeBusy = new HashSet<>();
  private final Set<String> chainBusy = new HashSet<>();
  private final List<Loop> loops = new ArrayList<>();
  /** The variables of forward references, by the state they stand for. */
  private final Map<String, String> forwards = new HashMap<>();
  private final MethodBody body;
  /** The states whose builders were written: at the end, every state of the scope. */
  private final Set<String> written = new HashSet<>();

  /** A Next transition cut out of its chain and added with {@code graph(...)}. */
  private record Loop(String from, String to) {}

  private final String statesPointer;

  /** @param statesPointer the JSON pointer of this scope's States object, e.g. "/States" */
  ScopePlanner(String statesPointer, String startAt, Map<String, State> states, MethodBody body) {
    this.statesPointer = statesPointer;
    this.startAt = startAt;
    this.states = states;
    this.body = body;
    findHeads();
  }

  /** Declares everything this scope needs and returns the expression of its whole flow. */
  CodeBlock flow() {
    CodeBlock start = reference(startAt);
    List<CodeBlock> closed = new ArrayList<>();
    // Building a loop's target can cut further loops, so the list may grow while it is read.
    for (int i = 0; i < loops.size(); i++) {
      Loop loop = loops.get(i);
      closed.add(CodeBlock.of("$N.next($L)", loop.from(), reference(loop.to())));
    }
    for (String name : states.keySet()) {
      // Past a state refused for nesting too deeply, the states it leads to are not planned.
      if (!written.contains(name) && !body.refusedAsTooDeep()) {
        // The DSL declares a state by using it: one no transition reaches cannot be written.
        body.problem(new InexpressibleException("State '" + name + "' is not reached from"
            + " StartAt '" + startAt + "' by any transition, and the DSL declares states only by"
            + " leading to them; connect it or remove it").at(pointer(name)));
      }
    }
    if (closed.isEmpty()) {
      return start;
    }
    if (!SourceVersion.isIdentifier(start.toString())) {
      // graph(...) reads best with short arguments: the start's flow gets a name of its own.
      start = body.hoist("from " + startAt, start, MethodBody.FLOW);
    }
    CodeBlock.Builder graph = CodeBlock.builder().add("graph($L", start);
    closed.forEach(loop -> graph.add(",\n$>$>$L$<$<", loop));
    return graph.add(")").build();
  }

  private void findHeads() {
    heads.add(startAt);
    Map<String, Integer> incoming = new HashMap<>();
    Map<String, Integer> uses = new HashMap<>();
    for (Map.Entry<String, State> entry : states.entrySet()) {
      State state = entry.getValue();
      heads.addAll(targets(state));
      references(state).forEach(target -> uses.merge(target, 1, Integer::sum));
      if (state instanceof Transitioning moving && moving.next() != null) {
        incoming.merge(moving.next(), 1, Integer::sum);
        uses.merge(moving.next(), 1, Integer::sum);
      }
    }
    incoming.forEach((name, count) -> {
      if (count > 1) {
        heads.add(name);
      }
    });
    Set<String> cutEnds = new HashSet<>();
    for (Map.Entry<String, State> entry : states.entrySet()) {
      if (entry.getValue() instanceof Transitioning moving
          && body.isCut(entry.getKey(), moving.next())) {
        heads.add(entry.getKey());
        heads.add(moving.next());
        cutEnds.add(entry.getKey());
        cutEnds.add(moving.next());
      }
    }
    for (String head : heads) {
      int used = uses.getOrDefault(head, 0) + (head.equals(startAt) ? 1 : 0);
      if (!cutEnds.contains(head) && used == 1) {
        inline.add(head);
      }
    }
  }

  /** The JSON pointer of state {@code name} in this scope. */
  String pointer(String name) {
    return JsonPointers.child(statesPointer, name);
  }

  /** Every Choice rule, default and catcher target, once per use. */
  private static List<String> references(State state) {
    List<String> targets = new ArrayList<>();
    if (state instanceof ChoiceState choice) {
      choice.choices().forEach(rule -> targets.add(rule.next()));
      if (choice.defaultNext() != null) {
        targets.add(choice.defaultNext());
      }
    }
    if (state instanceof ErrorHandling handling) {
      handling.catchers().forEach(catcher -> targets.add(catcher.next()));
    }
    return targets;
  }

  /** The states a state names outside {@code Next}: Choice rules, its default, catchers. */
  static Set<String> targets(State state) {
    Set<String> targets = new LinkedHashSet<>();
    if (state instanceof ChoiceState choice) {
      for (ChoiceRule rule : choice.choices()) {
        targets.add(rule.next());
      }
      if (choice.defaultNext() != null) {
        targets.add(choice.defaultNext());
      }
    }
    if (state instanceof ErrorHandling handling) {
      for (Catcher catcher : handling.catchers()) {
        targets.add(catcher.next());
      }
    }
    return targets;
  }

  /** The flow to pass where {@code name} is a target: its chain, or its bare builder in a loop. */
  CodeBlock reference(String name) {
    if (chainOf.containsKey(name)) {
      return chainOf.get(name);
    }
    if (!chainBusy.contains(name)) {
      chain(name);
      return chainOf.get(name);
    }
    if (nodeVar.containsKey(name)) {
      return CodeBlock.of("$N", nodeVar.get(name));
    }
    MethodBody.Replan replan = body.replan(name);
    if (replan != null) {
      throw replan;
    }
    // Only Choice rules and catchers lead back: the state is named before it exists.
    return CodeBlock.of("$N", forwards.computeIfAbsent(name, state -> {
      String variable = body.fresh(state + " later");
      body.declare(variable, CodeBlock.of("forward()"), MethodBody.FORWARD);
      return variable;
    }));
  }

  private void chain(String head) {
    boolean deep = body.nest();
    try {
      chain(head, deep);
    } finally {
      body.unnest();
    }
  }

  private void chain(String head, boolean deep) {
    chainBusy.add(head);
    boolean inlined = inline.contains(head);
    CodeBlock headCode = inlined ? expression(head) : CodeBlock.of("$N", declare(head));
    List<CodeBlock> parts = new ArrayList<>();
    // The state each part starts with, to name a variable holding the chain from there.
    List<String> partStates = new ArrayList<>();
    String current = head;
    Set<String> seen = new HashSet<>();
    seen.add(head);
    int followed = 0;
    while (true) {
      State state = states.get(current);
      String next = state instanceof Transitioning moving ? moving.next() : null;
      if (next == null) {
        break;
      }
      if (body.isCut(current, next)) {
        loops.add(new Loop(parts.isEmpty() ? nodeVar.get(head) : named(current, parts), next));
        break;
      }
      if (heads.contains(next) || seen.contains(next)) {
        if (chainOf.containsKey(next) || !chainBusy.contains(next)) {
          body.follow(current, next);
          followed++;
          parts.add(reference(next));
          partStates.add(next);
        } else if (nodeVar.containsKey(next)) {
          parts.add(CodeBlock.of("$N", nodeVar.get(next)));
          partStates.add(next);
        } else {
          throw body.cut(current, next);
        }
        break;
      }
      seen.add(next);
      body.follow(current, next);
      followed++;
      parts.add(expression(next));
      partStates.add(next);
      current = next;
    }
    body.unfollow(followed);
    CodeBlock chain = links(headCode, parts, partStates);
    boolean fits = !deep && !MethodBody.tooLarge(chain);
    if (parts.isEmpty() && !inlined || (parts.isEmpty() || inlined) && fits) {
      chainOf.put(head, chain);
    } else {
      chainOf.put(head, body.hoist("from " + head, chain, MethodBody.FLOW));
    }
    chainBusy.remove(head);
  }

  /**
   * {@code head.next(part).next(part)...}; a long chain ends in variables holding its tail, each
   * a chain of at most {@link MethodBody#MAX_PARTS} links and {@link
   * MethodBody#MAX_STATEMENT_BYTES} of bytecode, so that no statement is too large for javac.
   */
  private CodeBlock links(CodeBlock headCode, List<CodeBlock> parts, List<String> partStates) {
    CodeBlock tail = null;
    int end = parts.size();
    int size = 0;
    // The first link stays with the head; from the last one back, full runs become variables.
    for (int i = end - 1; i >= 1; i--) {
      size += Bytecode.estimate(parts.get(i));
      if (end - i >= MethodBody.MAX_PARTS || size > MethodBody.MAX_STATEMENT_BYTES) {
        tail = body.hoist("from " + partStates.get(i),
            joined(parts.get(i), withTail(parts.subList(i + 1, end), tail)), MethodBody.FLOW);
        end = i;
        size = 0;
      }
    }
    return joined(headCode, withTail(parts.subList(0, end), tail));
  }

  private static List<CodeBlock> withTail(List<CodeBlock> links, CodeBlock tail) {
    List<CodeBlock> all = new ArrayList<>(links);
    if (tail != null) {
      all.add(tail);
    }
    return all;
  }

  private static CodeBlock joined(CodeBlock first, List<CodeBlock> next) {
    CodeBlock.Builder chain = CodeBlock.builder().add("$L", first);
    next.forEach(part -> chain.add("\n$>$>.next($L)$<$<", part));
    return chain.build();
  }

  /** Turns the last inlined part of a chain into a variable so a loop can start from it. */
  private String named(String state, List<CodeBlock> parts) {
    String name = body.fresh(state);
    body.declare(name, parts.remove(parts.size() - 1), MethodBody.OPEN_FLOW);
    parts.add(CodeBlock.of("$N", name));
    nodeVar.put(state, name);
    return name;
  }

  /** Declares the builder of {@code name} as a variable (once) and returns the variable. */
  private String declare(String name) {
    if (nodeVar.containsKey(name)) {
      return nodeVar.get(name);
    }
    CodeBlock expression = expression(name);
    String variable = body.fresh(name);
    // A state that goes on is the start of a chain or of a closed loop: next(...) is called on it.
    body.declare(variable, expression, states.get(name) instanceof Transitioning
        ? MethodBody.OPEN_FLOW : MethodBody.FLOW);
    nodeVar.put(name, variable);
    return variable;
  }

  private CodeBlock expression(String name) {
    State state = states.get(name);
    if (state == null) {
      // The validator names the transition (TRANSITION_UNKNOWN); the plan only needs to go on.
      return Literals.code("succeed($S)", name);
    }
    if (body.atNestingLimit()) {
      if (!body.refusedAsTooDeep()) {
        body.refuseAsTooDeep();
        body.problem(new InexpressibleException("State '" + name + "' would be written "
            + MethodBody.MAX_STATE_NESTING + " expressions deep, inside the states that lead to it by"
            + " Choice rules, catchers or branches; import writes at most "
            + MethodBody.MAX_STATE_NESTING + " levels, more than a definition within AWS's 1 MiB"
            + " size limit can nest: make the chain shorter, e.g. by moving part of it into a"
            + " state machine of its own, started by a states:startExecution Task")
            .at(pointer(name)));
      }
      return CodeBlock.of("succeed($S)", name);
    }
    if (!nodeBusy.add(name)) {
      body.problem(new InexpressibleException("State '" + name + "' cannot be built: it is the"
          + " target of a Choice rule or catcher of a state that it needs itself").at(pointer(name)));
      return Literals.code("succeed($S)", name);
    }
    written.add(name);
    body.enter(name);
    CodeBlock expression;
    try {
      expression = new StateCode(this, body).expression(name, state);
    } catch (InexpressibleException e) {
      body.problem(e.at(pointer(name)));
      // The code is not written when there is a problem; the state's targets are still planned,
      // so that their own problems are found in the same import.
      targets(state).forEach(this::reference);
      expression = Literals.code("succeed($S)", name);
    }
    body.leave();
    nodeBusy.remove(name);
    String forward = forwards.get(name);
    return forward == null ? expression : CodeBlock.of("$N.bind($L)", forward, expression);
  }
}
