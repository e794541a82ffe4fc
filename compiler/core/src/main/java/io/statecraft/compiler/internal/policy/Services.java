package io.statecraft.compiler.internal.policy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Request-response integrations: one call on the resources its parameters name. */
final class Services {

  /** {@code https://sqs.us-east-1.amazonaws.com/123456789012/orders} and the legacy host form. */
  private static final Pattern QUEUE_URL = Pattern.compile(
      "https://(?:sqs\\.([^./]+)|([^./]+)\\.queue)\\.amazonaws\\.com(?:\\.cn)?/([^/]+)/([^/]+)/?");
  private static final Pattern API_HOST =
      Pattern.compile("(?:https://)?([^./]+)\\.execute-api\\.([^./]+)\\.amazonaws\\.com(?:\\.cn)?/?");

  private Services() {}

  /** lambda:invoke: lambda:InvokeFunction on the function (name, partial ARN, ARN, qualifier). */
  static void lambda(Site site, Args args) {
    Args.Value name = args.get("FunctionName");
    String widest = "arn:" + site.partition + ":lambda:*:*:function:*";
    String arn = Named.arn(site, name, text -> text.contains(":function:")
            ? "arn:" + site.partition + ":lambda:" + site.region + ":" + text
            : site.arn("lambda", "function:" + text),
        widest, "lambda:InvokeFunction", "functions", "FunctionName",
        fieldPointer(args, "FunctionName"));
    site.grant(List.of("lambda:InvokeFunction"), List.of(arn));
  }

  /** sns:publish: sns:Publish on the topic or target; SMS to a phone number needs Resource *. */
  static void sns(Site site, Args args) {
    Args.Value topic = args.get("TopicArn");
    Args.Value target = args.get("TargetArn");
    Args.Value phone = args.get("PhoneNumber");
    String widest = "arn:" + site.partition + ":sns:*:*:*";
    Args.Value named = !topic.isAbsent() ? topic : target;
    if (named.isAbsent() && !phone.isAbsent()) {
      site.grant(List.of("sns:Publish"), List.of("*"));
      site.note(phone.pointer(), "sends an SMS to a phone number, which SNS authorizes only on"
          + " Resource *");
      return;
    }
    String arn = Named.arn(site, named, text -> site.arn("sns", text), widest, "sns:Publish",
        "topics", "TopicArn", fieldPointer(args, "TopicArn"));
    site.grant(List.of("sns:Publish"), List.of(arn));
  }

  /** sqs:sendMessage: sqs:SendMessage on the queue whose URL is given. */
  static void sqs(Site site, Args args) {
    Args.Value url = args.get("QueueUrl");
    String widest = "arn:" + site.partition + ":sqs:*:*:*";
    if (url.isLiteral()) {
      String queue = queueArn(site.partition, url.literal());
      if (queue == null) {
        site.warn(url.pointer(), "QueueUrl " + url.literal() + " is not a queue URL"
            + " (https://sqs.REGION.amazonaws.com/ACCOUNT/NAME), so sqs:SendMessage is allowed on "
            + widest + ": give the queue's URL, or substitute the placeholder first, to narrow it");
        queue = widest;
      }
      site.grant(List.of("sqs:SendMessage"), List.of(queue));
      return;
    }
    String arn = Named.arn(site, url, text -> text, widest, "sqs:SendMessage", "queues",
        "QueueUrl", fieldPointer(args, "QueueUrl"));
    site.grant(List.of("sqs:SendMessage"), List.of(arn));
  }

  /** The ARN of the queue at {@code url}, or null when it is not a queue URL. */
  static String queueArn(String partition, String url) {
    Matcher match = QUEUE_URL.matcher(url);
    if (!match.matches()) {
      return null;
    }
    String region = match.group(1) != null ? match.group(1) : match.group(2);
    return "arn:" + partition + ":sqs:" + region + ":" + match.group(3) + ":" + match.group(4);
  }

  /** dynamodb:getItem and friends: the same action on the table. */
  static void dynamodb(Site site, Args args, String api) {
    String action = "dynamodb:" + SdkCalls.pascal(api);
    site.grant(List.of(action), List.of(table(site, args, action)));
  }

  static String table(Site site, Args args, String action) {
    Args.Value table = args.get("TableName");
    return Named.arn(site, table, text -> site.arn("dynamodb", "table/" + text),
        "arn:" + site.partition + ":dynamodb:*:*:table/*", action, "tables", "TableName",
        fieldPointer(args, "TableName"));
  }

  /** events:putEvents: events:PutEvents on each entry's bus (the default bus when none). */
  static void events(Site site, Args args) {
    Set<String> buses = new LinkedHashSet<>();
    List<Args> entries = args.array("Entries");
    String widest = site.arn("events", "event-bus/*");
    for (Args entry : entries) {
      Args.Value bus = entry.get("EventBusName");
      if (bus.isAbsent()) {
        buses.add(site.arn("events", "event-bus/default"));
      } else {
        buses.add(Named.arn(site, bus, text -> site.arn("events", "event-bus/" + text), widest,
            "events:PutEvents", "event buses", "EventBusName", bus.pointer()));
      }
    }
    if (entries.isEmpty()) {
      site.warn(fieldPointer(args, "Entries"), "no Entries are given, so events:PutEvents is"
          + " allowed on " + widest + ": give the entries to narrow it");
      buses.add(widest);
    }
    site.grant(List.of("events:PutEvents"), new ArrayList<>(buses));
  }

  /** apigateway:invoke: execute-api:Invoke on API/stage/method/path. */
  static void apiGateway(Site site, Args args) {
    Args.Value endpoint = args.get("ApiEndpoint");
    Matcher host = endpoint.isLiteral() ? API_HOST.matcher(endpoint.literal()) : null;
    if (host == null || !host.matches()) {
      String widest = "arn:" + site.partition + ":execute-api:*:*:*";
      if (endpoint.isDynamic()) {
        site.widened(endpoint, "execute-api:Invoke", widest, "APIs");
      } else {
        String why = endpoint.isAbsent() ? "no ApiEndpoint is given"
            : endpoint.literal().contains("${") ? "ApiEndpoint " + endpoint.literal()
                + " is known only at deploy time"
            : "ApiEndpoint " + endpoint.literal() + " is not API Gateway's own host name"
                + " (ID.execute-api.REGION.amazonaws.com)";
        site.warn(fieldPointer(args, "ApiEndpoint"), why + ", so execute-api:Invoke is allowed on "
            + widest + ": narrow it to the API's ARN (API/STAGE/METHOD/PATH)");
      }
      site.grant(List.of("execute-api:Invoke"), List.of(widest));
      return;
    }
    List<Args.Value> computed = new ArrayList<>();
    String stage = part(args.get("Stage"), computed);
    String method = part(args.get("Method"), computed);
    String path = part(args.get("Path"), computed);
    path = path.startsWith("/") ? path.substring(1) : path;
    String arn = "arn:" + site.partition + ":execute-api:" + host.group(2) + ":" + site.account
        + ":" + host.group(1) + "/" + stage + "/" + method + "/" + path;
    for (Args.Value value : computed) {
      site.widened(value, "execute-api:Invoke", arn, "stages, methods and paths");
    }
    site.grant(List.of("execute-api:Invoke"), List.of(arn));
  }

  private static String part(Args.Value value, List<Args.Value> computed) {
    if (value.isDynamic()) {
      computed.add(value);
      return "*";
    }
    return value.isLiteral() ? value.literal() : "*";
  }

  /** bedrock:invokeModel: bedrock:InvokeModel on the foundation model (or the model ARN given). */
  static void bedrock(Site site, Args args) {
    Args.Value model = args.get("ModelId");
    String arn = Named.arn(site, model,
        text -> "arn:" + site.partition + ":bedrock:" + site.region + "::foundation-model/" + text,
        "arn:" + site.partition + ":bedrock:*::foundation-model/*", "bedrock:InvokeModel",
        "models", "ModelId", fieldPointer(args, "ModelId"));
    site.grant(List.of("bedrock:InvokeModel"), List.of(arn));
  }

  /** The pointer a missing field would have: its Parameters/Arguments object's, for warnings. */
  static String fieldPointer(Args args, String field) {
    Args.Value probe = args.get(field);
    return probe.pointer() != null ? probe.pointer() : args.pointer();
  }
}
