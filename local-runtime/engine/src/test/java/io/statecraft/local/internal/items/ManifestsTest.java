package io.statecraft.local.internal.items;

import static io.statecraft.local.internal.items.Items.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** S3 inventory and Athena data manifests, whose listed objects hold the items. */
class ManifestsTest {
  @TempDir Path root;
  private S3Folder s3;

  @BeforeEach
  void buckets() throws IOException {
    Files.createDirectories(root.resolve("inventory"));
    Files.createDirectories(root.resolve("data"));
    s3 = new S3Folder(root);
  }

  @Test
  void should_give_each_inventory_row_keyed_by_the_file_schema_when_reading_an_s3_inventory() {
    // GIVEN: two gzipped CSV data files, as S3 inventory writes them (quoted, no header)
    s3.putObject("inventory", "data/one.csv.gz", gzip(
        "\"amzn-s3-demo-bucket\",\"csvDataset/titles.csv\",\"3399671\",\"2022-11-16T00:29:32.000Z\"\n"
            + "\"amzn-s3-demo-bucket\",\"csvDataset/ratings.csv\",\"12\",\"2022-11-17T00:00:00.000Z\"\n"));
    s3.putObject("inventory", "data/two.csv.gz", gzip(
        "\"amzn-s3-demo-bucket\",\"csvDataset/tags.csv\",\"7\",\"2022-11-18T00:00:00.000Z\"\n"));
    String manifest = "{\"sourceBucket\":\"amzn-s3-demo-bucket\","
        + "\"destinationBucket\":\"arn:aws:s3:::inventory\",\"version\":\"2016-11-30\","
        + "\"fileFormat\":\"CSV\",\"fileSchema\":\"Bucket, Key, Size, LastModifiedDate\","
        + "\"files\":[{\"key\":\"data/one.csv.gz\",\"size\":100,\"MD5checksum\":\"x\"},"
        + "{\"key\":\"data/two.csv.gz\",\"size\":50,\"MD5checksum\":\"y\"}]}";
    // WHEN
    var items = Items.read(manifest, ReaderSettings.of("MANIFEST").withMaxItems(3), s3);
    // THEN: the documented item, fields in AWS's order
    assertThat(items).hasSize(3);
    assertThat(text(items.subList(0, 1))).isEqualTo("[{\"LastModifiedDate\":\"2022-11-16T00:29:32.000Z\","
        + "\"Bucket\":\"amzn-s3-demo-bucket\",\"Size\":\"3399671\",\"Key\":\"csvDataset/titles.csv\"}]");
    assertThat(items.get(2).get("Key").stringValue()).isEqualTo("csvDataset/tags.csv");
  }

  @Test
  void should_fail_clearly_when_the_inventory_is_not_csv() {
    String manifest = "{\"destinationBucket\":\"arn:aws:s3:::inventory\",\"fileFormat\":\"ORC\","
        + "\"fileSchema\":\"struct<bucket:string>\",\"files\":[]}";
    assertThatThrownBy(() -> Items.read(manifest, ReaderSettings.of("MANIFEST"), s3))
        .isInstanceOfSatisfying(ItemReaderFailure.class, failure ->
            assertThat(failure.cause()).contains("'ORC'"));
  }

  @Test
  void should_fail_with_s3s_error_when_a_listed_file_is_missing() {
    String manifest = "{\"destinationBucket\":\"arn:aws:s3:::inventory\",\"fileFormat\":\"CSV\","
        + "\"fileSchema\":\"Bucket, Key\",\"files\":[{\"key\":\"data/gone.csv.gz\"}]}";
    assertThatThrownBy(() -> Items.read(manifest, ReaderSettings.of("MANIFEST"), s3))
        .isInstanceOfSatisfying(S3Failure.class, failure ->
            assertThat(failure.error()).isEqualTo("S3.NoSuchKeyException"));
  }

  @Test
  void should_read_every_listed_file_in_the_input_type_when_reading_an_athena_manifest() {
    // GIVEN: Athena's data manifest, one s3:// URI a line; one file gzipped
    s3.putObject("data", "results/part-1.csv", "1,a\n2,b\n".getBytes(StandardCharsets.UTF_8));
    s3.putObject("data", "results/part-2.csv.gz", gzip("3,c\n"));
    String manifest = "s3://data/results/part-1.csv\ns3://data/results/part-2.csv.gz\n";
    ReaderSettings settings = new ReaderSettings(
        "CSV", "GIVEN", List.of("id", "name"), null, "ATHENA_DATA", 0);
    // WHEN
    var items = Items.read(manifest, settings, s3);
    // THEN
    assertThat(text(items)).isEqualTo("[{\"name\":\"a\",\"id\":\"1\"},{\"name\":\"b\",\"id\":\"2\"},"
        + "{\"name\":\"c\",\"id\":\"3\"}]");
  }

  private static byte[] gzip(String text) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return bytes.toByteArray();
  }
}
