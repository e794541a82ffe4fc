package io.statecraft.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * boto3 and the aws CLI, two clients independent of ours, against the emulator: the script
 * {@code src/test/python/emulator_clients.py} runs when python3 with boto3 and the CLI is here.
 */
@Timeout(180)
class PythonClientsTest {

  /** Whether {@code command} runs and exits 0 (within a minute). */
  static boolean available(String... command) {
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      process.getInputStream().readAllBytes();
      return process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  @Test
  void boto3AndTheAwsCliDriveTheEmulator() throws Exception {
    Assumptions.assumeTrue(available("python3", "-c", "import boto3"),
        "python3 with boto3 is not installed; skipping the boto3/aws CLI client checks");
    Assumptions.assumeTrue(available("aws", "--version"),
        "the aws CLI is not installed; skipping the boto3/aws CLI client checks");
    Path script = Path.of("src/test/python/emulator_clients.py");
    assertThat(script).exists();
    try (StepFunctionsEmulator emulator = StepFunctionsEmulator.start()) {
      Process process = new ProcessBuilder("python3", script.toString(),
          emulator.endpoint().toString()).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(process.waitFor(170, TimeUnit.SECONDS)).as("script finished").isTrue();
      assertThat(process.exitValue()).as(output).isZero();
      assertThat(output).contains("all checks passed").doesNotContain("FAIL");
    }
  }
}
