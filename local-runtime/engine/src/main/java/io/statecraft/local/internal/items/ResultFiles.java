package io.statecraft.local.internal.items;

import io.statecraft.local.internal.json.Values;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a distributed Map's {@code ResultWriter} writes to S3
 * (https://docs.aws.amazon.com/step-functions/latest/dg/input-output-resultwriter.html): under
 * {@code <prefix>/<map run id>/}, one set of files per status, {@code SUCCEEDED_<n>.json}, {@code
 * FAILED_<n>.json} (children that failed, timed out or were aborted) and {@code PENDING_<n>.json},
 * each split when it would pass {@value #FILE_LIMIT} bytes, and a {@code manifest.json} listing
 * them. Statuses without results get no file and an empty list in the manifest.
 */
public final class ResultFiles {
  /** The most bytes one result file holds before the next one is started (5 GB). */
  static final long FILE_LIMIT = 5L * 1024 * 1024 * 1024;

  private ResultFiles() {}

  /**
   * Writes a Map Run's result files and manifest to {@code bucket}, and returns the {@code
   * ResultWriterDetails} the Map's output carries: {@code {"Bucket": ..., "Key": <manifest key>}}.
   *
   * @param mapRunArn the Map Run's ARN, whose last {@code :} part is the folder's name
   * @param results the children's results, in item order
   */
  public static ObjectNode write(ObjectStore store, String bucket, String prefix, String mapRunArn,
      List<ChildResult> results, WriterSettings settings) {
    return write(store, bucket, prefix, mapRunArn, results, settings, FILE_LIMIT);
  }

  static ObjectNode write(ObjectStore store, String bucket, String prefix, String mapRunArn,
      List<ChildResult> results, WriterSettings settings, long fileLimit) {
    String folder = folder(prefix) + mapRunArn.substring(mapRunArn.lastIndexOf(':') + 1) + "/";
    ObjectNode files = Values.object();
    for (Map.Entry<String, List<ChildResult>> group : byStatus(results).entrySet()) {
      ArrayNode listed = files.putArray(group.getKey());
      List<JsonNode> entries = ResultRecords.transformed(group.getValue(), settings.transformation());
      int index = 0;
      for (byte[] content : contents(entries, settings.outputType(), fileLimit)) {
        String key = folder + group.getKey() + "_" + index++ + extension(settings);
        store.putObject(bucket, key, content);
        listed.addObject().put("Key", key).put("Size", content.length);
      }
    }
    ObjectNode manifest = Values.object();
    manifest.put("DestinationBucket", bucket);
    manifest.put("MapRunArn", mapRunArn);
    manifest.set("ResultFiles", files);
    String manifestKey = folder + "manifest.json";
    store.putObject(bucket, manifestKey, Values.utf8(Values.text(manifest)));
    ObjectNode details = Values.object();
    details.put("Bucket", bucket);
    details.put("Key", manifestKey);
    return details;
  }

  /**
   * The Map state's output from its children's results when nothing goes to S3: with a
   * WriterConfig and no Resource (the documented preview), or with no ResultWriter ({@link
   * WriterSettings#NO_RESULT_WRITER}, the outputs in item order). Always a JSON array, whatever
   * the output type, since a state's output is one JSON value.
   */
  public static JsonNode output(List<ChildResult> results, WriterSettings settings) {
    ArrayNode output = Values.array();
    ResultRecords.transformed(results, settings.transformation()).forEach(output::add);
    return output;
  }

  /** The prefix as a folder: empty, or ending in one {@code /}. */
  private static String folder(String prefix) {
    if (prefix == null || prefix.isEmpty()) {
      return "";
    }
    return prefix.endsWith("/") ? prefix : prefix + "/";
  }

  /** Results grouped as the manifest lists them: FAILED, PENDING, SUCCEEDED. */
  private static Map<String, List<ChildResult>> byStatus(List<ChildResult> results) {
    Map<String, List<ChildResult>> groups = new LinkedHashMap<>();
    groups.put("FAILED", new ArrayList<>());
    groups.put("PENDING", new ArrayList<>());
    groups.put("SUCCEEDED", new ArrayList<>());
    for (ChildResult result : results) {
      String group = switch (result.status()) {
        case "SUCCEEDED", "PENDING" -> result.status();
        default -> "FAILED";
      };
      groups.get(group).add(result);
    }
    return groups;
  }

  private static String extension(WriterSettings settings) {
    return settings.outputType().equals("JSONL") ? ".jsonl" : ".json";
  }

  /** The entries as file contents, a new file started before one would pass {@code limit}. */
  private static List<byte[]> contents(List<JsonNode> entries, String outputType, long limit) {
    boolean lines = outputType.equals("JSONL");
    List<byte[]> contents = new ArrayList<>();
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    int inFile = 0;
    for (JsonNode entry : entries) {
      byte[] text = Values.utf8(Values.text(entry));
      long overhead = lines ? 1 : inFile == 0 ? 2 : 1;
      if (inFile > 0 && file.size() + text.length + overhead > limit) {
        contents.add(finish(file, lines));
        file = new ByteArrayOutputStream();
        inFile = 0;
      }
      if (!lines) {
        file.write(inFile == 0 ? '[' : ',');
      }
      file.writeBytes(text);
      if (lines) {
        file.write('\n');
      }
      inFile++;
    }
    if (inFile > 0) {
      contents.add(finish(file, lines));
    }
    return contents;
  }

  private static byte[] finish(ByteArrayOutputStream file, boolean lines) {
    if (!lines) {
      file.write(']');
    }
    return file.toByteArray();
  }
}
