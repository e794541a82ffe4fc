package io.statecraft.dsl.payload;

import io.statecraft.asl.condition.ComparisonOperator;
import io.statecraft.asl.condition.Condition;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.DecimalNode;
import tools.jackson.databind.node.LongNode;
import tools.jackson.databind.node.StringNode;

/**
 * A JSONPath reference into the state input ({@code $.order.id}), the context object
 * ({@code $$.Execution.Id}) or a variable ({@code $total}); it also builds the Choice conditions
 * that test the value it points at.
 *
 * <pre>{@code
 * choice("Big order?")
 *     .when(path("$.total").gt(100), manualReview)
 *     .when(and(path("$.vip").isTrue(), path("$.country").eq("DE")), fastTrack)
 *     .otherwise(standard);
 * }</pre>
 *
 * @param expression the path as written; starts with {@code $}
 */
public record JsonPath(String expression) implements Expression {

  public JsonPath {
    Objects.requireNonNull(expression, "expression == null");
    if (!expression.startsWith("$")) {
      throw new IllegalArgumentException("a path must start with '$', was '" + expression + "'");
    }
  }

  @Override
  public String text() {
    return expression;
  }

  @Override
  public String toString() {
    return expression;
  }

  // --- strings ---------------------------------------------------------------------------------

  /** {@code StringEquals}. */
  public Condition eq(String value) {
    return compare(ComparisonOperator.STRING_EQUALS, StringNode.valueOf(value));
  }

  /** {@code StringLessThan}. */
  public Condition lt(String value) {
    return compare(ComparisonOperator.STRING_LESS_THAN, StringNode.valueOf(value));
  }

  /** {@code StringLessThanEquals}. */
  public Condition le(String value) {
    return compare(ComparisonOperator.STRING_LESS_THAN_EQUALS, StringNode.valueOf(value));
  }

  /** {@code StringGreaterThan}. */
  public Condition gt(String value) {
    return compare(ComparisonOperator.STRING_GREATER_THAN, StringNode.valueOf(value));
  }

  /** {@code StringGreaterThanEquals}. */
  public Condition ge(String value) {
    return compare(ComparisonOperator.STRING_GREATER_THAN_EQUALS, StringNode.valueOf(value));
  }

  /** {@code StringMatches}: {@code *} matches any run of characters, {@code \*} a star. */
  public Condition matches(String pattern) {
    return compare(ComparisonOperator.STRING_MATCHES, StringNode.valueOf(pattern));
  }

  // --- numbers ---------------------------------------------------------------------------------

  /** {@code NumericEquals}. */
  public Condition eq(long value) {
    return compare(ComparisonOperator.NUMERIC_EQUALS, LongNode.valueOf(value));
  }

  /** {@code NumericEquals} with a decimal, kept as written (scale included). */
  public Condition eq(BigDecimal value) {
    return compare(ComparisonOperator.NUMERIC_EQUALS, DecimalNode.valueOf(value));
  }

  /** {@code NumericLessThan}. */
  public Condition lt(long value) {
    return compare(ComparisonOperator.NUMERIC_LESS_THAN, LongNode.valueOf(value));
  }

  /** {@code NumericLessThan} with a decimal. */
  public Condition lt(BigDecimal value) {
    return compare(ComparisonOperator.NUMERIC_LESS_THAN, DecimalNode.valueOf(value));
  }

  /** {@code NumericLessThanEquals}. */
  public Condition le(long value) {
    return compare(ComparisonOperator.NUMERIC_LESS_THAN_EQUALS, LongNode.valueOf(value));
  }

  /** {@code NumericLessThanEquals} with a decimal. */
  public Condition le(BigDecimal value) {
    return compare(ComparisonOperator.NUMERIC_LESS_THAN_EQUALS, DecimalNode.valueOf(value));
  }

  /** {@code NumericGreaterThan}. */
  public Condition gt(long value) {
    return compare(ComparisonOperator.NUMERIC_GREATER_THAN, LongNode.valueOf(value));
  }

  /** {@code NumericGreaterThan} with a decimal. */
  public Condition gt(BigDecimal value) {
    return compare(ComparisonOperator.NUMERIC_GREATER_THAN, DecimalNode.valueOf(value));
  }

  /** {@code NumericGreaterThanEquals}. */
  public Condition ge(long value) {
    return compare(ComparisonOperator.NUMERIC_GREATER_THAN_EQUALS, LongNode.valueOf(value));
  }

  /** {@code NumericGreaterThanEquals} with a decimal. */
  public Condition ge(BigDecimal value) {
    return compare(ComparisonOperator.NUMERIC_GREATER_THAN_EQUALS, DecimalNode.valueOf(value));
  }

  // --- booleans and timestamps -----------------------------------------------------------------

  /** {@code BooleanEquals}. */
  public Condition eq(boolean value) {
    return compare(ComparisonOperator.BOOLEAN_EQUALS, BooleanNode.valueOf(value));
  }

  /** {@code "BooleanEquals": true}. */
  public Condition isTrue() {
    return eq(true);
  }

  /** {@code "BooleanEquals": false}. */
  public Condition isFalse() {
    return eq(false);
  }

  /** {@code TimestampEquals}. */
  public Condition eq(Instant value) {
    return compare(ComparisonOperator.TIMESTAMP_EQUALS, timestamp(value));
  }

  /** {@code TimestampEquals}, keeping the offset as given. */
  public Condition eq(OffsetDateTime value) {
    return compare(ComparisonOperator.TIMESTAMP_EQUALS, timestamp(value));
  }

  /** {@code TimestampLessThan}. */
  public Condition before(Instant value) {
    return compare(ComparisonOperator.TIMESTAMP_LESS_THAN, timestamp(value));
  }

  /** {@code TimestampLessThanEquals}. */
  public Condition notAfter(Instant value) {
    return compare(ComparisonOperator.TIMESTAMP_LESS_THAN_EQUALS, timestamp(value));
  }

  /** {@code TimestampGreaterThan}. */
  public Condition after(Instant value) {
    return compare(ComparisonOperator.TIMESTAMP_GREATER_THAN, timestamp(value));
  }

  /** {@code TimestampGreaterThanEquals}. */
  public Condition notBefore(Instant value) {
    return compare(ComparisonOperator.TIMESTAMP_GREATER_THAN_EQUALS, timestamp(value));
  }

  // --- type tests ------------------------------------------------------------------------------

  /** {@code "IsPresent": true}. */
  public Condition isPresent() {
    return compare(ComparisonOperator.IS_PRESENT, BooleanNode.TRUE);
  }

  /** {@code "IsPresent": false}. */
  public Condition isAbsent() {
    return compare(ComparisonOperator.IS_PRESENT, BooleanNode.FALSE);
  }

  /** {@code "IsNull": true}. */
  public Condition isNull() {
    return compare(ComparisonOperator.IS_NULL, BooleanNode.TRUE);
  }

  /** {@code "IsString": true}. */
  public Condition isString() {
    return compare(ComparisonOperator.IS_STRING, BooleanNode.TRUE);
  }

  /** {@code "IsNumeric": true}. */
  public Condition isNumeric() {
    return compare(ComparisonOperator.IS_NUMERIC, BooleanNode.TRUE);
  }

  /** {@code "IsBoolean": true}. */
  public Condition isBoolean() {
    return compare(ComparisonOperator.IS_BOOLEAN, BooleanNode.TRUE);
  }

  /** {@code "IsTimestamp": true}. */
  public Condition isTimestamp() {
    return compare(ComparisonOperator.IS_TIMESTAMP, BooleanNode.TRUE);
  }

  // --- any operator ----------------------------------------------------------------------------

  /**
   * Any comparison, for the operators without a shortcut above, notably the {@code *Path} ones
   * that compare with another value of the input:
   * {@code path("$.paid").compare(NUMERIC_GREATER_THAN_EQUALS_PATH, path("$.total"))}.
   */
  public Condition compare(ComparisonOperator operator, JsonPath other) {
    Objects.requireNonNull(other, "other == null");
    if (operator.operand() != ComparisonOperator.Operand.PATH) {
      throw new IllegalArgumentException(
          "operator must compare with a path (a *Path operator), was " + operator.aslName());
    }
    return new Condition.Comparison(
        expression, operator, StringNode.valueOf(other.expression()), null);
  }

  /** Any comparison with a literal operand, for operators without a shortcut. */
  public Condition compare(ComparisonOperator operator, JsonNode operand) {
    Objects.requireNonNull(operator, "operator == null");
    Objects.requireNonNull(operand, "operand == null");
    return new Condition.Comparison(expression, operator, operand, null);
  }

  private static JsonNode timestamp(Object value) {
    return StringNode.valueOf(Objects.requireNonNull(value, "value == null").toString());
  }
}
