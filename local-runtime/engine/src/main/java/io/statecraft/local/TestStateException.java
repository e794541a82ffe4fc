package io.statecraft.local;

/**
 * TestState's refusal of a request, with AWS's error code ({@code ValidationException} or
 * {@code InvalidDefinition}) and message: a mock on a Pass state, a Map without a mock, a state
 * name the definition lacks, ...
 *
 * <pre>{@code
 * assertThatThrownBy(() -> runtime.testState(TestStateRequest.of(mapState)))
 *     .isInstanceOf(TestStateException.class)
 *     .hasMessageContaining("does not support Map or Parallel states");
 * }</pre>
 */
public final class TestStateException extends IllegalArgumentException {

  private final String code;

  TestStateException(String code, String message) {
    super(message);
    this.code = code;
  }

  /** AWS's error code: {@code ValidationException} or {@code InvalidDefinition}. */
  public String code() {
    return code;
  }
}
