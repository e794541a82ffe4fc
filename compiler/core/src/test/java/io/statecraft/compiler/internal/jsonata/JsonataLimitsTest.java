package io.statecraft.compiler.internal.jsonata;

import static io.statecraft.compiler.internal.jsonata.Fixture.evaluate;
import static io.statecraft.compiler.internal.jsonata.Fixture.json;
import static io.statecraft.compiler.internal.jsonata.Fixture.tailOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The bounds of evaluation, at the values where AWS accepts an expression and where it refuses the
 * next one, and the time bound that ends what never ends on its own.
 */
@Timeout(30)
class JsonataLimitsTest {

  private static final String STACK_OVERFLOW = "threw an error during evaluation: Stack overflow"
      + " error: Check for non-terminating recursive function. Consider rewriting as"
      + " tail-recursive.";
  private static final String MEMORY = "threw an error during evaluation: Expression evaluation"
      + " memory limit exceeded: Check for excessive memory usage";
  private static final String RECURSION =
      "($f := function($x){ $x <= 0 ? 0 : 1 + $f($x - 1) }; $f(%d))";

  @Test
  void nestsAsDeeplyAsAwsAndNoDeeper() {
    assertThat(evaluate("1" + "+1".repeat(99))).isEqualTo(json("100"));
    assertThat(tailOf("1" + "+1".repeat(100))).isEqualTo(STACK_OVERFLOW);
    assertThat(evaluate("(".repeat(99) + "1" + ")".repeat(99))).isEqualTo(json("1"));
    assertThat(tailOf("(".repeat(100) + "1" + ")".repeat(100))).isEqualTo(STACK_OVERFLOW);
    assertThat(evaluate("[".repeat(99) + "1" + "]".repeat(99)).isArray()).isTrue();
    assertThat(tailOf("[".repeat(100) + "1" + "]".repeat(100))).isEqualTo(STACK_OVERFLOW);
    assertThat(evaluate("1" + "~>$string".repeat(99))).isEqualTo(json("\"1\""));
    assertThat(tailOf("1" + "~>$string".repeat(100))).isEqualTo(STACK_OVERFLOW);
  }

  @Test
  void refusesRecursionThatIsNotATailCallPastAwsDepth() {
    assertThat(evaluate(RECURSION.formatted(31))).isEqualTo(json("31"));
    assertThat(tailOf(RECURSION.formatted(32))).isEqualTo(STACK_OVERFLOW);
    assertThat(tailOf(RECURSION.formatted(1_000_000))).isEqualTo(STACK_OVERFLOW);
    assertThat(tailOf("1" + "+1".repeat(199))).isEqualTo(STACK_OVERFLOW);
  }

  @Test
  void countsCallsInsideHigherOrderFunctionsWithoutDrifting() {
    assertThat(evaluate("$count($map([1..5000], function($v){ [$v, [$v]] }))"))
        .isEqualTo(json("5000"));
    assertThat(evaluate("$reduce([1..2000], function($a, $v){ $a + $v })")).isEqualTo(json(
        "2001000"));
  }

  @Test
  void holdsAsManyElementsAsAwsAndNoMore() {
    assertThat(evaluate("[1..873782] ~> $count()")).isEqualTo(json("873782"));
    assertThat(tailOf("[1..873783] ~> $count()")).isEqualTo(MEMORY);
    assertThat(tailOf("$sum([1..900000])")).isEqualTo(MEMORY);
  }

  @Test
  void buildsAsLongARangeAsAwsAndNoLonger() {
    assertThat(evaluate("$count($range(1, 360145, 1))")).isEqualTo(json("360145"));
    assertThat(tailOf("$range(1, 360146, 1)")).isEqualTo(MEMORY);
    assertThat(tailOf("$range(1, 1000000000000, 1)")).isEqualTo(MEMORY);
  }

  @Test
  void holdsAsLongAStringAsAwsAndNoLonger() {
    String doubling = "($f := function($s, $n){ $n = 0 ? $s : $f($s & $s, $n - 1) };"
        + " $length($f('x', %d)))";
    assertThat(evaluate(doubling.formatted(22))).isEqualTo(json("4194304"));
    assertThat(tailOf(doubling.formatted(23))).isEqualTo(MEMORY);
    assertThat(tailOf("$pad('x', 100000000)")).isEqualTo(MEMORY);
  }

  @Test
  void endsATailCallThatNeverReturnsAtTheTimeBound() {
    // GIVEN a tail call, which the library runs as a loop: no depth is ever reached
    JsonataExpression forever = JsonataExpression.parse(
        "{% ($f := function($x){ $f($x + 1) }; $f(1)) %}",
        JsonataLimits.AWS.withTimeout(Duration.ofMillis(100)));
    long start = System.nanoTime();
    // WHEN
    JsonataEvaluationException e = catchThrowableOfType(JsonataEvaluationException.class,
        () -> forever.evaluate(Fixture.bindings().toBindings(), JsonNodeFactory.instance));
    // THEN
    assertThat(e.tail()).isEqualTo("threw an error during evaluation: Expression evaluation"
        + " timeout: Check for infinite loop");
    assertThat(e.code()).isNull();
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void startsTheClockAgainForEachEvaluation() {
    JsonataExpression busy = JsonataExpression.parse("{% $count($map([1..20000], function($v)"
        + " { $v })) %}", JsonataLimits.AWS.withTimeout(Duration.ofSeconds(2)));
    for (int i = 0; i < 5; i++) {
      assertThat(busy.evaluate(Fixture.bindings().toBindings(), JsonNodeFactory.instance))
          .isEqualTo(json("20000"));
    }
  }

  @Test
  void refusesLimitsThatCannotBeMet() {
    assertThatThrownBy(() -> new JsonataLimits(0, 1, 1, 1, Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("maxDepth must be >= 1, was 0");
    assertThatThrownBy(() -> JsonataLimits.AWS.withTimeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
