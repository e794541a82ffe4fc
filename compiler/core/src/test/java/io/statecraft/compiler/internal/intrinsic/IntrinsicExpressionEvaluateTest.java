package io.statecraft.compiler.internal.intrinsic;

import static io.statecraft.compiler.internal.intrinsic.Json.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link IntrinsicExpression#evaluate}: what holds for every function. */
class IntrinsicExpressionEvaluateTest {

  @Test
  void letsTheResolversOwnExceptionPropagateUnchanged() {
    IllegalStateException missing = new IllegalStateException("The JSONPath '$.nope' ...");
    assertThatThrownBy(() -> IntrinsicFunctions.parse("States.Format('{}', $.nope)")
        .evaluate(path -> {
          throw missing;
        })).isSameAs(missing);
  }

  @Test
  void refusesAResolverThatReturnsJavaNull() {
    assertThatThrownBy(() -> IntrinsicFunctions.parse("States.Array($.a)").evaluate(path -> null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the path resolver returned Java null for $.a; it must return a JsonNode"
            + " (NullNode for JSON null) or throw");
  }

  @Test
  void evaluatesArgumentsLeftToRightInnermostFirst() {
    List<String> order = new ArrayList<>();
    IntrinsicFunctions.parse("States.Array($.a, States.Array($.b, $.c), $.d)").evaluate(path -> {
      order.add(path);
      return json("0");
    });
    assertThat(order).containsExactly("$.a", "$.b", "$.c", "$.d");
  }

  @Test
  void failsAsAwsDoesWhenTheArgumentCountIsWrong() {
    assertThatThrownBy(() -> Json.eval("States.ArrayLength($.a, $.b)"))
        .isInstanceOfSatisfying(IntrinsicFailureException.class, e -> {
          assertThat(e.getMessage()).isEqualTo("Invalid arguments in States.ArrayLength");
          assertThat(e.reason()).isEqualTo("States.ArrayLength takes 1 argument, was given 2");
        });
  }

  @Test
  void failsOnAFunctionAwsDoesNotDefine() {
    assertThatThrownBy(() -> Json.eval("States.Formatt('x')"))
        .isInstanceOfSatisfying(IntrinsicFailureException.class, e -> {
          assertThat(e.getMessage()).isEqualTo("Invalid arguments in States.Formatt");
          assertThat(e.reason())
              .isEqualTo("States.Formatt is not one of the intrinsic functions AWS defines");
        });
  }

  @Test
  void failsInTheInnermostFailingCall() {
    assertThatThrownBy(() -> Json.eval("States.Format('{}', States.ArrayLength('x'))"))
        .isInstanceOf(IntrinsicFailureException.class)
        .hasMessage("Invalid arguments in States.ArrayLength");
  }

  @Test
  void evaluatesDeeplyNestedCalls() {
    String arn = "arn:aws:imagebuilder:us-east-1:111111111111:image-recipe/recipe/1.2.3";
    String part = "States.ArrayGetItem(States.StringSplit(States.ArrayGetItem("
        + "States.StringSplit($.ImageRecipe.Arn, '/'), 2), '.'), %d)";
    assertThat(IntrinsicFunctions.parse("States.Format('{}.{}.{}', " + part.formatted(0) + ", "
            + part.formatted(1) + ", " + part.formatted(2) + ")")
        .evaluate(path -> json("\"" + arn + "\"")))
        .isEqualTo(json("\"1.2.3\""));
  }

  @Test
  void canBeEvaluatedFromManyThreadsAtOnce() throws InterruptedException {
    IntrinsicExpression expression = IntrinsicFunctions.parse(
        "States.Format('{}-{}', States.MathAdd($.n, 1), States.Hash($.s, 'SHA-1'))");
    List<Throwable> failures = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      int offset = t;
      Thread thread = new Thread(() -> {
        try {
          for (int i = 0; i < 2000; i++) {
            int n = offset * 10_000 + i;
            String value = expression.evaluate(path -> path.equals("$.n") ? json(String.valueOf(n))
                : json("\"x\"")).stringValue();
            assertThat(value).startsWith((n + 1) + "-");
          }
        } catch (Throwable e) {
          synchronized (failures) {
            failures.add(e);
          }
        }
      });
      threads.add(thread);
      thread.start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    assertThat(failures).isEmpty();
  }
}
