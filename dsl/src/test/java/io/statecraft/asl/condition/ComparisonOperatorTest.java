package io.statecraft.asl.condition;

import static org.assertj.core.api.Assertions.assertThat;

import io.statecraft.asl.condition.ComparisonOperator.Relation;
import org.junit.jupiter.api.Test;

class ComparisonOperatorTest {

  @Test
  void should_read_the_relation_from_the_name_when_the_operator_orders() {
    assertThat(ComparisonOperator.NUMERIC_LESS_THAN_EQUALS_PATH.relation())
        .isEqualTo(Relation.LESS_THAN_EQUALS);
    assertThat(ComparisonOperator.STRING_GREATER_THAN.relation()).isEqualTo(Relation.GREATER_THAN);
    assertThat(ComparisonOperator.BOOLEAN_EQUALS.relation().symbol()).isEqualTo("==");
    assertThat(ComparisonOperator.TIMESTAMP_GREATER_THAN_EQUALS.relation().symbol()).isEqualTo(">=");
  }

  @Test
  void should_have_no_relation_when_the_operator_tests_a_type_or_a_pattern() {
    assertThat(ComparisonOperator.IS_PRESENT.relation()).isNull();
    assertThat(ComparisonOperator.STRING_MATCHES.relation()).isNull();
  }
}
