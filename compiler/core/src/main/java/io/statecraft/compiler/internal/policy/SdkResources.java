package io.statecraft.compiler.internal.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** The resources of SDK calls to services whose parameters name them. */
final class SdkResources {

  private SdkResources() {}

  /** One parameter that names the resource, how a plain name becomes an ARN, and the widest ARN. */
  private record Field(String name, UnaryOperator<String> fromName, String widest, String kind) {}

  /**
   * The resources named by the parameters of a DynamoDB, SQS, SNS, Lambda or Step Functions call;
   * empty when the service is another or no such parameter is given.
   */
  static List<String> named(Site site, String service, Args args, String action) {
    String p = site.partition;
    List<Field> fields = switch (service) {
      case "dynamodb" -> List.of(new Field("TableName", t -> site.arn("dynamodb", "table/" + t),
          "arn:" + p + ":dynamodb:*:*:table/*", "tables"));
      case "sqs" -> List.of(new Field("QueueUrl", t -> {
        String arn = Services.queueArn(p, t);
        return arn != null ? arn : "arn:" + p + ":sqs:*:*:*";
      }, "arn:" + p + ":sqs:*:*:*", "queues"));
      case "sns" -> List.of(new Field("TopicArn", t -> t, "arn:" + p + ":sns:*:*:*", "topics"));
      case "lambda" -> List.of(new Field("FunctionName",
          t -> site.arn("lambda", "function:" + t), "arn:" + p + ":lambda:*:*:function:*",
          "functions"));
      case "sfn" -> List.of(
          new Field("StateMachineArn", t -> t, "arn:" + p + ":states:*:*:stateMachine:*",
              "state machines"),
          new Field("ExecutionArn", t -> t, "arn:" + p + ":states:*:*:execution:*", "executions"));
      default -> List.of();
    };
    List<String> resources = new ArrayList<>();
    for (Field field : fields) {
      Args.Value value = args.get(field.name());
      if (!value.isAbsent()) {
        resources.add(Named.arn(site, value, field.fromName(), field.widest(), action,
            field.kind(), field.name(), value.pointer()));
      }
    }
    return resources;
  }

  /**
   * S3 calls: bucket-level APIs on {@code arn:aws:s3:::BUCKET}, object-level ones on
   * {@code arn:aws:s3:::BUCKET/KEY}; copyObject also reads its CopySource.
   */
  static void s3(Site site, Args args, String api, List<String> actions) {
    if (api.equals("listBuckets")) {
      site.grant(actions, List.of("*"));
      return;
    }
    String bucket = bucket(site, args.get("Bucket"), String.join(", ", actions));
    boolean bucketLevel = api.startsWith("listObject") || api.startsWith("headBucket")
        || api.contains("Bucket") || api.equals("listMultipartUploads")
        || args.get("Key").isAbsent();
    if (bucketLevel) {
      site.grant(actions, List.of(bucket));
      return;
    }
    Args.Value key = args.get("Key");
    String object = bucket + "/" + (key.isLiteral() ? key.literal() : "*");
    if (key.isDynamic()) {
      site.widened(key, String.join(", ", actions), object, "objects");
    }
    if (api.equals("copyObject")) {
      Args.Value source = args.get("CopySource");
      String from = source.isLiteral()
          ? site.globalArn("s3", source.literal().replaceFirst("^/", "").replaceFirst("\\?.*$", ""))
          : site.globalArn("s3", "*");
      if (source.isDynamic()) {
        site.widened(source, "s3:GetObject", from, "objects");
      }
      site.grant(List.of("s3:GetObject"), List.of(from));
      site.grant(List.of("s3:PutObject"), List.of(object));
      return;
    }
    site.grant(actions, List.of(object));
  }

  /** {@code arn:aws:s3:::BUCKET}; {@code arn:aws:s3:::*} with a warning when computed or absent. */
  static String bucket(Site site, Args.Value bucket, String action) {
    String widest = site.globalArn("s3", "*");
    if (bucket.isLiteral()) {
      return bucket.literal().startsWith("arn:") ? bucket.literal()
          : site.globalArn("s3", bucket.literal());
    }
    if (bucket.isDynamic()) {
      site.widened(bucket, action, widest, "buckets");
    } else {
      site.warn(site.pointer, "no Bucket is given, so " + action + " is allowed on " + widest
          + ": give the Bucket to narrow it");
    }
    return widest;
  }
}
