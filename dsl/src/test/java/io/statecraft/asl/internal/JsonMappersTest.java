package io.statecraft.asl.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.exc.StreamReadException;

class JsonMappersTest {

  @ParameterizedTest
  @ValueSource(strings = {"1e999999999999", "-2.5E-999999999999"})
  void aNumberWhoseExponentNoDecimalHoldsIsAReadErrorAtItsPlace(String number) {
    // WHEN
    StreamReadException e = catchThrowableOfType(StreamReadException.class,
        () -> JsonMappers.STRICT.readTree("{\"a\":\n [1, " + number + "]}"));
    // THEN
    assertThat(e.getOriginalMessage()).isEqualTo("the number " + number
        + " is out of range: its exponent is too large");
    assertThat(e.getLocation().getLineNr()).isEqualTo(2);
    assertThat(e.getLocation().getColumnNr()).isEqualTo(6);
  }

  @Test
  void numbersStillKeepHowTheyWereWritten() {
    assertThat(JsonMappers.STANDARD.readTree("{\"a\": [1.50, 1e400, null, 2]}").toString())
        .isEqualTo("{\"a\":[1.50,1E+400,null,2]}");
    assertThat(JsonMappers.STANDARD.readTree("null").isNull()).isTrue();
  }
}
