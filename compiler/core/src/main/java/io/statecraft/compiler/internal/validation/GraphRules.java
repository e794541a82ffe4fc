package io.statecraft.compiler.internal.validation;

import io.statecraft.asl.Catcher;
import io.statecraft.asl.ChoiceRule;
import io.statecraft.asl.ChoiceState;
import io.statecraft.asl.ErrorHandling;
import io.statecraft.asl.FailState;
import io.statecraft.asl.PassState;
import io.statecraft.asl.State;
import io.statecraft.asl.SucceedState;
import io.statecraft.asl.Transitioning;
import io.statecraft.compiler.validation.Rule;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Names and transitions: StartAt, Next, Default and Catch targets in the same scope, Next/End,
 * a terminal state per scope, reachability, unique names, and loops that never wait.
 */
final class GraphRules {

  /** AWS's limit on state names, in characters. */
  static final int MAX_NAME_LENGTH = 80;

  private final Findings findings;
  private final List<Scope> scopes;
  /** Where each name is declared first: its scope's pointer. */
  private final Map<String, String> scopeOfName = new HashMap<>();

  GraphRules(Findings findings, List<Scope> scopes) {
    this.findings = findings;
    this.scopes = scopes;
  }

  void check() {
    checkNames();
    for (Scope scope : scopes) {
      checkScope(scope);
    }
  }

  private void checkNames() {
    for (Scope scope : scopes) {
      for (Scope.Site site : scope.sites()) {
        String name = site.name();
        String first = scopeOfName.putIfAbsent(name, scope.pointer());
        if (first != null) {
          findings.report(Rule.STATE_NAME_DUPLICATE, site.pointer(), "the name \"" + name
              + "\" is already used by the state at " + scopeLabel(first) + "; state names must be"
              + " unique in the whole machine, branches and Map processors included");
        }
        int length = name.codePointCount(0, name.length());
        if (length > MAX_NAME_LENGTH) {
          findings.report(Rule.STATE_NAME_TOO_LONG, site.pointer(), "state name \"" + name
              + "\" has " + length + " characters; AWS allows at most " + MAX_NAME_LENGTH);
        }
        if (name.isEmpty() || name.codePoints().anyMatch(GraphRules::forbidden)) {
          findings.report(Rule.STATE_NAME_INVALID, site.pointer(), name.isEmpty()
              ? "a state name must not be empty"
              : "state name \"" + printable(name) + "\" contains a control character or a"
                  + " non-character");
        }
      }
    }
  }

  private static String scopeLabel(String scopePointer) {
    return (scopePointer.isEmpty() ? "" : scopePointer) + "/States";
  }

  private void checkScope(Scope scope) {
    Map<String, State> states = scope.states();
    if (!states.containsKey(scope.startAt())) {
      reportTarget(Rule.START_AT_UNKNOWN, scope.pointer() + "/StartAt", "StartAt",
          scope.startAt(), scope);
    }
    boolean terminal = false;
    for (Scope.Site site : scope.sites()) {
      State state = site.state();
      terminal |= state instanceof SucceedState || state instanceof FailState
          || (state instanceof Transitioning t && t.end());
      for (Map.Entry<String, String> target : targets(state).entrySet()) {
        if (!states.containsKey(target.getValue())) {
          reportTarget(Rule.TRANSITION_UNKNOWN, site.pointer() + target.getKey(),
              lastField(target.getKey()), target.getValue(), scope);
        }
      }
      if (state instanceof Transitioning t) {
        checkNextOrEnd(site, t);
      }
    }
    if (!terminal && !states.isEmpty()) {
      findings.report(Rule.NO_TERMINAL_STATE, scope.pointer() + "/States",
          "no state here ends the " + (scope.pointer().isEmpty() ? "execution" : "scope")
              + ": there is no Succeed or Fail state and none has \"End\": true");
    }
    if (states.containsKey(scope.startAt())) {
      checkReachable(scope);
      checkLoops(scope);
    }
  }

  private void checkNextOrEnd(Scope.Site site, Transitioning state) {
    if (state.next() != null && state.end()) {
      findings.report(Rule.NEXT_OR_END, site.pointer(), site.state().type().aslName() + " state \""
          + site.name() + "\" has both Next and \"End\": true; give exactly one");
    } else if (state.next() == null && !state.end()) {
      findings.report(Rule.NEXT_OR_END, site.pointer(), site.state().type().aslName() + " state \""
          + site.name() + "\" has neither Next nor \"End\": true; give exactly one");
    }
  }

  private void reportTarget(Rule rule, String pointer, String field, String target, Scope scope) {
    String elsewhere = scopeOfName.get(target);
    if (elsewhere != null) {
      findings.report(Rule.TRANSITION_OUT_OF_SCOPE, pointer, field + " names \"" + target
          + "\", which is in " + scopeLabel(elsewhere) + ", not in " + scopeLabel(scope.pointer())
          + "; transitions cannot enter or leave a Parallel branch or a Map processor");
    } else {
      findings.report(rule, pointer, field + " names \"" + target + "\", but there is no state"
          + " of that name", "the states here are " + names(scope));
    }
  }

  /** The names of a scope's states for a hint: all of them, or the first ten of a long list. */
  private static String names(Scope scope) {
    List<String> names = new ArrayList<>(scope.states().keySet());
    return names.size() <= 10 ? String.join(", ", names)
        : String.join(", ", names.subList(0, 10)) + " and " + (names.size() - 10) + " more";
  }

  /** Every transition of {@code state}: the pointer suffix of the field, and the target name. */
  static Map<String, String> targets(State state) {
    Map<String, String> targets = new LinkedHashMap<>();
    if (state instanceof Transitioning t && t.next() != null) {
      targets.put("/Next", t.next());
    }
    if (state instanceof ChoiceState choice) {
      eachNext(targets, "/Choices/", choice.choices(), ChoiceRule::next);
      if (choice.defaultNext() != null) {
        targets.put("/Default", choice.defaultNext());
      }
    }
    if (state instanceof ErrorHandling handling) {
      eachNext(targets, "/Catch/", handling.catchers(), Catcher::next);
    }
    return targets;
  }

  /** The Next of each element of a Choices or Catch array that has one, by its pointer suffix. */
  private static <T> void eachNext(Map<String, String> targets, String array, List<T> elements,
      Function<T, String> next) {
    for (int i = 0; i < elements.size(); i++) {
      String target = next.apply(elements.get(i));
      if (target != null) {
        targets.put(array + i + "/Next", target);
      }
    }
  }

  private void checkReachable(Scope scope) {
    Set<String> reached = reachableFrom(scope, scope.startAt(), null);
    for (Scope.Site site : scope.sites()) {
      if (!reached.contains(site.name())) {
        findings.report(Rule.STATE_UNREACHABLE, site.pointer(), "state \"" + site.name()
            + "\" cannot be reached: no transition from StartAt \"" + scope.startAt()
            + "\" leads to it");
      }
    }
  }

  /** The names reachable from {@code start} (itself included), following only {@code allowed}. */
  private static Set<String> reachableFrom(Scope scope, String start, Set<String> allowed) {
    Set<String> reached = new LinkedHashSet<>();
    Deque<String> pending = new ArrayDeque<>(List.of(start));
    while (!pending.isEmpty()) {
      String name = pending.pop();
      State state = scope.states().get(name);
      if (state == null || (allowed != null && !allowed.contains(name)) || !reached.add(name)) {
        continue;
      }
      pending.addAll(targets(state).values());
    }
    return reached;
  }

  /**
   * Warns about cycles made only of Pass and Choice states: such a loop burns through state
   * transitions (and the 25,000-event history limit) without waiting for anything. Each cycle is
   * a strongly connected component of the idle states, found once for the whole scope, so a
   * machine of thousands of states costs time in proportion to its transitions.
   */
  private void checkLoops(Scope scope) {
    Map<String, State> idle = new LinkedHashMap<>();
    scope.states().forEach((name, state) -> {
      if (state instanceof PassState || state instanceof ChoiceState) {
        idle.put(name, state);
      }
    });
    Map<String, Set<String>> loopOf = IdleLoops.loops(idle);
    Set<Set<String>> reported = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (String name : idle.keySet()) {
      Set<String> loop = loopOf.get(name);
      // A loop is reported once, at its first state, its states in the order they are reached.
      if (loop == null || !reported.add(loop)) {
        continue;
      }
      List<String> cycle = new ArrayList<>(reachableFrom(scope, name, loop));
      findings.report(Rule.LOOP_WITHOUT_WAIT, scope.statePointer(name), "states "
          + String.join(", ", cycle) + " form a loop with no Task or Wait state in it; an"
          + " execution caught in it spins until it hits the history limit",
          "make sure a Choice rule leaves the loop, and add a Wait state if it polls");
    }
  }

  private static String lastField(String suffix) {
    String[] parts = suffix.split("/");
    String field = parts[parts.length - 1];
    return suffix.startsWith("/Catch") ? "Catch[" + parts[2] + "].Next"
        : suffix.startsWith("/Choices") ? "Choices[" + parts[2] + "].Next" : field;
  }

  /**
   * The characters AWS's name rules refuse that a JSON string can hold: controls (U+0000-001F,
   * U+007F-009F), U+FFFE-FFFF and unpaired surrogates. (The rest of those rules, no spaces or
   * brackets, applies to execution and machine names; state names are full of spaces.)
   */
  private static boolean forbidden(int c) {
    return Character.isISOControl(c) || c == 0xFFFE || c == 0xFFFF
        || (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE);
  }

  private static String printable(String name) {
    StringBuilder text = new StringBuilder();
    name.codePoints().forEach(c -> text.append(forbidden(c)
        ? String.format("\\u%04x", c) : new String(Character.toChars(c))));
    return text.toString();
  }
}
