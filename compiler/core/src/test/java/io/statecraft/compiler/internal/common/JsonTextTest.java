package io.statecraft.compiler.internal.common;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonTextTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      /* c */ {}    | malformed JSON at line 1, column 1: Unexpected character ('/' (code 47)): maybe a (non-standard) comment?
      {"a": NaN}    | malformed JSON at line 1, column 10: Non-standard token 'NaN': JSON does not allow it
      {} {}         | malformed JSON: more text after the JSON value, which must be the only one
      {"a": [1      | malformed JSON at line 1, column 9: Unexpected end-of-input: expected close marker for Array
      """)
  void malformedTextIsExplainedWithoutJacksonSettings(String text, String message) {
    assertThatThrownBy(() -> JsonText.parse(text)).isInstanceOf(JsonText.MalformedJson.class)
        .hasMessage(message);
  }

  @Test
  void aByteOrderMarkIsNamed() {
    assertThatThrownBy(() -> JsonText.parse("\uFEFF{}")).hasMessage("malformed JSON at line 1,"
        + " column 1: a byte order mark (U+FEFF) where a JSON value must start; save the text"
        + " without it");
  }
}
