package io.statecraft.compiler.internal.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.statecraft.compiler.SeparateJvm;
import io.statecraft.compiler.Validator;
import java.nio.file.Path;
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
    SeparateJvm.Output run = SeparateJvm.withoutSlf4jProvider(QuietLoggingTest.class, dir);

    assertThat(run.out()).isEqualTo("0 diagnostics\n");
    assertThat(run.err()).isEmpty();
  }
}
