package io.statecraft.testing;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Runs a test class that fails on purpose (an example of what a user's failing test shows) from
 * within a test. Such a class is enabled only while it is launched here, not by the build:
 * {@code @EnabledIf} a method that returns {@link #launching()}.
 */
final class ExampleLauncher {

  private static volatile boolean launching;

  private ExampleLauncher() {}

  /** Whether {@link #launch} is running a class. */
  static boolean launching() {
    return launching;
  }

  /** Runs the tests of {@code example}; returns what passed and failed. */
  static TestExecutionSummary launch(Class<?> example) {
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    launching = true;
    try {
      LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
          .selectors(selectClass(example)).build(), listener);
    } finally {
      launching = false;
    }
    return listener.getSummary();
  }
}
