package io.statecraft.asl;

import io.statecraft.asl.internal.AslNames;

/** The eight kinds of state, spelled as in the {@code Type} field, each with its model record. */
public enum StateType {
  TASK("Task", TaskState.class),
  PASS("Pass", PassState.class),
  CHOICE("Choice", ChoiceState.class),
  WAIT("Wait", WaitState.class),
  SUCCEED("Succeed", SucceedState.class),
  FAIL("Fail", FailState.class),
  PARALLEL("Parallel", ParallelState.class),
  MAP("Map", MapState.class);

  private static final StateType[] ALL = values();

  private final String aslName;
  private final Class<? extends State> model;

  StateType(String aslName, Class<? extends State> model) {
    this.aslName = aslName;
    this.model = model;
  }

  /** The spelling in ASL, e.g. {@code Parallel}. */
  public String aslName() {
    return aslName;
  }

  /** The type spelled {@code aslName} in ASL, or {@code null} when there is none. */
  public static StateType fromAslName(String aslName) {
    return AslNames.find(ALL, StateType::aslName, aslName);
  }

  /** The kind of {@code state}: the one whose record it is (records are final). */
  static StateType of(State state) {
    for (StateType type : ALL) {
      if (type.model == state.getClass()) {
        return type;
      }
    }
    throw new AssertionError("not a state record: " + state.getClass());
  }
}
