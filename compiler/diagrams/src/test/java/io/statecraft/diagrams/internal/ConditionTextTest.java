package io.statecraft.diagrams.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.statecraft.asl.ChoiceState;
import io.statecraft.compiler.Asl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConditionTextTest {

  @ParameterizedTest(name = "{0} reads {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      `{"And":[{"Variable":"$.total","NumericGreaterThan":100},{"Variable":"$.vip","BooleanEquals":true}]}` | `$.total > 100 and $.vip`
      `{"Not":{"Variable":"$.x","IsPresent":true}}` | `not ($.x is present)`
      `{"Variable":"$.x","IsNull":false}` | `$.x is not null`
      `{"Variable":"$.vip","BooleanEquals":false}` | `not $.vip`
      `{"Variable":"$.status","StringEquals":"paid"}` | `$.status == "paid"`
      `{"Variable":"$.name","StringMatches":"log-*.txt"}` | `$.name like "log-*.txt"`
      `{"Variable":"$.a","NumericLessThanEqualsPath":"$.b"}` | `$.a <= $.b`
      `{"Variable":"$.at","TimestampGreaterThanEquals":"2024-01-01T00:00:00Z"}` | `$.at >= "2024-01-01T00:00:00Z"`
      `{"Or":[{"Variable":"$.a","NumericEquals":1},{"And":[{"Variable":"$.b","IsString":true},{"Variable":"$.c","NumericLessThan":0.5}]}]}` | `$.a == 1 or ($.b is string and $.c < 0.5)`
      """)
  void writesJsonPathRulesAsOneReadableLine(String rule, String text) {
    assertThat(ConditionText.of(firstRule(rule, "JSONPath"))).isEqualTo(text);
  }

  @Test
  void showsJsonataConditionsWithoutTheirDelimiters() {
    String rule = "{\"Condition\":\"{%  $states.input.total >\\n 100  %}\"}";
    assertThat(ConditionText.of(firstRule(rule, "JSONata"))).isEqualTo("$states.input.total > 100");
  }

  @Test
  void abbreviatesLongTextWithAnEllipsis() {
    assertThat(ConditionText.abbreviate("abcdefghij", 6)).isEqualTo("abcde…");
    assertThat(ConditionText.abbreviate("abcdef", 6)).isEqualTo("abcdef");
  }

  private static io.statecraft.asl.condition.Condition firstRule(String rule, String language) {
    String withNext = rule.substring(0, rule.length() - 1) + ",\"Next\":\"Done\"}";
    ChoiceState choice = (ChoiceState) Asl.read("{\"QueryLanguage\":\"" + language
        + "\",\"StartAt\":\"C\",\"States\":{\"C\":{\"Type\":\"Choice\",\"Choices\":[" + withNext
        + "]},\"Done\":{\"Type\":\"Succeed\"}}}").states().get("C");
    return choice.choices().get(0).condition();
  }
}
