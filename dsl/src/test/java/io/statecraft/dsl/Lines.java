package io.statecraft.dsl;

/** The caller's line, to compare with the source locations the DSL records. */
final class Lines {

  private Lines() {}

  static int here() {
    return StackWalker.getInstance()
        .walk(frames -> frames.skip(1).findFirst().orElseThrow().getLineNumber());
  }
}
