package io.statecraft.dsl.internal;

import io.statecraft.asl.diagnostic.SourceLocation;
import java.security.CodeSource;
import java.util.Objects;

/** Where the user's code called into the DSL. */
public final class Sources {

  private static final StackWalker WALKER =
      StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);
  private static final String DSL = "io.statecraft.dsl";
  private static final CodeSource DSL_CODE = codeSource(Sources.class);

  private Sources() {}

  /**
   * The first frame outside the DSL and the JDK (a method reference such as
   * {@code names.stream().map(Steps::succeed)} calls the DSL from a stream). A class of
   * {@code io.statecraft.dsl} or a package below it counts as DSL code only when it comes from the
   * same jar or directory, so tests and user code placed in those packages are still found.
   */
  public static SourceLocation caller() {
    return WALKER.walk(frames -> frames
        .filter(frame -> !isDsl(frame.getDeclaringClass()) && !isJdk(frame.getClassName()))
        .findFirst()
        .filter(frame -> frame.getFileName() != null && frame.getLineNumber() > 0)
        .map(frame -> new SourceLocation(frame.getFileName(), frame.getLineNumber()))
        .orElse(null));
  }

  private static boolean isDsl(Class<?> type) {
    String name = type.getPackageName();
    return (name.equals(DSL) || name.startsWith(DSL + "."))
        && Objects.equals(codeSource(type), DSL_CODE);
  }

  private static boolean isJdk(String className) {
    return className.startsWith("java.") || className.startsWith("jdk.")
        || className.startsWith("sun.");
  }

  private static CodeSource codeSource(Class<?> type) {
    return type.getProtectionDomain().getCodeSource();
  }
}
