package io.statecraft.testing.coverage;

import java.nio.file.Path;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Records workflow coverage over a whole JUnit Platform run and writes the report when it ends,
 * into {@code target/statecraft-coverage} (relative to the working directory, which Maven sets to
 * the module's folder). Registered through {@code META-INF/services}, so a build that has
 * {@code statecraft-testing} on its test class path gets the report from {@code mvn test} with no
 * setup. Nothing is written when no workflow ran.
 *
 * <p>System properties: {@code statecraft.coverage.dir} writes elsewhere (point several modules
 * at one folder and their coverage adds up), {@code statecraft.coverage.skip=true} turns it off.
 *
 * <pre>{@code
 * <!-- pom.xml: one report for the modules of a build -->
 * <systemPropertyVariables>
 *   <statecraft.coverage.dir>${maven.multiModuleProjectDirectory}/target/statecraft-coverage</statecraft.coverage.dir>
 * </systemPropertyVariables>
 * }</pre>
 *
 * <p>Launcher sessions opened inside a running one (a test that runs tests) share the outer
 * session's recording, so their executions are counted once.
 */
public final class StatecraftCoverageListener implements LauncherSessionListener {

  /** Where the report goes unless {@code statecraft.coverage.dir} says otherwise. */
  public static final String DEFAULT_DIR = "target/statecraft-coverage";

  private static final Object LOCK = new Object();
  private static int openSessions;
  private static CoverageRecorder shared;

  private final Path dir;
  private CoverageRecorder own;

  /** The listener JUnit loads: shares one recording between nested sessions. */
  public StatecraftCoverageListener() {
    this.dir = null;
  }

  /** A listener with a recording of its own, written into {@code dir}. */
  StatecraftCoverageListener(Path dir) {
    this.dir = dir;
  }

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    if (Boolean.getBoolean("statecraft.coverage.skip")) {
      return;
    }
    if (dir != null) {
      own = CoverageRecorder.start();
      return;
    }
    synchronized (LOCK) {
      if (openSessions++ == 0) {
        shared = CoverageRecorder.start();
      }
    }
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    if (own != null) {
      write(own, dir);
      own = null;
      return;
    }
    CoverageRecorder ending = null;
    synchronized (LOCK) {
      if (shared != null && --openSessions == 0) {
        ending = shared;
        shared = null;
      }
    }
    if (ending != null) {
      write(ending, Path.of(System.getProperty("statecraft.coverage.dir", DEFAULT_DIR)));
    }
  }

  /** Writes the report; a report that cannot be written is reported, never fails the run. */
  private static void write(CoverageRecorder recorder, Path dir) {
    recorder.close();
    if (recorder.workflows().isEmpty()) {
      return;
    }
    try {
      recorder.writeReport(dir);
    } catch (RuntimeException e) {
      System.err.println("[statecraft] could not write the workflow coverage report in " + dir
          + ": " + e);
    }
  }
}
