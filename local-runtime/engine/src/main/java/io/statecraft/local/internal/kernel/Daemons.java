package io.statecraft.local.internal.kernel;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The runtime's threads: daemons, so that a runtime nobody closed never keeps the JVM alive, and
 * named after what they do, so that a thread dump says whose they are.
 */
public final class Daemons {

  private Daemons() {}

  /** Makes daemon threads named {@code prefix1}, {@code prefix2}, ... */
  public static ThreadFactory named(String prefix) {
    AtomicLong count = new AtomicLong();
    return task -> {
      Thread thread = new Thread(task, prefix + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
