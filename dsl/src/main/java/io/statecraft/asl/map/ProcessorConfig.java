package io.statecraft.asl.map;

/**
 * A Map's {@code ItemProcessor.ProcessorConfig}: whether iterations run inside the execution
 * ({@code INLINE}) or as child executions ({@code DISTRIBUTED}), and of which type.
 *
 * @param mode {@code Mode}, or null (AWS then runs INLINE)
 * @param executionType {@code ExecutionType} of child executions (DISTRIBUTED only), or null
 */
public record ProcessorConfig(Mode mode, ExecutionType executionType) {

  /** {@code ProcessorConfig.Mode}. */
  public enum Mode {
    INLINE,
    DISTRIBUTED
  }

  /** {@code ProcessorConfig.ExecutionType} of a distributed Map's child executions. */
  public enum ExecutionType {
    STANDARD,
    EXPRESS
  }
}
