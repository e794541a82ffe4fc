package io.statecraft.local.internal.states;

import io.statecraft.asl.ErrorNames;
import io.statecraft.local.history.HistoryEventType;
import io.statecraft.local.internal.expr.Conditions;
import io.statecraft.local.internal.expr.JsonataValue;
import io.statecraft.local.internal.expr.StateBindings;
import io.statecraft.local.internal.expr.StatesError;
import io.statecraft.local.internal.expr.Template;
import io.statecraft.local.internal.kernel.Line;
import tools.jackson.databind.JsonNode;

/** {@code Choice}: the first rule that holds picks the next state, else {@code Default}. */
sealed class ChoiceNode extends Node permits ChoiceNode.Jsonata {

  Conditions.Test[] tests;
  String[] targetNames;
  Node[] targets;
  String defaultName;
  Node defaultTarget;
  /** Assign of each rule (null entries for none); the state's own is used with Default. */
  Template[] ruleAssigns;
  /** JSONata: each rule's Condition, Assign and Output (null entries for none). */
  JsonataValue[] conditions;
  JsonataValue[] ruleAssignments;
  JsonataValue[] ruleOutputs;

  ChoiceNode(String name) {
    super(name, HistoryEventType.CHOICE_STATE_ENTERED, HistoryEventType.CHOICE_STATE_EXITED);
  }

  @Override
  public void run(JsonNode input, Line line) {
    entered(input, line);
    JsonNode effective = applyInputPath(input, line);
    Node chosen = null;
    Template chosenAssign = assign;
    int rule = -1;
    for (int i = 0; i < tests.length; i++) {
      if (tests[i].test(effective, line)) {
        chosen = targets[i];
        chosenAssign = ruleAssigns[i];
        rule = i;
        break;
      }
    }
    if (chosen == null) {
      chosen = defaultTarget();
    }
    JsonNode assigned = assign(chosenAssign, effective, line);
    JsonNode output = applyOutputPath(effective, inputPathBound(line.depthBound(input)), line);
    exited(output, line, assigned);
    noteDecision(line, rule);
    line.proceed(chosen, output);
  }

  /**
   * A Choice state in JSONata mode. A class of its own rather than a branch of
   * {@link ChoiceNode#run}, as the JIT compiles each run method for what it has seen: the first
   * JSONata Choice does not undo the compiled JSONPath one, and its own compiles small and soon.
   */
  static final class Jsonata extends ChoiceNode {

    Jsonata(String name) {
      super(name);
    }

    @Override
    public void run(JsonNode input, Line line) {
      entered(input, line);
      runJsonata(input, line);
    }
  }

  /**
   * JSONata: the first rule whose Condition is true picks the next state, with its own Assign and
   * Output; the state's Assign and Output apply only when Default is taken.
   */
  final void runJsonata(JsonNode input, Line line) {
    StateBindings bindings = line.bindings(input);
    for (int i = 0; i < conditions.length; i++) {
      if (conditions[i].holds(bindings, line)) {
        JsonNode value = assignAndOutput(ruleAssignments[i], ruleOutputs[i], input, bindings,
            line);
        exited(value, line, line.assigned);
        noteDecision(line, i);
        line.proceed(targets[i], value);
        return;
      }
    }
    Node chosen = defaultTarget();
    JsonNode value = assignAndOutput(assignments, output, input, bindings, line);
    exited(value, line, line.assigned);
    noteDecision(line, -1);
    line.proceed(chosen, value);
  }

  /** Notes the rule that held ({@code -1}: Default), once the state has exited by it. */
  private void noteDecision(Line line, int rule) {
    Decisions.note(line, name, rule < 0 ? Decision.Kind.DEFAULT : Decision.Kind.CHOICE_RULE,
        rule);
  }

  /** The state {@code Default} names, when no rule held; AWS's error without one. */
  private Node defaultTarget() {
    if (defaultTarget == null) {
      throw new StatesError(ErrorNames.NO_CHOICE_MATCHED, "No Matches! for state '" + name + "'");
    }
    return defaultTarget;
  }
}
