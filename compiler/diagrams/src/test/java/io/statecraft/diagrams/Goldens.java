package io.statecraft.diagrams;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under {@code src/test/resources/diagram}. To accept new output deliberately, run
 * the tests with {@code -Dstatecraft.regenerateGoldens=true} and review the diff; without the
 * switch a golden is only ever compared, never written.
 */
final class Goldens {

  static final Path FOLDER = Path.of("src/test/resources/diagram");
  private static final boolean REGENERATE = Boolean.getBoolean("statecraft.regenerateGoldens");

  private Goldens() {}

  static String input(String name) throws IOException {
    return Files.readString(FOLDER.resolve(name), StandardCharsets.UTF_8);
  }

  /**
   * Compares an HTML report in two parts: its fixed frame with {@code report-frame.html}, shared by
   * every report, and the rest with the named golden file.
   */
  static void assertReportMatches(String name, String html) throws IOException {
    ReportFrame parts = ReportFrame.split(html);
    assertThat(parts.join()).as("report put back together from its two parts").isEqualTo(html);
    assertMatches("report-frame.html", parts.frame());
    assertMatches(name, parts.page());
  }

  static void assertMatches(String name, String actual) throws IOException {
    Path golden = FOLDER.resolve(name);
    if (REGENERATE) {
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertThat(golden).as("golden file %s (regenerate with -Dstatecraft.regenerateGoldens=true)",
        golden).exists();
    assertThat(actual).as("output compared with golden file %s", golden)
        .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }
}
