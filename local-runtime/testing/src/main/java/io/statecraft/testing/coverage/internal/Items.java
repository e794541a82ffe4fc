package io.statecraft.testing.coverage.internal;

import io.statecraft.asl.Branch;
import io.statecraft.asl.Catcher;
import io.statecraft.asl.ChoiceState;
import io.statecraft.asl.ErrorHandling;
import io.statecraft.asl.ItemProcessor;
import io.statecraft.asl.MapState;
import io.statecraft.asl.ParallelState;
import io.statecraft.asl.State;
import io.statecraft.asl.StateMachine;
import io.statecraft.asl.Transitioning;
import io.statecraft.testing.coverage.internal.Item.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every item of a definition, grouped by kind, each group in document order with the states of
 * a Parallel's branches and a Map's processor right after the Parallel or Map.
 */
final class Items {

  private final List<Item> states = new ArrayList<>();
  private final List<Item> transitions = new ArrayList<>();
  private final List<Item> rules = new ArrayList<>();
  private final List<Item> retriers = new ArrayList<>();
  private final List<Item> catchers = new ArrayList<>();

  private Items() {}

  static List<Item> of(StateMachine machine) {
    Items items = new Items();
    items.scope(machine.states());
    List<Item> all = new ArrayList<>(items.states);
    all.addAll(items.transitions);
    all.addAll(items.rules);
    all.addAll(items.retriers);
    all.addAll(items.catchers);
    return List.copyOf(all);
  }

  private void scope(Map<String, State> scope) {
    scope.forEach((name, state) -> {
      state(name, state);
      if (state instanceof ParallelState parallel) {
        for (Branch branch : parallel.branches()) {
          scope(branch.states());
        }
      } else if (state instanceof MapState map && map.processor() != null) {
        ItemProcessor processor = map.processor();
        scope(processor.states());
      }
    });
  }

  private void state(String name, State state) {
    states.add(new Item(Kind.STATE, name, null, null, List.of()));
    if (state instanceof ChoiceState choice) {
      for (int i = 0; i < choice.choices().size(); i++) {
        String via = "Choices[" + i + "]";
        String next = choice.choices().get(i).next();
        transitions.add(new Item(Kind.TRANSITION, name, via, next, List.of()));
        rules.add(new Item(Kind.CHOICE_RULE, name, via, next, List.of()));
      }
      if (choice.defaultNext() != null) {
        transitions.add(new Item(Kind.TRANSITION, name, "Default", choice.defaultNext(), List.of()));
        rules.add(new Item(Kind.CHOICE_RULE, name, "Default", choice.defaultNext(), List.of()));
      }
    }
    if (state instanceof Transitioning transitioning) {
      transitions.add(transitioning.end()
          ? new Item(Kind.TRANSITION, name, "End", null, List.of())
          : new Item(Kind.TRANSITION, name, "Next", transitioning.next(), List.of()));
    }
    if (state instanceof ErrorHandling handling) {
      for (int i = 0; i < handling.retry().size(); i++) {
        retriers.add(new Item(Kind.RETRIER, name, "Retry[" + i + "]", null,
            handling.retry().get(i).errorEquals()));
      }
      for (int i = 0; i < handling.catchers().size(); i++) {
        Catcher catcher = handling.catchers().get(i);
        String via = "Catch[" + i + "]";
        transitions.add(new Item(Kind.TRANSITION, name, via, catcher.next(), List.of()));
        catchers.add(new Item(Kind.CATCHER, name, via, catcher.next(), catcher.errorEquals()));
      }
    }
  }
}
