package io.statecraft.compiler.internal.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.statecraft.compiler.Validator;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Validating on a user's classpath without an SLF4J provider prints nothing of SLF4J's. */
@Timeout(60)
class QuietLoggingTest {

  /** Validates a definition with paths (JsonPath) against the schema (networknt), in its own JVM. */
  public static void main(String[] args) {
    System.out.println(Validator.validate("""
        {"StartAt":"P","States":{"P":{"Type":"Pass","InputPath":"$.items[0]",
          "Parameters":{"all.$":"$..y"},"End":true}}}""").size() + " diagnostics");
  }

  @Test
  void validatingPrintsNoSlf4jWarningWhenTheClasspathHasNoProvider(@TempDir Path dir)
      throws Exception {
    String classpath = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(entry -> !entry.contains("slf4j-nop"))
        .collect(Collectors.joining(File.pathSeparator));
    Path err = dir.resolve("err.txt");
    Path out = dir.resolve("out.txt");

    Process java = new ProcessBuilder(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", classpath, QuietLoggingTest.class.getName()))
        .redirectError(err.toFile()).redirectOutput(out.toFile()).start();

    assertThat(java.waitFor(50, TimeUnit.SECONDS)).isTrue();
    assertThat(Files.readString(out)).isEqualTo("0 diagnostics\n");
    assertThat(Files.readString(err)).isEmpty();
  }
}
