package io.statecraft.compiler.internal.intrinsic;

import static io.statecraft.compiler.internal.intrinsic.Failures.assertFails;
import static io.statecraft.compiler.internal.intrinsic.Failures.assertFailsGiven;
import static io.statecraft.compiler.internal.intrinsic.Json.eval;
import static io.statecraft.compiler.internal.intrinsic.Json.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** States.Base64Encode, States.Base64Decode and States.Hash. */
class EncodingFunctionsTest {

  @ParameterizedTest(name = "'{0}'")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      Data to encode  | RGF0YSB0byBlbmNvZGU=
      hello           | aGVsbG8=
      ✓               | 4pyT
      こんにちは       | 44GT44KT44Gr44Gh44Gv
      🚀              | 8J+agA==
      ~~              | ~~
      """)
  void base64EncodesUtf8AndDecodesBack(String text, String base64) {
    assertThat(eval("States.Base64Encode($.s)", Map.of("$.s", quoted(text))))
        .isEqualTo(json(quoted(base64)));
    assertThat(eval("States.Base64Decode($.s)", Map.of("$.s", quoted(base64))))
        .isEqualTo(json(quoted(text)));
  }

  @Test
  void base64DecodesLenientlyAsAwsDoes() {
    Map<String, String> decoded = Map.of(
        " YWJjZA== ", "abcd",
        "YWJj\nZA==", "abcd",
        "YWJjZA", "abcd",
        "YWJjZ", "abc",
        "ab==cd", "i",
        "!!!aGVsbG8=!!!", "hello",
        "Pz8-", "??>");
    decoded.forEach((base64, text) ->
        assertThat(eval("States.Base64Decode($.s)", Map.of("$.s", quoted(base64))))
            .as(base64).isEqualTo(json(quoted(text))));
  }

  @Test
  void base64EncodesTenThousandCharacters() {
    assertThat(eval("States.Base64Encode($.s)", Map.of("$.s", quoted("a".repeat(10_000))))
        .stringValue()).hasSize(13_336);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"States.Base64Encode($.s)", "States.Base64Decode($.s)",
      "States.Hash($.s, 'MD5')"})
  void failsOnInputsLongerThanTenThousandCharacters(String expression) {
    assertFails(expression, Map.of("$.s", quoted("a".repeat(10_001))),
        expression.substring(0, expression.indexOf('(')),
        "the input has 10001 characters, more than the 10000 AWS allows");
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      input data | MD5     | 812f45842bc6d66ee14572ce20db8e86
      input data | SHA-1   | aaff4a450a104cd177d28d18d74485e8cae074b7
      input data | SHA-256 | b4a697a057313163aee33cd8d40c66e9f0f177e00cac2de32475ffff6169c3e3
      input data | SHA-384 | d28a7d5cf25a74f11a50a18452b75e04bb3d70c9dd0510d6123aa008c756511b87525bdc835ebb27e1fb9e9374a15562
      input data | SHA-512 | 6ce4adb348546d4f449c4d25aad9a7c9cb711d9e91982d3f0b29ca2f3f47d4ce2deba23bf2954f0f1d593fc50283731a533d30d425402d4f91316d871303aac4
      ✓          | SHA-256 | 1dabba21cdad44541f6b15796f8d22978fc7ea10c46aeceeeeb66c23b3ac7604
      """)
  void hashGivesTheLowercaseHexDigestOfUtf8(String data, String algorithm, String digest) {
    assertThat(eval("States.Hash($.d, $.a)", Map.of("$.d", quoted(data), "$.a", quoted(algorithm))))
        .isEqualTo(json(quoted(digest)));
  }

  @Test
  void hashHashesNonStringDataAsAwsRendersIt() {
    assertThat(eval("States.Hash(123, 'MD5')")).isEqualTo(eval("States.Hash('123', 'MD5')"));
    assertThat(eval("States.Hash($.o, 'MD5')", Map.of("$.o", "{\"a\": [1, \"b\"]}")))
        .isEqualTo(eval("States.Hash('\\{a=[1, b]\\}', 'MD5')"));
  }

  @ParameterizedTest(name = "{0} given {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
      # expression               | its paths' values  | why it fails
      States.Base64Encode($.s)   | {"$.s": 123}       | the first argument must be a string, was the number 123
      States.Base64Decode($.s)   | {"$.s": ["x"]}     | the first argument must be a string, was an array [x]
      States.Hash('data', $.a)   | {"$.a": "SHA256"}  | the algorithm must be one of MD5, SHA-1, SHA-256, SHA-384, SHA-512, was 'SHA256'
      States.Hash('data', $.a)   | {"$.a": "sha-256"} | the algorithm must be one of MD5, SHA-1, SHA-256, SHA-384, SHA-512, was 'sha-256'
      States.Hash('data', $.a)   | {"$.a": "MD-5"}    | the algorithm must be one of MD5, SHA-1, SHA-256, SHA-384, SHA-512, was 'MD-5'
      States.Hash('data', $.a)   | {"$.a": "SHA-257"} | the algorithm must be one of MD5, SHA-1, SHA-256, SHA-384, SHA-512, was 'SHA-257'
      States.Hash('data', $.a)   | {"$.a": ""}        | the algorithm must be one of MD5, SHA-1, SHA-256, SHA-384, SHA-512, was ''
      States.Hash('data', $.a)   | {"$.a": 256}       | the second argument must be a string, was the number 256
      """)
  void failsAsAwsFailsIt(String expression, String paths, String reason) {
    assertFailsGiven(expression, paths, reason);
  }

  private static String quoted(String text) {
    return Json.MAPPER.writeValueAsString(text);
  }
}
