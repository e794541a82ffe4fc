package io.statecraft.local.internal.kernel;

/** A line stopped because a sibling failed; caught by the line, never seen by users. */
public final class LineAborted extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public LineAborted() {
    super("aborted", null, false, false);
  }
}
