package io.statecraft.importer.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamesTest {

  @Test
  void namesVariablesAfterStatesAsValidUniqueIdentifiers() {
    Names names = new Names();
    assertThat(names.variable("Charge card")).isEqualTo("chargeCard");
    assertThat(names.variable("charge-card")).isEqualTo("chargeCard2");
    assertThat(names.variable("SQS queue")).isEqualTo("sqsQueue");
    assertThat(names.variable("class")).isEqualTo("classState");
    assertThat(names.variable("3 retries")).isEqualTo("state3Retries");
    assertThat(names.variable("?!")).isEqualTo("state");
    assertThat(names.variable("Café ouvert")).isEqualTo("caféOuvert");
  }
}
