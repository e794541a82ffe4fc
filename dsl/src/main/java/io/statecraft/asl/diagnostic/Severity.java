package io.statecraft.asl.diagnostic;

/** How bad a {@link Diagnostic} is: an ERROR makes AWS refuse the definition, a WARNING does not. */
public enum Severity {
  ERROR,
  WARNING
}
