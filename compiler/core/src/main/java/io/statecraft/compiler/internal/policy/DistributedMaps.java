package io.statecraft.compiler.internal.policy;

import io.statecraft.asl.MapState;
import io.statecraft.asl.map.ItemReader;
import io.statecraft.asl.map.ResultWriter;
import java.util.List;
import java.util.Map;

/**
 * A distributed Map state runs its iterations as child executions of the state machine itself:
 * states:StartExecution on it, DescribeExecution and StopExecution on its executions. Its
 * ItemReader reads the items from S3 and its ResultWriter writes the results there.
 */
final class DistributedMaps {

  private DistributedMaps() {}

  static void derive(Findings findings, String name, String pointer, MapState map,
      boolean jsonata) {
    Site site = Site.of(findings, name, pointer, null);
    if (map.isDistributed()) {
      String machine = site.arn("states", "stateMachine:" + site.stateMachineName());
      // AWS's page names execution:NAME:*; the child executions of a map run are named
      // execution:NAME/LABEL:..., which only execution:NAME/* matches.
      List<String> executions = List.of(
          site.arn("states", "execution:" + site.stateMachineName() + ":*"),
          site.arn("states", "execution:" + site.stateMachineName() + "/*"));
      if (!site.knowsStateMachineName()) {
        site.warn(pointer, "a distributed Map starts executions of the state machine itself,"
            + " whose name the definition does not give, so states:StartExecution is allowed on "
            + machine + ": give the state machine's name to narrow it");
      }
      site.grant(List.of("states:StartExecution"), List.of(machine));
      site.grant(List.of("states:DescribeExecution", "states:StopExecution"), executions);
    }
    if (map.itemReader() != null) {
      reader(findings, name, pointer + "/ItemReader", map.itemReader(), jsonata);
    }
    if (map.resultWriter() != null) {
      writer(findings, name, pointer + "/ResultWriter", map.resultWriter(), jsonata);
    }
  }

  private static void reader(Findings findings, String name, String pointer, ItemReader reader,
      boolean jsonata) {
    Site site = Site.of(findings, name, pointer, reader.resource());
    Args args = jsonata ? Args.of(reader.arguments(), pointer + "/Arguments", true)
        : Args.of(reader.parameters(), pointer + "/Parameters", false);
    String resource = reader.resource() == null ? "" : reader.resource();
    boolean listing = resource.endsWith(":s3:listObjectsV2");
    String bucket = SdkResources.bucket(site, args.get("Bucket"),
        listing ? "s3:ListBucket" : "s3:GetObject");
    if (listing) {
      Args.Value prefix = args.get("Prefix");
      Map<String, Map<String, List<String>>> condition = prefix.isLiteral()
          ? Optimized.condition("StringLike", "s3:prefix", prefix.literal() + "*") : Map.of();
      if (prefix.isDynamic()) {
        site.widened(prefix, "s3:ListBucket", bucket + " (every prefix)", "prefixes");
      }
      site.grant(List.of("s3:ListBucket"), List.of(bucket), condition);
    } else if (resource.endsWith(":s3:getObject")) {
      Args.Value key = args.get("Key");
      String object = bucket + "/" + (key.isLiteral() ? key.literal() : "*");
      if (key.isDynamic()) {
        site.widened(key, "s3:GetObject", object, "objects");
      }
      site.grant(List.of("s3:GetObject"), List.of(object));
      String manifest = reader.readerConfig() == null ? null : reader.readerConfig().manifestType();
      if (manifest != null || "MANIFEST".equals(inputType(reader))) {
        site.warn(pointer + "/ReaderConfig", "the manifest names the data files the items are"
            + " read from, which the definition does not: add s3:GetObject on them");
      }
    } else {
      site.warn(pointer + "/Resource", "ItemReader Resource " + resource + " is not"
          + " arn:aws:states:::s3:getObject or arn:aws:states:::s3:listObjectsV2, so no"
          + " permission is derived for it");
    }
  }

  private static String inputType(ItemReader reader) {
    return reader.readerConfig() == null ? null : reader.readerConfig().inputType();
  }

  private static void writer(Findings findings, String name, String pointer, ResultWriter writer,
      boolean jsonata) {
    if (writer.resource() == null) {
      return; // WriterConfig alone: the results are returned, nothing is written to S3
    }
    Site site = Site.of(findings, name, pointer, writer.resource());
    Args args = jsonata ? Args.of(writer.arguments(), pointer + "/Arguments", true)
        : Args.of(writer.parameters(), pointer + "/Parameters", false);
    List<String> actions = List.of("s3:PutObject", "s3:GetObject", "s3:ListMultipartUploadParts",
        "s3:AbortMultipartUpload");
    String bucket = SdkResources.bucket(site, args.get("Bucket"), String.join(", ", actions));
    Args.Value prefix = args.get("Prefix");
    String objects;
    if (prefix.isLiteral() && !prefix.literal().isEmpty()) {
      String text = prefix.literal();
      objects = bucket + "/" + text + (text.endsWith("/") ? "*" : "/*");
    } else {
      objects = bucket + "/*";
      if (prefix.isDynamic()) {
        site.widened(prefix, String.join(", ", actions), objects, "prefixes");
      }
    }
    site.grant(actions, List.of(objects));
  }
}
