package io.statecraft.maven;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ValidateMojoTest {

  @Test
  void should_count_one_warning_in_the_singular() {
    assertThat(ValidateMojo.count(1, "warning")).isEqualTo("1 warning");
  }

  @Test
  void should_count_other_numbers_in_the_plural() {
    assertThat(ValidateMojo.count(0, "definition")).isEqualTo("0 definitions");
    assertThat(ValidateMojo.count(2, "warning")).isEqualTo("2 warnings");
  }
}
