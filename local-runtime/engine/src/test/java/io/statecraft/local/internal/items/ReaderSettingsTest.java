package io.statecraft.local.internal.items;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReaderSettingsTest {

  @Test
  void should_fill_in_awss_defaults_when_fields_are_left_out() {
    ReaderSettings csv = ReaderSettings.of("CSV");
    assertThat(csv.csvHeaderLocation()).isEqualTo("FIRST_ROW");
    assertThat(csv.csvDelimiter()).isEqualTo("COMMA");
    assertThat(csv.manifestType()).isNull();
    assertThat(ReaderSettings.of("MANIFEST").manifestType()).isEqualTo("S3_INVENTORY");
  }

  @Test
  void should_refuse_values_aws_does_not_accept() {
    assertThatThrownBy(() -> ReaderSettings.of("XML"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("inputType is not one AWS accepts, was XML");
    assertThatThrownBy(() -> ReaderSettings.of("CSV").withDelimiter("COLON"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ReaderSettings("CSV", "LAST_ROW", List.of(), null, null, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
