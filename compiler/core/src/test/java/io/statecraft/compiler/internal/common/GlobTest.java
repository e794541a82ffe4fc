package io.statecraft.compiler.internal.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GlobTest {

  @ParameterizedTest(name = "{0} ~ {1} = {2}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "*.log          | app.log       | true",
      "*.log          | app.log.gz    | false",
      "log-*-end      | log--end      | true",
      "log-*-end      | log-a-b-end   | true",
      "a*b*c          | abc           | true",
      "a*b*c          | acb           | false",
      "*              | ''            | true",
      "''             | ''            | true",
      "''             | a             | false",
      "**a**          | xax           | true",
      "\\*            | *             | true",
      "\\*            | x             | false",
      "a\\*b          | a*b           | true",
      "a\\*b          | axb           | false",
      "a\\\\*         | a\\anything   | true",
      "a\\\\*         | a           | false",
      "end\\          | end\\         | true",
      "\\a            | a             | true",
      "?              | ?             | true",
      "?              | x             | false",
  })
  void stringMatchesFollowsAslEscaping(String pattern, String text, boolean expected) {
    assertThat(Glob.stringMatches(pattern).matches(text)).isEqualTo(expected);
  }

  @Test
  void resourcePatternsTakeQuestionMarkForOneCharacter() {
    Glob glob = Glob.resource("arn:aws:lambda:*:function:f?");
    assertThat(glob.matches("arn:aws:lambda:eu-west-1:123:function:f1")).isTrue();
    assertThat(glob.matches("arn:aws:lambda:eu-west-1:123:function:f")).isFalse();
    assertThat(glob.matches("arn:aws:lambda:eu-west-1:123:function:f12")).isFalse();
  }

  @Test
  void aCharacterOutsideTheBasicPlaneIsOneCharacter() {
    assertThat(Glob.resource("a?b").matches("a\uD83D\uDE00b")).isTrue();
  }

  @Test
  void literalsAroundRunsNeedAtLeastOneCharacterForEachRun() {
    Glob glob = Glob.literalsAroundRuns(List.of("id-", "-", ""));
    assertThat(glob.matches("id-1-2")).isTrue();
    assertThat(glob.matches("id--2")).isFalse();
    assertThat(glob.matches("id-1-")).isFalse();
  }

  @Test
  @Timeout(value = 5, unit = TimeUnit.SECONDS)
  void manyStarsAgainstALongTextThatDoesNotMatchFinishQuickly() {
    String pattern = "*a".repeat(60) + "b";
    String text = "a".repeat(20_000);
    assertThat(Glob.stringMatches(pattern).matches(text)).isFalse();
    assertThat(Glob.resource(pattern).matches(text)).isFalse();
    assertThat(Glob.stringMatches(pattern).matches(text + "b")).isTrue();
  }
}
