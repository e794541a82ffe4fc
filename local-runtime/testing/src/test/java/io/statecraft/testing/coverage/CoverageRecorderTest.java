package io.statecraft.testing.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import io.statecraft.local.LocalStepFunctions;
import io.statecraft.testing.coverage.WorkflowCoverage.Kind;
import io.statecraft.testing.coverage.WorkflowCoverage.Total;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoverageRecorderTest {

  /**
   * To accept new output deliberately, run with {@code -Dstatecraft.regenerateGoldens=true} and
   * review the diff; without it the golden file is only compared.
   */
  private static final Path GOLDEN = Path.of("src/test/resources/coverage/small.coverage.json");

  @TempDir
  Path dir;

  /** Runs SMALL once through Default, the Task retried once and then caught. */
  private static CoverageRecorder recordSmallCaughtAfterARetry() {
    CoverageRecorder recorder = CoverageRecorder.start();
    try (recorder; LocalStepFunctions sfn = Fixtures.failing("Flaky", "Broken")) {
      sfn.load("small", Fixtures.SMALL).run("{\"ok\": false}");
    }
    return recorder;
  }

  @Test
  void should_write_coverage_json_as_the_golden_file() throws IOException {
    recordSmallCaughtAfterARetry().writeReport(dir);

    String written = Files.readString(dir.resolve("coverage.json"), StandardCharsets.UTF_8);
    if (Boolean.getBoolean("statecraft.regenerateGoldens")) {
      Files.writeString(GOLDEN, written, StandardCharsets.UTF_8);
    }
    assertThat(written).as("coverage.json compared with %s", GOLDEN)
        .isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
  }

  @Test
  void should_write_an_index_linking_a_page_per_workflow_with_its_coloured_diagram()
      throws IOException {
    CoverageRecorder recorder = recordSmallCaughtAfterARetry();
    String hash = recorder.workflow("small").definitionHash();

    recorder.writeReport(dir);

    String page = "small-" + hash.substring(0, 8) + ".html";
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(file -> file.getFileName().toString()).sorted())
          .containsExactly("coverage.json", "coverage.lock", "index.html", page);
    }
    String index = Files.readString(dir.resolve("index.html"), StandardCharsets.UTF_8);
    assertThat(index).startsWith("<!DOCTYPE html>").endsWith("</html>\n")
        .contains("<tr data-workflow=\"small\"><td><a href=\"" + page + "\">small</a></td>"
            + "<td class=\"hash\">" + hash.substring(0, 8) + "</td><td class=\"num\">1</td>")
        .contains("2/4 (50.0%)</td>")
        .contains("<tfoot><tr><td>Total</td><td></td><td class=\"num\">1</td>");
    assertThat(count(index, "<tr data-workflow=")).isEqualTo(1);
    String html = Files.readString(dir.resolve(page), StandardCharsets.UTF_8);
    assertThat(html).contains("<a href=\"index.html\">All workflows</a>")
        .contains("class=\"sc-state sc-task sc-covered\" data-state=\"Call\"")
        .contains("class=\"sc-state sc-succeed sc-covered\" data-state=\"Done\"")
        .contains(">entered 1×</text>")
        .contains("<li data-kind=\"transition\">Transitions: Check -&gt; Done (Choices[0])</li>")
        .contains("<li data-kind=\"transition\">Transitions: Call (End)</li>")
        .contains("<li data-kind=\"choice_rule\">Choice rules: Check Choices[0]</li>");
    assertThat(count(html, "<li data-kind=")).isEqualTo(3);
  }

  @Test
  void should_add_up_two_runs_into_one_report() throws IOException {
    recordSmallCaughtAfterARetry().writeReport(dir);
    List<WorkflowCoverage> written;
    try (CoverageRecorder second = CoverageRecorder.start();
        LocalStepFunctions sfn = Fixtures.failing()) {
      sfn.load("small", Fixtures.SMALL).run("{\"ok\": true}");
      sfn.load("small", Fixtures.SMALL).run("{\"ok\": false}");
      written = second.writeReport(dir);
    }

    assertThat(written).hasSize(1);
    WorkflowCoverage small = written.get(0);
    assertThat(small.executions()).isEqualTo(3);
    assertThat(small.missed(Kind.TRANSITION)).isEmpty();
    assertThat(small.total(Kind.CHOICE_RULE)).isEqualTo(new Total(2, 2));
    assertThat(small.hits(Kind.STATE, "Check")).isEqualTo(3);
    assertThat(Files.readString(dir.resolve("coverage.json")))
        .contains("\"executions\": 3").doesNotContain("\"covered\": false");
  }

  @Test
  void should_start_afresh_when_the_definition_changed_and_keep_workflows_not_run()
      throws IOException {
    CoverageRecorder first = recordSmallCaughtAfterARetry();
    try (LocalStepFunctions sfn = LocalStepFunctions.newInstance(); first) {
      first.writeReport(dir);
    }
    String oldPage = "small-" + first.workflow("small").definitionHash().substring(0, 8) + ".html";
    List<WorkflowCoverage> written;
    try (CoverageRecorder second = CoverageRecorder.start();
        LocalStepFunctions sfn = LocalStepFunctions.newInstance()) {
      sfn.load("small", Fixtures.SMALL.replace("\"Flaky\"", "\"Flakier\"")).run("{\"ok\": true}");
      sfn.load("other", Fixtures.SMALL).run("{\"ok\": true}");
      written = second.writeReport(dir);
    }

    assertThat(written).extracting(WorkflowCoverage::name).containsExactly("other", "small");
    assertThat(written.get(1).executions()).isEqualTo(1);
    assertThat(written.get(1).covered(Kind.RETRIER)).isEmpty();
    assertThat(dir.resolve(oldPage)).doesNotExist();
    try (CoverageRecorder third = CoverageRecorder.start()) {
      assertThat(third.writeReport(dir)).extracting(WorkflowCoverage::name)
          .containsExactly("other", "small");
    }
  }

  @Test
  void should_write_the_same_bytes_for_the_same_coverage() throws IOException {
    Path again = dir.resolve("again");
    recordSmallCaughtAfterARetry().writeReport(dir);
    recordSmallCaughtAfterARetry().writeReport(again);

    for (String file : List.of("coverage.json", "index.html")) {
      assertThat(Files.readString(again.resolve(file))).isEqualTo(Files.readString(dir.resolve(file)));
    }
  }

  private static int count(String text, String part) {
    Matcher matcher = Pattern.compile(Pattern.quote(part)).matcher(text);
    int count = 0;
    while (matcher.find()) {
      count++;
    }
    return count;
  }
}
