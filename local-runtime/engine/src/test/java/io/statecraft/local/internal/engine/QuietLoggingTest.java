package io.statecraft.local.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.statecraft.local.LocalStepFunctions;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A user's classpath without an SLF4J provider: runs print nothing of SLF4J's. */
@Timeout(60)
class QuietLoggingTest {

  /** Runs a workflow whose paths JsonPath compiles; the test runs it in a JVM of its own. */
  public static void main(String[] args) {
    System.out.println(LocalStepFunctions.newInstance().load("Paths", """
        {"StartAt":"P","States":{"P":{"Type":"Pass",
          "Parameters":{"first.$":"$.items[0].y","all.$":"$..y"},"End":true}}}""")
        .run("{\"items\":[{\"y\":1},{\"y\":2}]}").status());
    System.out.println("slf4j.provider=" + System.getProperty("slf4j.provider"));
  }

  @Test
  void should_print_no_slf4j_warning_when_the_classpath_has_no_provider(@TempDir Path dir)
      throws Exception {
    // GIVEN the test classpath without slf4j-nop
    String classpath = Arrays.stream(System.getProperty("java.class.path")
            .split(File.pathSeparator))
        .filter(entry -> !entry.contains("slf4j-nop"))
        .collect(Collectors.joining(File.pathSeparator));
    Path err = dir.resolve("err.txt");
    Path out = dir.resolve("out.txt");
    // WHEN
    Process java = new ProcessBuilder(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", classpath, QuietLoggingTest.class.getName()))
        .redirectError(err.toFile()).redirectOutput(out.toFile()).start();
    assertThat(java.waitFor(50, TimeUnit.SECONDS)).isTrue();
    // THEN
    assertThat(Files.readString(out, StandardCharsets.UTF_8))
        .isEqualTo("SUCCEEDED\nslf4j.provider=null\n");
    assertThat(Files.readString(err, StandardCharsets.UTF_8)).isEmpty();
  }
}
