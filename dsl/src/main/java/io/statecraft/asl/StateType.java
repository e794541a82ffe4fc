package io.statecraft.asl;

/** The eight kinds of state, spelled as in the {@code Type} field. */
public enum StateType {
  TASK("Task"),
  PASS("Pass"),
  CHOICE("Choice"),
  WAIT("Wait"),
  SUCCEED("Succeed"),
  FAIL("Fail"),
  PARALLEL("Parallel"),
  MAP("Map");

  private final String aslName;

  StateType(String aslName) {
    this.aslName = aslName;
  }

  /** The spelling in ASL, e.g. {@code Parallel}. */
  public String aslName() {
    return aslName;
  }

  /** The type spelled {@code aslName} in ASL, or {@code null} when there is none. */
  public static StateType fromAslName(String aslName) {
    for (StateType type : values()) {
      if (type.aslName.equals(aslName)) {
        return type;
      }
    }
    return null;
  }
}
