package io.statecraft.compiler.policy;

/**
 * Something a reader of a derived policy must know about one state: why a resource was widened,
 * why a permission could not be derived, or why a state needs none.
 *
 * <pre>{@code
 * for (PolicyNote warning : policy.warnings()) {
 *   System.out.println(warning);   // /States/Charge (Charge): FunctionName.$ is computed ...
 * }
 * }</pre>
 *
 * @param state the name of the state, or {@code null} for the state machine as a whole
 * @param pointer the JSON pointer of the field concerned, e.g.
 *     {@code /States/Charge/Parameters/FunctionName.$}
 * @param message what happened and what to do about it
 */
public record PolicyNote(String state, String pointer, String message) {

  @Override
  public String toString() {
    return pointer + (state == null ? "" : " (" + state + ")") + ": " + message;
  }
}
