package io.statecraft.diagrams.internal;

import io.statecraft.asl.TaskState;
import io.statecraft.asl.internal.JsonMappers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The second line of a Task node: which service it calls and what it does, read from the
 * Resource ARN ({@code arn:aws:states:::dynamodb:putItem} gives {@code DynamoDB · PutItem}).
 * Deploy-time {@code ${...}} placeholders and CloudFormation intrinsics are shown by the name they
 * stand for, so a template's {@code arn:${AWS::Partition}:states:::lambda:invoke} reads like the
 * deployed ARN would.
 */
final class TaskLabels {

  private static final JsonMapper JSON = JsonMappers.STANDARD;
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]*)}");
  private static final char HOLE = '\u0001';

  /** Display names of the optimized integrations' service prefixes, as the console spells them. */
  private static final Map<String, String> SERVICES = Map.ofEntries(
      Map.entry("lambda", "Lambda"), Map.entry("dynamodb", "DynamoDB"), Map.entry("sqs", "SQS"),
      Map.entry("sns", "SNS"), Map.entry("states", "Step Functions"), Map.entry("ecs", "ECS"),
      Map.entry("batch", "Batch"), Map.entry("glue", "Glue"), Map.entry("athena", "Athena"),
      Map.entry("sagemaker", "SageMaker"), Map.entry("events", "EventBridge"),
      Map.entry("apigateway", "API Gateway"), Map.entry("codebuild", "CodeBuild"),
      Map.entry("elasticmapreduce", "EMR"), Map.entry("emr-containers", "EMR on EKS"),
      Map.entry("emr-serverless", "EMR Serverless"), Map.entry("eks", "EKS"),
      Map.entry("bedrock", "Bedrock"), Map.entry("http", "HTTP"), Map.entry("s3", "S3"),
      Map.entry("databrew", "DataBrew"), Map.entry("mediaconvert", "MediaConvert"),
      Map.entry("evidently", "Evidently"), Map.entry("scheduler", "EventBridge Scheduler"));

  private TaskLabels() {}

  /** E.g. {@code Lambda · charge-card}, or null when the task has no Resource. */
  static String describe(TaskState task) {
    if (task.resource() == null) {
      return null;
    }
    String resource = fromIntrinsic(task.resource());
    List<String> parts = arnParts(resource);
    if (parts == null) {
      return readable(resource);
    }
    String service = parts.get(2);
    if (service.equals("states") && parts.size() >= 7 && parts.get(3).isEmpty()) {
      return integration(task, parts.subList(5, parts.size()));
    }
    if (service.equals("states") && parts.size() >= 7 && parts.get(5).equals("activity")) {
      return "Activity · " + parts.get(6);
    }
    if (service.equals("lambda") && parts.size() >= 7 && parts.get(5).equals("function")) {
      return "Lambda · " + functionName(parts);
    }
    return service + " · " + String.join(":", parts.subList(5, parts.size()));
  }

  /** {@code lambda, invoke} or {@code aws-sdk, s3, getObject.waitForTaskToken}. */
  private static String integration(TaskState task, List<String> rest) {
    String service = rest.get(0);
    if (service.equals("aws-sdk") && rest.size() >= 3) {
      return "aws-sdk: " + rest.get(1) + " · " + action(String.join(":", rest.subList(2, rest.size())));
    }
    String action = String.join(":", rest.subList(1, rest.size()));
    if (service.equals("lambda") && action.startsWith("invoke")) {
      String function = lambdaFunction(task);
      if (function != null) {
        return "Lambda · " + function + suffix(action);
      }
    }
    return SERVICES.getOrDefault(service, service) + " · " + action(action);
  }

  /** {@code putItem} gives {@code PutItem}; {@code sendMessage.waitForTaskToken} adds its mode. */
  private static String action(String written) {
    int dot = written.indexOf('.');
    String name = dot < 0 ? written : written.substring(0, dot);
    String capitalized = name.isEmpty() ? name
        : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    return capitalized + suffix(written);
  }

  private static String suffix(String action) {
    if (action.contains(".waitForTaskToken")) {
      return " (wait for token)";
    }
    if (action.contains(".sync")) {
      return " (sync)";
    }
    return "";
  }

  /** The function a {@code lambda:invoke} task calls, from Parameters or Arguments. */
  private static String lambdaFunction(TaskState task) {
    for (JsonNode payload : new JsonNode[] {task.parameters(), task.arguments()}) {
      if (payload == null || !payload.isObject()) {
        continue;
      }
      JsonNode name = payload.get("FunctionName");
      if (name != null && name.isString()) {
        return shortFunction(name.asString());
      }
      JsonNode path = payload.get("FunctionName.$");
      if (path != null && path.isString()) {
        return path.asString();
      }
    }
    return null;
  }

  /** A function ARN, name, partial ARN or placeholder, shortened to the function's name. */
  private static String shortFunction(String written) {
    String value = fromIntrinsic(written).strip();
    if (value.startsWith("{%")) {
      return ConditionText.abbreviate(ConditionText.stripJsonata(value), 32);
    }
    List<String> parts = arnParts(value);
    if (parts != null && parts.size() >= 7 && parts.get(5).equals("function")) {
      return functionName(parts);
    }
    return readable(value);
  }

  /** {@code charge-card} from {@code ...:function:charge-card}, with a qualifier if not $LATEST. */
  private static String functionName(List<String> parts) {
    String name = parts.get(6);
    if (parts.size() > 7 && !parts.get(7).equals("$LATEST")) {
      name += ":" + parts.get(7);
    }
    return name;
  }

  /**
   * The colon-separated parts of an ARN with each {@code ${...}} placeholder shown readably, or
   * null when {@code value} is not an ARN. Placeholders are set aside first because
   * {@code ${AWS::Partition}} holds colons of its own.
   */
  private static List<String> arnParts(String value) {
    List<String> holes = new ArrayList<>();
    Matcher matcher = PLACEHOLDER.matcher(value);
    StringBuilder masked = new StringBuilder();
    while (matcher.find()) {
      holes.add(matcher.group());
      matcher.appendReplacement(masked, "");
      masked.append(HOLE).append(holes.size() - 1).append(HOLE);
    }
    matcher.appendTail(masked);
    String[] split = masked.toString().split(":", -1);
    if (split.length < 6 || !split[0].equals("arn")) {
      return null;
    }
    List<String> parts = new ArrayList<>(split.length);
    for (String part : split) {
      StringBuilder restored = new StringBuilder();
      int at = 0;
      while (at < part.length()) {
        char c = part.charAt(at);
        if (c == HOLE) {
          int end = part.indexOf(HOLE, at + 1);
          restored.append(readable(holes.get(Integer.parseInt(part.substring(at + 1, end)))));
          at = end + 1;
        } else {
          restored.append(c);
          at++;
        }
      }
      parts.add(restored.toString());
    }
    return parts;
  }

  /**
   * {@code ${ChargeCard.Arn}} reads {@code ChargeCard}; other text is kept, with each embedded
   * placeholder shown by its name.
   */
  static String readable(String value) {
    Matcher matcher = PLACEHOLDER.matcher(value);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String name = matcher.group(1).strip();
      if (name.endsWith(".Arn")) {
        name = name.substring(0, name.length() - 4);
      }
      matcher.appendReplacement(out, Matcher.quoteReplacement(name));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  /**
   * A Resource kept as a CloudFormation intrinsic's JSON text ({@code {"Fn::GetAtt":["Fn","Arn"]}})
   * turned into the string it stands for, written with {@code ${...}} placeholders; other text
   * as is.
   */
  static String fromIntrinsic(String written) {
    if (!written.startsWith("{")) {
      return written;
    }
    try {
      return intrinsic(JSON.readTree(written));
    } catch (JacksonException e) {
      return written;
    }
  }

  private static String intrinsic(JsonNode node) {
    if (node.isString()) {
      return node.asString();
    }
    if (node.isObject() && node.size() == 1) {
      String function = node.propertyNames().iterator().next();
      JsonNode argument = node.get(function);
      switch (function) {
        case "Ref":
          return "${" + argument.asString() + "}";
        case "Fn::GetAtt":
          return "${" + (argument.isArray() ? argument.get(0).asString() : argument.asString()) + "}";
        case "Fn::Sub":
          return argument.isArray() ? argument.get(0).asString() : argument.asString();
        case "Fn::Join":
          if (argument.isArray() && argument.size() == 2 && argument.get(1).isArray()) {
            List<String> joined = new ArrayList<>();
            for (JsonNode part : argument.get(1)) {
              joined.add(intrinsic(part));
            }
            return String.join(argument.get(0).asString(), joined);
          }
          break;
        default:
          break;
      }
    }
    return "${" + node + "}";
  }
}
