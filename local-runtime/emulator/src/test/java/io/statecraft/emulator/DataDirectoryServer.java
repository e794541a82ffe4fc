package io.statecraft.emulator;

import java.nio.file.Path;

/**
 * An emulator serving a data directory in a JVM of its own, for tests that kill it: prints
 * {@code PORT n} once it serves, then serves until killed.
 */
public final class DataDirectoryServer {

  private DataDirectoryServer() {}

  public static void main(String[] args) throws InterruptedException {
    StepFunctionsEmulator emulator = StepFunctionsEmulator.builder().dataDir(Path.of(args[0]))
        .start();
    System.out.println("PORT " + emulator.port());
    System.out.flush();
    Thread.sleep(Long.MAX_VALUE);
  }
}
