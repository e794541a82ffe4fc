package io.statecraft.compiler.internal.validation;

import io.statecraft.asl.Branch;
import io.statecraft.asl.Catcher;
import io.statecraft.asl.ChoiceRule;
import io.statecraft.asl.ChoiceState;
import io.statecraft.asl.ErrorHandling;
import io.statecraft.asl.MapState;
import io.statecraft.asl.ParallelState;
import io.statecraft.asl.PassState;
import io.statecraft.asl.State;
import io.statecraft.asl.StateMachine;
import io.statecraft.asl.TaskState;
import io.statecraft.asl.WaitState;
import io.statecraft.asl.diagnostic.Diagnostic;
import io.statecraft.compiler.validation.Rule;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The names {@code Assign} may give, as AWS checks them when a state machine is created: at most
 * 80 characters, and never a name an enclosing scope assigns, from inside a Parallel branch or an
 * inline Map's iterations (they may read it, not write it). A name that is no Unicode identifier
 * (UAX #31: ID_Start, then ID_Continue), which AWS's documentation asks for, is a warning: the
 * asl-validator corpus holds one ({@code "top-level"}) as valid, and JSONata could not read it. A Map's or Parallel's own Assign, and its catchers', belong to the
 * enclosing scope; a distributed Map's iterations are executions of their own and see no outer
 * variable.
 *
 * <p>Both the validator and the local runtime's loader run these rules, so a definition AWS would
 * refuse is not run locally either.
 *
 * <pre>{@code
 * List<Diagnostic> problems = VariableRules.check(machine);
 * }</pre>
 */
public final class VariableRules {

  /** The longest variable name AWS accepts, in characters. */
  public static final int MAX_NAME_LENGTH = 80;

  private final Findings findings;

  VariableRules(Findings findings) {
    this.findings = findings;
  }

  /** The problems with the variables {@code machine} assigns; empty when there are none. */
  public static List<Diagnostic> check(StateMachine machine) {
    Findings findings = new Findings();
    new VariableRules(findings).check(machine.states(), "", Map.of());
    return findings.diagnostics();
  }

  void checkMachine(StateMachine machine) {
    check(machine.states(), "", Map.of());
  }

  /**
   * Checks one scope; {@code outer} maps each name an enclosing scope assigns to the state that
   * assigns it.
   */
  private void check(Map<String, State> states, String pointer, Map<String, String> outer) {
    Map<String, String> visible = new LinkedHashMap<>(outer);
    // Pointers are made only for the states that need one: most states assign nothing, and a
    // runtime checks every definition it loads.
    states.forEach((name, state) -> {
      if (!assignsAnything(state)) {
        return;
      }
      String at = Findings.child(pointer + "/States", name);
      for (Map.Entry<String, JsonNode> assign : assignments(state, at).entrySet()) {
        names(assign.getValue(), assign.getKey(), name, outer, visible);
      }
    });
    states.forEach((name, state) -> {
      if (!(state instanceof ParallelState) && !(state instanceof MapState)) {
        return;
      }
      String at = Findings.child(pointer + "/States", name);
      if (state instanceof ParallelState parallel) {
        List<Branch> branches = parallel.branches();
        for (int i = 0; i < branches.size(); i++) {
          check(branches.get(i).states(), at + "/Branches/" + i, visible);
        }
      } else if (state instanceof MapState map && map.processor() != null) {
        String field = map.itemProcessor() != null ? "/ItemProcessor" : "/Iterator";
        check(map.processor().states(), at + field, map.isDistributed() ? Map.of() : visible);
      }
    });
  }

  /** Whether {@code state} has an Assign object: its own, a rule's or a catcher's. */
  private static boolean assignsAnything(State state) {
    if (isObject(ownAssign(state))) {
      return true;
    }
    if (state instanceof ChoiceState choice) {
      for (ChoiceRule rule : choice.choices()) {
        if (isObject(rule.assign())) {
          return true;
        }
      }
    }
    if (state instanceof ErrorHandling handling) {
      for (Catcher catcher : handling.catchers()) {
        if (isObject(catcher.assign())) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isObject(JsonNode assign) {
    return assign != null && assign.isObject();
  }

  /** Each Assign object of {@code state} (its own, its rules', its catchers') by pointer. */
  private static Map<String, JsonNode> assignments(State state, String at) {
    Map<String, JsonNode> assignments = new LinkedHashMap<>();
    put(assignments, at + "/Assign", ownAssign(state));
    if (state instanceof ChoiceState choice) {
      List<ChoiceRule> rules = choice.choices();
      for (int i = 0; i < rules.size(); i++) {
        put(assignments, at + "/Choices/" + i + "/Assign", rules.get(i).assign());
      }
    }
    if (state instanceof ErrorHandling handling) {
      List<Catcher> catchers = handling.catchers();
      for (int i = 0; i < catchers.size(); i++) {
        put(assignments, at + "/Catch/" + i + "/Assign", catchers.get(i).assign());
      }
    }
    return assignments;
  }

  private static void put(Map<String, JsonNode> assignments, String pointer, JsonNode assign) {
    if (assign != null && assign.isObject()) {
      assignments.put(pointer, assign);
    }
  }

  private static JsonNode ownAssign(State state) {
    if (state instanceof TaskState task) {
      return task.assign();
    } else if (state instanceof PassState pass) {
      return pass.assign();
    } else if (state instanceof ChoiceState choice) {
      return choice.assign();
    } else if (state instanceof WaitState wait) {
      return wait.assign();
    } else if (state instanceof ParallelState parallel) {
      return parallel.assign();
    } else if (state instanceof MapState map) {
      return map.assign();
    }
    return null; // Succeed and Fail assign nothing.
  }

  private void names(JsonNode assign, String pointer, String state, Map<String, String> outer,
      Map<String, String> visible) {
    for (String key : assign.propertyNames()) {
      // In JSONPath mode "total.$" assigns the variable "total".
      String name = key.endsWith(".$") ? key.substring(0, key.length() - 2) : key;
      String at = Findings.child(pointer, key);
      int length = name.codePointCount(0, name.length());
      String problem = nameProblem(name);
      if (length > MAX_NAME_LENGTH) {
        findings.report(Rule.VARIABLE_NAME_LENGTH, at, "State \"" + state + "\" assigns a variable"
            + " whose name is " + length + " characters long; AWS accepts at most "
            + MAX_NAME_LENGTH);
      } else if (problem != null) {
        findings.report(Rule.VARIABLE_NAME, at, "State \"" + state + "\" assigns \"" + name
            + "\", which is not a variable name as AWS documents them: " + problem,
            "a variable is read as $name, so its name starts with a letter and goes on with"
                + " letters, digits and underscores");
      }
      if (outer.containsKey(name)) {
        findings.report(Rule.VARIABLE_SCOPE, at, "State \"" + state + "\" assigns \"" + name
            + "\", a variable of an enclosing scope (assigned by state \"" + outer.get(name)
            + "\"); a Parallel branch or Map iteration may read it but not assign it",
            "return the value in the branch's or iteration's output and assign it in the"
                + " Parallel's or Map's own Assign, or give the inner variable another name");
      }
      visible.putIfAbsent(name, state);
    }
  }

  /** Why {@code name} is no Unicode identifier, or null when it is one. */
  static String nameProblem(String name) {
    if (name.isEmpty()) {
      return "it is empty";
    }
    int first = name.codePointAt(0);
    if (!Character.isUnicodeIdentifierStart(first)) {
      return "it starts with '" + Character.toString(first) + "', which no identifier starts with";
    }
    for (int i = Character.charCount(first); i < name.length(); ) {
      int c = name.codePointAt(i);
      if (!Character.isUnicodeIdentifierPart(c) || Character.isIdentifierIgnorable(c)) {
        return "'" + Character.toString(c) + "' cannot be part of an identifier";
      }
      i += Character.charCount(c);
    }
    return null;
  }
}
