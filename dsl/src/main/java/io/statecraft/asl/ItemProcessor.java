package io.statecraft.asl;

import io.statecraft.asl.internal.Copies;
import io.statecraft.asl.map.ProcessorConfig;
import java.util.Map;
import java.util.Objects;

/**
 * A Map state's {@code ItemProcessor}, or its legacy {@code Iterator} (same shape; AWS accepts a
 * ProcessorConfig in either): the states run for each item, and how they are run.
 *
 * @param comment {@code Comment}, or null
 * @param processorConfig {@code ProcessorConfig}, or null
 * @param startAt the name of the first state
 * @param states the states by name, in document order
 */
public record ItemProcessor(
    String comment, ProcessorConfig processorConfig, String startAt, Map<String, State> states) {

  public ItemProcessor {
    Objects.requireNonNull(startAt, "startAt");
    states = Copies.orderedMap(states);
  }

  /** The mode iterations run in: INLINE unless the config says DISTRIBUTED. */
  public ProcessorConfig.Mode mode() {
    return processorConfig == null || processorConfig.mode() == null
        ? ProcessorConfig.Mode.INLINE
        : processorConfig.mode();
  }
}
