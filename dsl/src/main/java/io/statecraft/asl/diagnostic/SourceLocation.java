package io.statecraft.asl.diagnostic;

/**
 * Where in Java source a state was declared, e.g. {@code OrderWorkflow.java:42}.
 *
 * @param file the source file name as the compiler recorded it
 * @param line the 1-based line number
 */
public record SourceLocation(String file, int line) {

  @Override
  public String toString() {
    return file + ":" + line;
  }
}
