package io.statecraft.compiler.internal.common;

import java.util.ServiceLoader;

/**
 * JsonPath obtains an SLF4J logger when it compiles a path (networknt when it loads a schema), and
 * SLF4J with no provider on the classpath then prints "No SLF4J providers were found" on standard
 * error, on every run of a user's tests, for libraries that log nothing above debug. Before the
 * validator or the runtime first uses them,
 * and only when the classpath has no provider and the user chose none, SLF4J is started with the
 * no-op provider it ships and would fall back to anyway, with its report of that choice silenced;
 * the two system properties this takes are removed at once. A user's provider, a provider chosen
 * with {@code slf4j.provider}, or an old binding SLF4J should warn about are left alone.
 */
public final class QuietLogging {

  private static final String PROVIDER = "slf4j.provider";
  private static final String VERBOSITY = "slf4j.internal.verbosity";
  private static final String NOP = "org.slf4j.helpers.NOP_FallbackServiceProvider";

  private static volatile boolean done;

  private QuietLogging() {}

  /** Starts SLF4J quietly if nothing else will log through it; once per class loader. */
  public static void ensure() {
    if (!done) {
      synchronized (QuietLogging.class) {
        if (!done) {
          start();
          done = true;
        }
      }
    }
  }

  private static boolean start() {
    try {
      ClassLoader loader = org.slf4j.LoggerFactory.class.getClassLoader();
      if (System.getProperty(PROVIDER) != null || hasProvider(loader)) {
        return false;
      }
      Class.forName(NOP, false, loader);
      return startWithNop();
    } catch (ClassNotFoundException | LinkageError | SecurityException e) {
      // An SLF4J without the no-op provider or the property (before 2.0.9): it reports as usual.
      return false;
    }
  }

  private static boolean hasProvider(ClassLoader loader) {
    return ServiceLoader.load(org.slf4j.spi.SLF4JServiceProvider.class, loader).stream()
        .findAny().isPresent()
        || loader.getResource("org/slf4j/impl/StaticLoggerBinder.class") != null;
  }

  private static boolean startWithNop() {
    boolean quietSet = System.getProperty(VERBOSITY) == null;
    System.setProperty(PROVIDER, NOP);
    if (quietSet) {
      System.setProperty(VERBOSITY, "WARN");
    }
    try {
      org.slf4j.LoggerFactory.getILoggerFactory();
      return true;
    } finally {
      System.clearProperty(PROVIDER);
      if (quietSet) {
        System.clearProperty(VERBOSITY);
      }
    }
  }
}
