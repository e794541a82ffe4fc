package io.statecraft.emulator.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The UTF-8 size of a member (an execution's input, 256 KiB at most), counted as Java encodes it. */
class RequestLimitsTest {

  @ParameterizedTest
  @ValueSource(strings = {"", "{\"n\":1}", "caf\u00e9", "\u20ac100", "\ud83d\ude00 smile",
      "lone \ud83d high", "lone \ude00 low", "\ude00\ud83d reversed", "end \ud83d"})
  void countsUtf8BytesAsTheEncoderWrites(String text) {
    assertThat(RequestLimits.utf8Length(text))
        .isEqualTo(text.getBytes(StandardCharsets.UTF_8).length);
  }
}
