package io.statecraft.asl;

/** How bad a {@link Diagnostic} is: an ERROR makes AWS refuse the definition, a WARNING does not. */
public enum Severity {
  ERROR,
  WARNING
}
