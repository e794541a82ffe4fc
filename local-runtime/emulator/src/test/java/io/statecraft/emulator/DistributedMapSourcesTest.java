package io.statecraft.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.statecraft.local.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.DescribeMapRunResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import tools.jackson.databind.JsonNode;

/**
 * Distributed Maps started through the AWS SDK over HTTP, reading each kind of source AWS reads
 * from the folder standing in for S3, batching, writing their results there, and tolerating
 * failed items, as AWS does.
 */
@Timeout(30)
class DistributedMapSourcesTest {

  static final Path S3 = s3Folder();

  @RegisterExtension
  static final EmulatorApi API = EmulatorApi.with(b -> b.s3Folder(S3));

  private static Path s3Folder() {
    try {
      Path folder = Files.createTempDirectory("distributed-map-sources-s3");
      Path in = Files.createDirectories(folder.resolve("in"));
      Files.writeString(in.resolve("orders.csv"), "id;total\no-1;10\no-2;20\no-3;30\n");
      Files.writeString(in.resolve("orders.jsonl"), "{\"id\":\"o-1\"}\n{\"id\":\"o-2\"}\n");
      Files.createDirectories(folder.resolve("out"));
      try (var parquet = DistributedMapSourcesTest.class.getResourceAsStream(
          "/s3/sensors.parquet")) {
        Files.copy(parquet, in.resolve("sensors.parquet"));
      }
      Path photos = Files.createDirectories(in.resolve("photos"));
      Files.writeString(photos.resolve("a.jpg"), "aa");
      Files.writeString(photos.resolve("b.jpg"), "bbbb");
      Path inventory = Files.createDirectories(folder.resolve("inventory/data"));
      try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(
          inventory.resolve("part-1.csv.gz")))) {
        gz.write("\"in\",\"photos/a.jpg\",\"2\"\n\"in\",\"photos/b.jpg\",\"4\"\n"
            .getBytes(StandardCharsets.UTF_8));
      }
      Files.writeString(folder.resolve("inventory/manifest.json"), """
          {"sourceBucket": "in", "destinationBucket": "arn:aws:s3:::inventory",
           "version": "2016-11-30", "fileFormat": "CSV", "fileSchema": "Bucket, Key, Size",
           "files": [{"key": "data/part-1.csv.gz", "size": 60, "MD5checksum": "x"}]}""");
      return folder;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs a distributed Map with {@code fields} and a processor state; its description. */
  private static DescribeExecutionResponse run(String name, String fields, String work,
      String input) {
    String definition = """
        {"StartAt":"Process","States":{"Process":{"Type":"Map",%s
          "ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"EXPRESS"},
            "StartAt":"Work","States":{"Work":%s}},
          "End":true}}}""".formatted(fields, work);
    String machine = API.sfn().createStateMachine(b -> b.name(name).definition(definition)
        .roleArn(StepFunctionsEmulatorSdkTest.ROLE)).stateMachineArn();
    String execution = API.sfn().startExecution(b -> b.stateMachineArn(machine).input(input))
        .executionArn();
    return SfnClients.awaitEnd(API.sfn(), execution);
  }

  private static final String PASS = "{\"Type\":\"Pass\",\"End\":true}";

  @Test
  void readsACsvFileWithItsDelimiterAndHeaderRow() {
    DescribeExecutionResponse done = run("csv", """
        "ItemReader":{"Resource":"arn:aws:states:::s3:getObject",
          "ReaderConfig":{"InputType":"CSV","CSVHeaderLocation":"FIRST_ROW",
            "CSVDelimiter":"SEMICOLON","MaxItems":2},
          "Parameters":{"Bucket":"in","Key":"orders.csv"}},""", PASS, "{}");

    assertThat(done.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    assertThat(Json.parse(done.output())).isEqualTo(Json.parse(
        "[{\"id\":\"o-1\",\"total\":\"10\"},{\"id\":\"o-2\",\"total\":\"20\"}]"));
  }

  @Test
  void readsJsonLinesInBatchesWithTheBatchInput() {
    DescribeExecutionResponse done = run("jsonl", """
        "ItemReader":{"Resource":"arn:aws:states:::s3:getObject",
          "ReaderConfig":{"InputType":"JSONL"},
          "Parameters":{"Bucket":"in","Key":"orders.jsonl"}},
        "ItemBatcher":{"MaxItemsPerBatch":5,"BatchInput":{"day.$":"$.day"}},""", PASS,
        "{\"day\":\"mon\"}");

    assertThat(Json.parse(done.output())).isEqualTo(Json.parse(
        "[{\"BatchInput\":{\"day\":\"mon\"},\"Items\":[{\"id\":\"o-1\"},{\"id\":\"o-2\"}]}]"));
  }

  @Test
  void readsTheRowsOfAParquetFile() {
    DescribeExecutionResponse done = run("parquet", """
        "ItemReader":{"Resource":"arn:aws:states:::s3:getObject",
          "ReaderConfig":{"InputType":"PARQUET","MaxItems":2},
          "Parameters":{"Bucket":"in","Key":"sensors.parquet"}},
        "ItemSelector":{"device.$":"$$.Map.Item.Value.device",
          "temperature.$":"$$.Map.Item.Value.temperature"},""", PASS, "{}");

    assertThat(Json.parse(done.output())).isEqualTo(Json.parse(
        "[{\"device\":\"d-0\",\"temperature\":20.5},{\"device\":\"d-1\",\"temperature\":null}]"));
  }

  @Test
  void listsTheObjectsUnderAPrefix() {
    DescribeExecutionResponse done = run("listing", """
        "ItemReader":{"Resource":"arn:aws:states:::s3:listObjectsV2",
          "Parameters":{"Bucket":"in","Prefix":"photos/"}},
        "ItemSelector":{"key.$":"$$.Map.Item.Value.Key","size.$":"$$.Map.Item.Value.Size"},""",
        PASS, "{}");

    assertThat(Json.parse(done.output())).isEqualTo(Json.parse(
        "[{\"key\":\"photos/a.jpg\",\"size\":2},{\"key\":\"photos/b.jpg\",\"size\":4}]"));
  }

  @Test
  void readsTheObjectsAnS3InventoryManifestLists() {
    DescribeExecutionResponse done = run("inventory", """
        "ItemReader":{"Resource":"arn:aws:states:::s3:getObject",
          "ReaderConfig":{"InputType":"MANIFEST"},
          "Parameters":{"Bucket":"inventory","Key":"manifest.json"}},""", PASS, "{}");

    assertThat(Json.parse(done.output())).isEqualTo(Json.parse("""
        [{"Bucket":"in","Key":"photos/a.jpg","Size":"2"},
         {"Bucket":"in","Key":"photos/b.jpg","Size":"4"}]"""));
  }

  @Test
  void writesTheResultsAndTheirManifestToTheFolder() throws IOException {
    DescribeExecutionResponse done = run("writer", """
        "ResultWriter":{"Resource":"arn:aws:states:::s3:putObject",
          "Parameters":{"Bucket":"out","Prefix":"runs"}},""", PASS, "[1, 2]");

    JsonNode output = Json.parse(done.output());
    String mapRunArn = output.get("MapRunArn").asString();
    String manifestKey = output.get("ResultWriterDetails").get("Key").asString();
    String id = mapRunArn.substring(mapRunArn.lastIndexOf(':') + 1);
    assertThat(manifestKey).isEqualTo("runs/" + id + "/manifest.json");
    JsonNode manifest = Json.parse(Files.readString(S3.resolve("out").resolve(manifestKey)));
    assertThat(manifest.get("MapRunArn").asString()).isEqualTo(mapRunArn);
    String succeededKey = manifest.get("ResultFiles").get("SUCCEEDED").get(0).get("Key")
        .asString();
    JsonNode succeeded = Json.parse(Files.readString(S3.resolve("out").resolve(succeededKey)));
    assertThat(succeeded).hasSize(2);
    assertThat(succeeded.get(0).get("Status").asString()).isEqualTo("SUCCEEDED");
    assertThat(succeeded.get(1).get("Output").asString()).isEqualTo("2");
  }

  @Test
  void toleratesFailedItemsUpToTheGivenCount() {
    DescribeExecutionResponse done = run("tolerant", "\"ToleratedFailureCount\":1,", """
        {"Type":"Choice","Choices":[{"Variable":"$","NumericEquals":2,"Next":"Fail"}],
         "Default":"Ok"},"Ok":{"Type":"Pass","End":true},
         "Fail":{"Type":"Fail","Error":"Bad","Cause":"item 2\"""" + "}", "[1, 2, 3]");

    assertThat(done.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
    String mapRunArn = API.sfn().listMapRuns(b -> b.executionArn(done.executionArn()))
        .mapRuns().get(0).mapRunArn();
    DescribeMapRunResponse mapRun = API.sfn().describeMapRun(b -> b.mapRunArn(mapRunArn));
    assertThat(mapRun.itemCounts().failed()).isEqualTo(1);
    assertThat(mapRun.itemCounts().succeeded()).isEqualTo(2);
    assertThat(mapRun.toleratedFailureCount()).isEqualTo(1);
  }

  @Test
  void failsTheMapWhenMoreItemsFailThanTolerated() {
    DescribeExecutionResponse done = run("intolerant", "\"ToleratedFailurePercentage\":10,", """
        {"Type":"Fail","Error":"Bad","Cause":"every item"}""", "[1, 2, 3]");

    assertThat(done.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(done.error()).isEqualTo("States.ExceedToleratedFailureThreshold");
    assertThat(done.cause()).isEqualTo("The specified tolerated failure threshold was exceeded");
  }
}
