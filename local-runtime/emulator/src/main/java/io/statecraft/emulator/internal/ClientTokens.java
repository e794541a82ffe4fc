package io.statecraft.emulator.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * RedriveExecution's {@code clientToken}s, per execution: AWS answers a token again with the
 * first answer "for the last 10 client tokens used to successfully redrive the execution", each
 * "valid for up to 15 minutes after they are first used". Callers serialize the calls for one
 * execution (its entry in {@link Backend#executions} is locked meanwhile).
 */
final class ClientTokens {

  static final Duration LIFETIME = Duration.ofMinutes(15);
  static final int KEPT = 10;

  private record Use(String token, Instant firstUsed, Instant redriveDate) {}

  private final InstantSource clock;
  /** Per execution ARN, its tokens of successful redrives, oldest first. */
  private final Map<String, Deque<Use>> byExecution = new ConcurrentHashMap<>();

  ClientTokens(InstantSource clock) {
    this.clock = clock;
  }

  /** The redrive date {@code token} was first answered with, while AWS would still honour it. */
  Optional<Instant> recall(String executionArn, String token) {
    Deque<Use> uses = byExecution.get(executionArn);
    if (token == null || uses == null) {
      return Optional.empty();
    }
    Instant oldest = clock.instant().minus(LIFETIME);
    synchronized (uses) {
      return uses.stream()
          .filter(use -> use.token().equals(token) && !use.firstUsed().isBefore(oldest))
          .map(Use::redriveDate)
          .findFirst();
    }
  }

  /** {@code token} redrove the execution successfully, at {@code redriveDate}. */
  void remember(String executionArn, String token, Instant redriveDate) {
    if (token == null) {
      return;
    }
    Deque<Use> uses = byExecution.computeIfAbsent(executionArn, arn -> new ArrayDeque<>());
    synchronized (uses) {
      uses.removeIf(use -> use.token().equals(token));
      uses.addLast(new Use(token, clock.instant(), redriveDate));
      while (uses.size() > KEPT) {
        uses.removeFirst();
      }
    }
  }
}
