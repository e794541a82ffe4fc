package io.statecraft.compiler;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Runs a test class's {@code main} in a JVM of its own, on the test classpath without slf4j-nop:
 * the classpath of a user who has no SLF4J provider.
 */
public final class SeparateJvm {

  /** What the JVM printed. */
  public record Output(String out, String err) {}

  private SeparateJvm() {}

  /** Runs {@code main}'s main method; {@code dir} holds what it prints. */
  public static Output withoutSlf4jProvider(Class<?> main, Path dir)
      throws IOException, InterruptedException {
    String classpath = Arrays.stream(System.getProperty("java.class.path")
            .split(File.pathSeparator))
        .filter(entry -> !entry.contains("slf4j-nop"))
        .collect(Collectors.joining(File.pathSeparator));
    Path err = dir.resolve("err.txt");
    Path out = dir.resolve("out.txt");
    Process java = new ProcessBuilder(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", classpath, main.getName()))
        .redirectError(err.toFile()).redirectOutput(out.toFile()).start();
    assertThat(java.waitFor(50, TimeUnit.SECONDS)).isTrue();
    return new Output(Files.readString(out), Files.readString(err));
  }
}
