package io.statecraft.local.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.statecraft.compiler.SeparateJvm;
import io.statecraft.local.LocalStepFunctions;
import java.nio.file.Path;
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
    // WHEN it runs on the test classpath without slf4j-nop
    SeparateJvm.Output run = SeparateJvm.withoutSlf4jProvider(QuietLoggingTest.class, dir);
    // THEN
    assertThat(run.out()).isEqualTo("SUCCEEDED\nslf4j.provider=null\n");
    assertThat(run.err()).isEmpty();
  }
}
