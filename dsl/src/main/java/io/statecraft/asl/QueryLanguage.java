package io.statecraft.asl;

import io.statecraft.asl.internal.AslNames;

/** The language a state's fields are written in: {@code "QueryLanguage": "JSONPath" | "JSONata"}. */
public enum QueryLanguage {
  JSONPATH("JSONPath"),
  JSONATA("JSONata");

  private final String aslName;

  QueryLanguage(String aslName) {
    this.aslName = aslName;
  }

  /** The spelling used in ASL, e.g. {@code JSONata}. */
  public String aslName() {
    return aslName;
  }

  /** The constant spelled {@code aslName} in ASL, or {@code null} when there is none. */
  public static QueryLanguage fromAslName(String aslName) {
    return AslNames.find(values(), QueryLanguage::aslName, aslName);
  }
}
