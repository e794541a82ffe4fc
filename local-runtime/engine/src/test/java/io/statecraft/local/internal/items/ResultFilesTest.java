package io.statecraft.local.internal.items;

import static org.assertj.core.api.Assertions.assertThat;

import io.statecraft.local.internal.json.Values;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class ResultFilesTest {
  private static final String RUN_ID = "5c1f6e2a-0b1c-4d2e-9f3a-7b8c9d0e1f2a";
  private static final String MAP_RUN =
      "arn:aws:states:us-east-1:123456789012:mapRun:orders/Map:" + RUN_ID;
  private static final String STATE_MACHINE =
      "arn:aws:states:us-east-1:123456789012:stateMachine:orders/Map";
  private static final long START = 1738698942155L;
  private static final long STOP = 1738698942337L;

  /** Items 1 to 4: two succeed (one returning an array), one fails, one times out. */
  private static final List<ChildResult> RESULTS = List.of(
      succeeded(0, "{\"id\":1}", "{\"id\":1,\"done\":true}"),
      failed(1, "FAILED", "{\"id\":2}", "Payment.Declined", "Card declined"),
      succeeded(2, "{\"id\":3}", "[\"a\",\"b\"]"),
      failed(3, "TIMED_OUT", "{\"id\":4}", "States.Timeout", "The child ran past its TimeoutSeconds"));

  @TempDir Path root;
  private S3Folder s3;

  @BeforeEach
  void bucket() throws IOException {
    Files.createDirectories(root.resolve("results"));
    s3 = new S3Folder(root);
  }

  @Test
  void should_write_records_per_status_and_a_manifest_when_writing_without_transformation()
      throws IOException {
    // WHEN
    JsonNode details = ResultFiles.write(s3, "results", "jobs", MAP_RUN, RESULTS,
        WriterSettings.withDefaults(null, null, false));
    // THEN
    String folder = "jobs/" + RUN_ID + "/";
    assertThat(Values.text(details)).isEqualTo(
        "{\"Bucket\":\"results\",\"Key\":\"" + folder + "manifest.json\"}");
    assertThat(object(folder + "SUCCEEDED_0.json")).isEqualTo(golden("result-writer-SUCCEEDED_0.json"));
    assertThat(object(folder + "FAILED_0.json")).isEqualTo(golden("result-writer-FAILED_0.json"));
    assertThat(object(folder + "manifest.json")).isEqualTo(golden("result-writer-manifest.json"));
    assertThat(root.resolve("results/" + folder + "PENDING_0.json")).doesNotExist();
  }

  @Test
  void should_put_the_run_folder_at_the_bucket_root_when_the_prefix_is_empty() {
    JsonNode details = ResultFiles.write(s3, "results", "", MAP_RUN, RESULTS,
        WriterSettings.withDefaults(null, null, false));
    assertThat(details.get("Key").stringValue()).isEqualTo(RUN_ID + "/manifest.json");
    assertThat(ResultFiles.write(s3, "results", "a/", MAP_RUN, RESULTS,
        WriterSettings.withDefaults(null, null, false)).get("Key").stringValue())
        .isEqualTo("a/" + RUN_ID + "/manifest.json");
  }

  @Test
  void should_start_a_new_file_when_the_next_result_would_pass_the_size_limit() throws IOException {
    // GIVEN: three succeeded outputs of 9 bytes each, files of at most 21 bytes
    List<ChildResult> results = List.of(succeeded(0, "1", "\"aaaaaaa\""),
        succeeded(1, "2", "\"bbbbbbb\""), succeeded(2, "3", "\"ccccccc\""));
    // WHEN
    ResultFiles.write(s3, "results", "p", MAP_RUN, results,
        WriterSettings.withDefaults(null, "COMPACT", true), 21);
    // THEN
    String folder = "p/" + RUN_ID + "/";
    assertThat(object(folder + "SUCCEEDED_0.json")).isEqualTo("[\"aaaaaaa\",\"bbbbbbb\"]");
    assertThat(object(folder + "SUCCEEDED_1.json")).isEqualTo("[\"ccccccc\"]");
    assertThat(object(folder + "manifest.json")).contains(
        "\"SUCCEEDED\":[{\"Key\":\"" + folder + "SUCCEEDED_0.json\",\"Size\":21},"
            + "{\"Key\":\"" + folder + "SUCCEEDED_1.json\",\"Size\":11}]");
  }

  @Test
  void should_write_a_line_per_result_when_the_output_type_is_jsonl() throws IOException {
    // WHEN
    ResultFiles.write(s3, "results", "p", MAP_RUN, RESULTS,
        WriterSettings.withDefaults("JSONL", "FLATTEN", true));
    // THEN
    String folder = "p/" + RUN_ID + "/";
    assertThat(object(folder + "SUCCEEDED_0.jsonl")).isEqualTo("{\"id\":1,\"done\":true}\n\"a\"\n\"b\"\n");
    assertThat(object(folder + "FAILED_0.jsonl").lines()).hasSize(2)
        .allSatisfy(line -> assertThat(line).startsWith("{\"Cause\":"));
  }

  @Test
  void should_give_outputs_and_keep_failed_children_as_records_when_compact() {
    // WHEN
    JsonNode output = ResultFiles.output(RESULTS, WriterSettings.NO_RESULT_WRITER);
    // THEN
    assertThat(output).hasSize(4);
    assertThat(Values.text(output.get(0))).isEqualTo("{\"id\":1,\"done\":true}");
    assertThat(output.get(1).get("Error").stringValue()).isEqualTo("Payment.Declined");
    assertThat(Values.text(output.get(2))).isEqualTo("[\"a\",\"b\"]");
  }

  @Test
  void should_spread_array_outputs_into_their_elements_when_flatten() {
    // WHEN
    JsonNode output = ResultFiles.output(RESULTS.subList(2, 3), new WriterSettings("JSON", "FLATTEN"));
    // THEN
    assertThat(Values.text(output)).isEqualTo("[\"a\",\"b\"]");
  }

  @Test
  void should_give_execution_records_when_none() {
    JsonNode output = ResultFiles.output(RESULTS.subList(0, 1), new WriterSettings("JSON", "NONE"));
    assertThat(output.get(0).get("Output").stringValue()).isEqualTo("{\"id\":1,\"done\":true}");
  }

  private String object(String key) throws IOException {
    try (InputStream in = s3.getObject("results", key)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** A golden file of src/test/resources/items, as compact JSON text. */
  private static String golden(String name) throws IOException {
    try (InputStream in = ResultFilesTest.class.getResourceAsStream("/items/" + name)) {
      return Values.text(Values.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
    }
  }

  private static ChildResult succeeded(int index, String input, String output) {
    return ChildResult.succeeded(MAP_RUN.replace("mapRun", "execution") + ":child-" + index,
        "child-" + index, STATE_MACHINE, Values.parse(input), Values.parse(output), START, STOP);
  }

  private static ChildResult failed(
      int index, String status, String input, String error, String cause) {
    return ChildResult.failed(MAP_RUN.replace("mapRun", "execution") + ":child-" + index,
        "child-" + index, STATE_MACHINE, status, Values.parse(input), error, cause, START, STOP);
  }
}
