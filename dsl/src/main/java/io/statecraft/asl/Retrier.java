package io.statecraft.asl;

import io.statecraft.asl.internal.Copies;
import java.math.BigDecimal;
import java.util.List;

/**
 * One entry of a {@code Retry} array. Absent fields take AWS's defaults when run (IntervalSeconds 1,
 * MaxAttempts 3, BackoffRate 2.0); the model keeps them absent so the document reads back unchanged.
 *
 * <pre>{@code
 * new Retrier(List.of("States.Timeout"), 2, 5, new BigDecimal("2.0"), 60, JitterStrategy.FULL, null);
 * }</pre>
 */
public record Retrier(
    List<String> errorEquals,
    Integer intervalSeconds,
    Integer maxAttempts,
    BigDecimal backoffRate,
    Integer maxDelaySeconds,
    JitterStrategy jitterStrategy,
    String comment) {

  public Retrier {
    errorEquals = Copies.list(errorEquals);
  }
}
