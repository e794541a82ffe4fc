package io.statecraft.local.internal.items;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.statecraft.local.internal.json.Values;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class S3FolderTest {
  @TempDir Path root;

  @Test
  void should_list_objects_in_s3_key_order_with_the_item_readers_fields() throws IOException {
    // GIVEN: keys written out of order, one in a subfolder, one past ASCII
    S3Folder s3 = bucket("b");
    for (String key : List.of("file_1.txt", "file_0.txt", "dir/z.txt", "file_2.txt", "é.txt")) {
      s3.putObject("b", key, "0HelloWorld!".getBytes(StandardCharsets.UTF_8));
    }
    Files.setLastModifiedTime(root.resolve("b/file_0.txt"),
        FileTime.from(Instant.parse("2022-11-17T15:44:41Z")));
    // WHEN
    List<JsonNode> listed = list(s3, "b", null);
    // THEN
    assertThat(listed).extracting(item -> item.get("Key").stringValue())
        .containsExactly("dir/z.txt", "file_0.txt", "file_1.txt", "file_2.txt", "é.txt");
    assertThat(Values.text(listed.get(1))).isEqualTo("{\"Etag\":\"\\\"26c6f5d46cc21753686a70d9344a5b4a\\\"\","
        + "\"Key\":\"file_0.txt\",\"LastModified\":1668699881,\"Size\":12,\"StorageClass\":\"STANDARD\"}");
  }

  @Test
  void should_list_only_keys_with_the_prefix_when_a_prefix_is_given() {
    // GIVEN
    S3Folder s3 = bucket("b");
    for (String key : List.of("logs/2024/a", "logs/2025/b", "logsX", "data/c")) {
      s3.putObject("b", key, new byte[0]);
    }
    // WHEN / THEN
    assertThat(list(s3, "b", "logs/")).extracting(item -> item.get("Key").stringValue())
        .containsExactly("logs/2024/a", "logs/2025/b");
    assertThat(list(s3, "b", "nothing")).isEmpty();
  }

  @Test
  void should_give_back_what_was_put_when_the_key_has_subfolders() throws IOException {
    // GIVEN
    S3Folder s3 = bucket("b");
    s3.putObject("b", "a/b/c.json", "[1]".getBytes(StandardCharsets.UTF_8));
    // WHEN
    try (InputStream in = s3.getObject("b", "a/b/c.json")) {
      // THEN
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("[1]");
    }
    assertThat(root.resolve("b/a/b/c.json")).exists();
  }

  @Test
  void should_fail_as_s3_does_when_the_key_does_not_exist() {
    S3Folder s3 = bucket("b");
    assertThatThrownBy(() -> s3.getObject("b", "missing.csv"))
        .isInstanceOfSatisfying(S3Failure.class, failure -> {
          assertThat(failure.error()).isEqualTo("S3.NoSuchKeyException");
          assertThat(failure.cause()).matches("The specified key does not exist\\. \\(Service: S3, "
              + "Status Code: 404, Request ID: [0-9A-F]{16}, Extended Request ID: \\S+\\)");
        });
  }

  @Test
  void should_fail_as_s3_does_when_the_bucket_does_not_exist() {
    S3Folder s3 = new S3Folder(root);
    for (Runnable call : List.<Runnable>of(() -> s3.getObject("nope", "k"),
        () -> s3.listObjectsV2("nope", ""), () -> s3.putObject("nope", "k", new byte[0]))) {
      assertThatThrownBy(call::run).isInstanceOfSatisfying(S3Failure.class, failure -> {
        assertThat(failure.error()).isEqualTo("S3.NoSuchBucketException");
        assertThat(failure.cause()).startsWith("The specified bucket does not exist (Service: S3, "
            + "Status Code: 404, Request ID: ");
      });
    }
  }

  @Test
  void should_refuse_keys_and_buckets_that_would_leave_the_folder() {
    S3Folder s3 = bucket("b");
    for (String key : List.of("../escape", "a/../../escape", "/etc/passwd", "", "dir/")) {
      assertThatThrownBy(() -> s3.putObject("b", key, new byte[0]))
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThatThrownBy(() -> s3.getObject("..", "b/x")).isInstanceOf(IllegalArgumentException.class);
    assertThat(root.getParent().resolve("escape")).doesNotExist();
  }

  private S3Folder bucket(String name) {
    try {
      Files.createDirectories(root.resolve(name));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return new S3Folder(root);
  }

  private static List<JsonNode> list(S3Folder s3, String bucket, String prefix) {
    List<JsonNode> items = new ArrayList<>();
    s3.listObjectsV2(bucket, prefix).forEachRemaining(items::add);
    return items;
  }
}
