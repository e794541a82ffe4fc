package io.statecraft.diagrams;

import io.statecraft.asl.Branch;
import io.statecraft.asl.ItemProcessor;
import io.statecraft.asl.MapState;
import io.statecraft.asl.ParallelState;
import io.statecraft.asl.PassState;
import io.statecraft.asl.State;
import io.statecraft.asl.StateMachine;
import io.statecraft.compiler.Asl;
import java.util.List;
import java.util.Map;

/** Machines of any size, made up for the tests of big diagrams. */
final class BigMachines {

  private BigMachines() {}

  /** {@code S0 -> S1 -> ... -> S(n-1)}, Pass states. */
  static StateMachine chain(int states) {
    StringBuilder json = new StringBuilder("{\"StartAt\":\"S0\",\"States\":{");
    for (int i = 0; i < states; i++) {
      json.append(i == 0 ? "" : ",").append("\"S").append(i).append("\":{\"Type\":\"Pass\",")
          .append(i == states - 1 ? "\"End\":true}" : "\"Next\":\"S" + (i + 1) + "\"}");
    }
    return Asl.read(json.append("}}").toString());
  }

  /**
   * A chain of Pass states each named by one CJK character: names with no ASCII letter or digit,
   * which all reduce to the same id base.
   */
  static StateMachine cjkChain(int states) {
    StringBuilder json = new StringBuilder("{\"StartAt\":\"" + cjk(0) + "\",\"States\":{");
    for (int i = 0; i < states; i++) {
      json.append(i == 0 ? "" : ",").append('"').append(cjk(i)).append("\":{\"Type\":\"Pass\",")
          .append(i == states - 1 ? "\"End\":true}" : "\"Next\":\"" + cjk(i + 1) + "\"}");
    }
    return Asl.read(json.append("}}").toString());
  }

  static String cjk(int i) {
    return String.valueOf((char) (0x4E00 + i));
  }

  /** A Choice {@code Route} with one rule per target {@code T<i>}, each going on to {@code Done}. */
  static StateMachine choice(int rules) {
    StringBuilder json = new StringBuilder(
        "{\"StartAt\":\"Route\",\"States\":{\"Route\":{\"Type\":\"Choice\",\"Choices\":[");
    for (int i = 0; i < rules; i++) {
      json.append(i == 0 ? "" : ",").append("{\"Variable\":\"$.kind\",\"NumericEquals\":")
          .append(i).append(",\"Next\":\"T").append(i).append("\"}");
    }
    json.append("],\"Default\":\"Done\"}");
    for (int i = 0; i < rules; i++) {
      json.append(",\"T").append(i).append("\":{\"Type\":\"Pass\",\"Next\":\"Done\"}");
    }
    return Asl.read(json.append(",\"Done\":{\"Type\":\"Succeed\"}}}").toString());
  }

  /** Tasks {@code T0 .. T(n-1)} in a chain, each catching every error into one handler. */
  static StateMachine catchingChain(int tasks) {
    StringBuilder json = new StringBuilder("{\"StartAt\":\"T0\",\"States\":{");
    for (int i = 0; i < tasks; i++) {
      json.append("\"T").append(i).append("\":{\"Type\":\"Task\",\"Resource\":")
          .append("\"arn:aws:states:::lambda:invoke\",\"Parameters\":{\"FunctionName\":\"f")
          .append(i).append("\"},\"Catch\":[{\"ErrorEquals\":[\"States.ALL\"],")
          .append("\"Next\":\"Handler\"}],")
          .append(i == tasks - 1 ? "\"End\":true}," : "\"Next\":\"T" + (i + 1) + "\"},");
    }
    return Asl.read(json.append("\"Handler\":{\"Type\":\"Fail\",\"Error\":\"Failed\"}}}")
        .toString());
  }

  /** A Parallel {@code Fan} of branches {@code B<i>}, each a Pass state looping back once. */
  static StateMachine parallel(int branches) {
    StringBuilder json = new StringBuilder(
        "{\"StartAt\":\"Fan\",\"States\":{\"Fan\":{\"Type\":\"Parallel\",\"End\":true,"
            + "\"Branches\":[");
    for (int i = 0; i < branches; i++) {
      json.append(i == 0 ? "" : ",").append("{\"StartAt\":\"B").append(i)
          .append("\",\"States\":{\"B").append(i).append("\":{\"Type\":\"Pass\",\"End\":true}}}");
    }
    return Asl.read(json.append("]}}}").toString());
  }

  /**
   * Map and Parallel states alternately nested {@code depth} deep ({@code L1} outermost), a
   * Pass state {@code Leaf} innermost. Built as records: JSON this deep is a matter for the
   * reader's limits, not for the diagrams.
   */
  static StateMachine nested(int depth) {
    State inner = new PassState(null, null, null, null, null, null, null, null, null, null, true);
    String name = "Leaf";
    for (int level = depth; level >= 1; level--) {
      Map<String, State> states = Map.of(name, inner);
      inner = level % 2 == 0 ? parallelOf(new Branch(null, name, states))
          : mapOf(new ItemProcessor(null, null, name, states));
      name = "L" + level;
    }
    return new StateMachine(null, null, name, null, null, Map.of(name, inner));
  }

  private static State parallelOf(Branch branch) {
    return new ParallelState(null, null, null, null, null, List.of(branch), null, null, null,
        null, null, List.of(), List.of(), null, true);
  }

  private static State mapOf(ItemProcessor processor) {
    return new MapState(null, null, null, "$.items", null, null, null, null, null, processor,
        null, null, null, null, null, null, null, null, null, null, null, null, null, null,
        List.of(), List.of(), null, true);
  }
}
