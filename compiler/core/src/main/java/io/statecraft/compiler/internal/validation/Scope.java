package io.statecraft.compiler.internal.validation;

import io.statecraft.asl.Branch;
import io.statecraft.asl.ItemProcessor;
import io.statecraft.asl.MapState;
import io.statecraft.asl.ParallelState;
import io.statecraft.asl.QueryLanguage;
import io.statecraft.asl.State;
import io.statecraft.asl.StateMachine;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One graph of states with its own StartAt: the machine, a Parallel branch or a Map's processor.
 * Transitions stay inside a scope; names are unique across all of them.
 *
 * @param pointer the JSON pointer of the object that holds {@code StartAt} and {@code States}
 * @param startAt the first state
 * @param states the states by name, in document order
 * @param language the query language states inherit here: the machine's, in every scope (a Map's
 *     or Parallel's own QueryLanguage does not reach the states inside it)
 */
record Scope(String pointer, String startAt, Map<String, State> states, QueryLanguage language) {

  /** A state of this scope, with where it is and the language it is evaluated in. */
  record Site(Scope scope, String name, State state, String pointer, QueryLanguage language) {}

  /** The pointer of the state called {@code name} in this scope. */
  String statePointer(String name) {
    return Findings.child(pointer + "/States", name);
  }

  List<Site> sites() {
    List<Site> sites = new ArrayList<>();
    states.forEach((name, state) -> sites.add(new Site(this, name, state, statePointer(name),
        state.effectiveQueryLanguage(language))));
    return sites;
  }

  /** Every scope of {@code machine}, outermost first. */
  static List<Scope> all(StateMachine machine) {
    List<Scope> scopes = new ArrayList<>();
    collect(new Scope("", machine.startAt(), machine.states(), machine.effectiveQueryLanguage()),
        scopes);
    return scopes;
  }

  private static void collect(Scope scope, List<Scope> scopes) {
    scopes.add(scope);
    for (Site site : scope.sites()) {
      if (site.state() instanceof ParallelState parallel) {
        List<Branch> branches = parallel.branches();
        for (int i = 0; i < branches.size(); i++) {
          Branch branch = branches.get(i);
          collect(new Scope(site.pointer() + "/Branches/" + i, branch.startAt(), branch.states(),
              scope.language()), scopes);
        }
      } else if (site.state() instanceof MapState map) {
        collectProcessor(scope, site, "ItemProcessor", map.itemProcessor(), scopes);
        collectProcessor(scope, site, "Iterator", map.iterator(), scopes);
      }
    }
  }

  private static void collectProcessor(Scope scope, Site site, String field,
      ItemProcessor processor, List<Scope> scopes) {
    if (processor != null) {
      collect(new Scope(site.pointer() + "/" + field, processor.startAt(), processor.states(),
          scope.language()), scopes);
    }
  }
}
