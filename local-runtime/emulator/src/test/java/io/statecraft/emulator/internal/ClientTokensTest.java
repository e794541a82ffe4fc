package io.statecraft.emulator.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** RedriveExecution's clientTokens: the last 10 of an execution, for 15 minutes after first use. */
class ClientTokensTest {

  private static final String EXECUTION = "arn:aws:states:us-east-1:123456789012:execution:m:e";
  private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

  private final AtomicReference<Instant> now = new AtomicReference<>(START);
  private final ClientTokens tokens = new ClientTokens(now::get);

  @Test
  void recallsTheFirstRedriveDateOfATokenForFifteenMinutes() {
    Instant redriveDate = START.plusMillis(3);
    tokens.remember(EXECUTION, "t", redriveDate);

    now.set(START.plus(ClientTokens.LIFETIME));
    assertThat(tokens.recall(EXECUTION, "t")).contains(redriveDate);
    now.set(START.plus(ClientTokens.LIFETIME).plusMillis(1));
    assertThat(tokens.recall(EXECUTION, "t")).isEmpty();
  }

  @Test
  void forgetsAllButTheLastTenTokensOfAnExecution() {
    for (int i = 0; i <= ClientTokens.KEPT; i++) {
      tokens.remember(EXECUTION, "t" + i, START.plusSeconds(i));
    }

    assertThat(tokens.recall(EXECUTION, "t0")).isEmpty();
    assertThat(tokens.recall(EXECUTION, "t1")).contains(START.plusSeconds(1));
    assertThat(tokens.recall(EXECUTION, "t" + ClientTokens.KEPT))
        .contains(START.plusSeconds(ClientTokens.KEPT));
  }

  @Test
  void keepsTheTokensOfEachExecutionApartAndIgnoresAMissingToken() {
    tokens.remember(EXECUTION, "t", START);
    tokens.remember(EXECUTION, null, START);

    assertThat(tokens.recall(EXECUTION + "-other", "t")).isEmpty();
    assertThat(tokens.recall(EXECUTION, null)).isEmpty();
    now.set(START.plus(Duration.ofMinutes(1)));
    assertThat(tokens.recall(EXECUTION, "t")).contains(START);
  }
}
