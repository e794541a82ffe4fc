package io.statecraft.local.internal.items;

import io.statecraft.local.internal.json.Values;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Manifests that list the objects holding the items: an Amazon S3 inventory's {@code
 * manifest.json} (https://docs.aws.amazon.com/AmazonS3/latest/userguide/storage-inventory-location.html),
 * whose gzipped CSV data files give one item per object, keyed by the manifest's {@code
 * fileSchema}, every value a string; and an Athena data manifest, one {@code s3://} URI a line,
 * whose files hold items in the reader's input type.
 */
final class Manifests {
  private Manifests() {}

  /** The rows of every data file an S3 inventory manifest lists, in the manifest's order. */
  static ItemStream inventory(InputStream manifestContent, ObjectStore store) {
    JsonNode manifest = parseManifest(manifestContent);
    String format = manifest.path("fileFormat").asString("");
    if (!format.equalsIgnoreCase("CSV")) {
      throw new ItemReaderFailure(
          "Only CSV S3 inventory reports can be read, this manifest's fileFormat is '" + format + "'");
    }
    String bucket = bucketName(manifest.path("destinationBucket").asString(""));
    List<String> schema = Arrays.stream(manifest.path("fileSchema").asString("").split(","))
        .map(String::trim)
        .toList();
    List<Supplier<ItemStream>> parts = new ArrayList<>();
    for (JsonNode file : manifest.path("files")) {
      String key = file.path("key").asString();
      parts.add(() -> new CsvItems(open(store, bucket, key), ',', schema));
    }
    return new ConcatenatedItems(parts.iterator());
  }

  /** The items of every file an Athena data manifest lists, each read as {@code settings} say. */
  static ItemStream athena(
      InputStream manifestContent, ReaderSettings settings, ObjectStore store) {
    if ("MANIFEST".equals(settings.inputType()) || settings.inputType() == null) {
      throw new ItemReaderFailure("An ATHENA_DATA manifest needs InputType CSV, JSONL or PARQUET"
          + " for its data files, was " + settings.inputType());
    }
    ReaderSettings dataSettings = new ReaderSettings(settings.inputType(),
        settings.csvHeaderLocation(), settings.csvHeaders(), settings.csvDelimiter(), null, 0);
    List<Supplier<ItemStream>> parts = new ArrayList<>();
    for (String uri : lines(manifestContent)) {
      String[] location = s3Location(uri);
      parts.add(() -> ItemFormats.read(open(store, location[0], location[1]), dataSettings, store));
    }
    return new ConcatenatedItems(parts.iterator());
  }

  private static JsonNode parseManifest(InputStream content) {
    try (content) {
      return Values.MAPPER.readTree(content);
    } catch (IOException | JacksonException e) {
      throw new ItemReaderFailure("The manifest is not JSON: " + e.getMessage());
    }
  }

  private static List<String> lines(InputStream content) {
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(content, StandardCharsets.UTF_8))) {
      return reader.lines().map(String::trim).filter(line -> !line.isEmpty()).toList();
    } catch (IOException | UncheckedIOException e) {
      throw new ItemReaderFailure("Failed to read the manifest: " + e.getMessage());
    }
  }

  /** Bucket and key of {@code s3://bucket/key}. */
  private static String[] s3Location(String uri) {
    int slash = uri.indexOf('/', 5);
    if (!uri.startsWith("s3://") || slash < 0) {
      throw new ItemReaderFailure("The manifest lists '" + uri + "', which is not an s3:// URI");
    }
    return new String[] {uri.substring(5, slash), uri.substring(slash + 1)};
  }

  /** A bucket's name from its ARN ({@code arn:aws:s3:::name}) or its name. */
  private static String bucketName(String bucket) {
    int colons = bucket.lastIndexOf(":::");
    return colons < 0 ? bucket : bucket.substring(colons + 3);
  }

  /** An object's content, un-gzipped when it starts with gzip's magic bytes. */
  static InputStream open(ObjectStore store, String bucket, String key) {
    InputStream raw = new BufferedInputStream(store.getObject(bucket, key));
    try {
      raw.mark(2);
      int first = raw.read();
      int second = raw.read();
      raw.reset();
      return first == 0x1f && second == 0x8b ? new GZIPInputStream(raw) : raw;
    } catch (IOException e) {
      ItemSource.closeQuietly(raw);
      throw new ItemReaderFailure("Failed to read s3://" + bucket + "/" + key + ": " + e.getMessage());
    }
  }
}
