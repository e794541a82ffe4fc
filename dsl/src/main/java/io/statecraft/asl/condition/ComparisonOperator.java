package io.statecraft.asl.condition;

import io.statecraft.asl.internal.AslNames;

/**
 * The data-test operators of a JSONPath Choice rule, e.g. {@code "NumericGreaterThan": 100}. Each
 * knows the kind of operand it takes: a literal of some type, a reference path ({@code *Path}
 * operators), or a boolean flag ({@code IsNull}, {@code IsPresent}, ...).
 */
public enum ComparisonOperator {
  STRING_EQUALS("StringEquals", Operand.STRING),
  STRING_EQUALS_PATH("StringEqualsPath", Operand.PATH),
  STRING_LESS_THAN("StringLessThan", Operand.STRING),
  STRING_LESS_THAN_PATH("StringLessThanPath", Operand.PATH),
  STRING_GREATER_THAN("StringGreaterThan", Operand.STRING),
  STRING_GREATER_THAN_PATH("StringGreaterThanPath", Operand.PATH),
  STRING_LESS_THAN_EQUALS("StringLessThanEquals", Operand.STRING),
  STRING_LESS_THAN_EQUALS_PATH("StringLessThanEqualsPath", Operand.PATH),
  STRING_GREATER_THAN_EQUALS("StringGreaterThanEquals", Operand.STRING),
  STRING_GREATER_THAN_EQUALS_PATH("StringGreaterThanEqualsPath", Operand.PATH),
  STRING_MATCHES("StringMatches", Operand.PATTERN),
  NUMERIC_EQUALS("NumericEquals", Operand.NUMBER),
  NUMERIC_EQUALS_PATH("NumericEqualsPath", Operand.PATH),
  NUMERIC_LESS_THAN("NumericLessThan", Operand.NUMBER),
  NUMERIC_LESS_THAN_PATH("NumericLessThanPath", Operand.PATH),
  NUMERIC_GREATER_THAN("NumericGreaterThan", Operand.NUMBER),
  NUMERIC_GREATER_THAN_PATH("NumericGreaterThanPath", Operand.PATH),
  NUMERIC_LESS_THAN_EQUALS("NumericLessThanEquals", Operand.NUMBER),
  NUMERIC_LESS_THAN_EQUALS_PATH("NumericLessThanEqualsPath", Operand.PATH),
  NUMERIC_GREATER_THAN_EQUALS("NumericGreaterThanEquals", Operand.NUMBER),
  NUMERIC_GREATER_THAN_EQUALS_PATH("NumericGreaterThanEqualsPath", Operand.PATH),
  BOOLEAN_EQUALS("BooleanEquals", Operand.BOOLEAN),
  BOOLEAN_EQUALS_PATH("BooleanEqualsPath", Operand.PATH),
  TIMESTAMP_EQUALS("TimestampEquals", Operand.TIMESTAMP),
  TIMESTAMP_EQUALS_PATH("TimestampEqualsPath", Operand.PATH),
  TIMESTAMP_LESS_THAN("TimestampLessThan", Operand.TIMESTAMP),
  TIMESTAMP_LESS_THAN_PATH("TimestampLessThanPath", Operand.PATH),
  TIMESTAMP_GREATER_THAN("TimestampGreaterThan", Operand.TIMESTAMP),
  TIMESTAMP_GREATER_THAN_PATH("TimestampGreaterThanPath", Operand.PATH),
  TIMESTAMP_LESS_THAN_EQUALS("TimestampLessThanEquals", Operand.TIMESTAMP),
  TIMESTAMP_LESS_THAN_EQUALS_PATH("TimestampLessThanEqualsPath", Operand.PATH),
  TIMESTAMP_GREATER_THAN_EQUALS("TimestampGreaterThanEquals", Operand.TIMESTAMP),
  TIMESTAMP_GREATER_THAN_EQUALS_PATH("TimestampGreaterThanEqualsPath", Operand.PATH),
  IS_NULL("IsNull", Operand.FLAG),
  IS_PRESENT("IsPresent", Operand.FLAG),
  IS_NUMERIC("IsNumeric", Operand.FLAG),
  IS_STRING("IsString", Operand.FLAG),
  IS_BOOLEAN("IsBoolean", Operand.FLAG),
  IS_TIMESTAMP("IsTimestamp", Operand.FLAG);

  /** What an operator compares its variable with. */
  public enum Operand {
    /** A string literal. */
    STRING,
    /** A string literal in which {@code *} matches any run of characters ({@code \*} a star). */
    PATTERN,
    /** A number literal. */
    NUMBER,
    /** A boolean literal. */
    BOOLEAN,
    /** An RFC 3339 timestamp string. */
    TIMESTAMP,
    /** A reference path to the value to compare with. */
    PATH,
    /** {@code true} or {@code false}: whether the type test should hold. */
    FLAG
  }

  /**
   * How an ordering operator relates its variable to its operand, the rest of its name after the
   * type: {@code NumericLessThanEqualsPath} is {@code <=}. Type tests and {@code StringMatches}
   * have none.
   */
  public enum Relation {
    EQUALS("=="),
    LESS_THAN("<"),
    GREATER_THAN(">"),
    LESS_THAN_EQUALS("<="),
    GREATER_THAN_EQUALS(">=");

    private final String symbol;

    Relation(String symbol) {
      this.symbol = symbol;
    }

    /** The usual mathematical symbol, e.g. {@code >=}. */
    public String symbol() {
      return symbol;
    }
  }

  private final String aslName;
  private final Operand operand;

  ComparisonOperator(String aslName, Operand operand) {
    this.aslName = aslName;
    this.operand = operand;
  }

  /** The field name in ASL, e.g. {@code NumericGreaterThanEquals}. */
  public String aslName() {
    return aslName;
  }

  /** The kind of operand the operator takes. */
  public Operand operand() {
    return operand;
  }

  /** The relation of an ordering operator, or null for type tests and {@code StringMatches}. */
  public Relation relation() {
    if (operand == Operand.FLAG || operand == Operand.PATTERN) {
      return null;
    }
    String name = name().replace("_PATH", "");
    // Longest first: LESS_THAN_EQUALS also ends with EQUALS.
    for (Relation relation : new Relation[] {Relation.LESS_THAN_EQUALS,
        Relation.GREATER_THAN_EQUALS, Relation.LESS_THAN, Relation.GREATER_THAN, Relation.EQUALS}) {
      if (name.endsWith(relation.name())) {
        return relation;
      }
    }
    return null;
  }

  /** The operator spelled {@code aslName} in ASL, or {@code null} when there is none. */
  public static ComparisonOperator fromAslName(String aslName) {
    return AslNames.find(values(), ComparisonOperator::aslName, aslName);
  }
}
