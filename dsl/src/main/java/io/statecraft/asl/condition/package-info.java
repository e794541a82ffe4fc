/**
 * The tests of Choice rules: a {@link io.statecraft.asl.condition.Condition} is a JSONPath
 * comparison with one of the {@link io.statecraft.asl.condition.ComparisonOperator}s, an
 * {@code And}, {@code Or} or {@code Not} of other conditions, or a JSONata {@code Condition}
 * expression. A {@link io.statecraft.asl.ChoiceRule} pairs one with the state it leads to.
 *
 * <pre>{@code
 * Condition bigVip = new Condition.And(List.of(
 *     new Condition.Comparison("$.vip", ComparisonOperator.BOOLEAN_EQUALS, BooleanNode.TRUE, null),
 *     new Condition.Comparison("$.total", ComparisonOperator.NUMERIC_GREATER_THAN,
 *         IntNode.valueOf(100), null)), null);
 * }</pre>
 */
package io.statecraft.asl.condition;
