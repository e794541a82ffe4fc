package io.statecraft.shapes.generator;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import software.amazon.awssdk.core.util.VersionInfo;
import tools.jackson.databind.json.JsonMapper;

/**
 * Makes {@code src/main/resources/io/statecraft/shapes/<service>.json}: for one AWS service, the
 * output shape of every operation, read from the AWS SDK for Java v2 model classes on the test
 * class path (their {@code sdkFields()}), never written by hand.
 *
 * <p>{@code BundledShapesTest} regenerates every file in memory and fails when a committed one
 * differs; run it with {@code -Dshapes.regenerate=true} to rewrite them instead:
 * <pre>{@code
 * mvn -B -o -q test -pl local-runtime/shapes -Dtest=BundledShapesTest -Dshapes.regenerate=true
 * }</pre>
 */
public final class ShapesGenerator {

  /**
   * The services bundled: those behind Step Functions' optimized integrations (Lambda, DynamoDB,
   * SQS, SNS, EventBridge, ECS, Batch, Glue, Athena, Step Functions, EMR, EKS, Bedrock) and the
   * ones most called through {@code aws-sdk:} integrations. Each is a test dependency in the pom;
   * the name is the SDK artifact's, which is also Step Functions' {@code aws-sdk:<service>} name.
   */
  public static final List<String> SERVICES = List.of("athena", "batch", "bedrock",
      "bedrockruntime", "cloudwatch", "cloudwatchlogs", "comprehend", "dynamodb", "ecs", "eks",
      "emr", "eventbridge", "firehose", "glue", "kinesis", "kms", "lambda", "s3", "scheduler",
      "secretsmanager", "sesv2", "sfn", "sns", "sqs", "ssm", "sts", "textract", "translate");

  /**
   * Response members the API references mark "Required: Yes". AWS SDK v2 keeps no required trait
   * on response members, so the few that the optimized integrations return are listed here
   * (Step Functions API reference: StartExecution, DescribeExecution; AWS Batch API reference:
   * SubmitJob), by service and SDK structure name.
   */
  static final Map<String, Map<String, Set<String>>> KNOWN_REQUIRED = Map.of(
      "sfn", Map.of(
          "StartExecutionResponse", Set.of("ExecutionArn", "StartDate"),
          "DescribeExecutionResponse",
          Set.of("ExecutionArn", "StateMachineArn", "Status", "StartDate")),
      "batch", Map.of("SubmitJobResponse", Set.of("JobName", "JobId")));

  /**
   * The streaming payload member of an operation whose body is outside {@code sdkFields()}
   * (S3 GetObject's {@code Body}); Step Functions returns it as text.
   */
  static final Map<String, String> STREAMING_MEMBER = Map.of("s3", "Body");

  private ShapesGenerator() {
  }

  /** The bundled JSON document of one service. */
  public static String generate(String service) {
    SdkModelReader reader = new SdkModelReader(service);
    ShapeWalker walker = new ShapeWalker(reader.jsonProtocol(),
        KNOWN_REQUIRED.getOrDefault(service, Map.of()));
    Map<String, String> operations = new TreeMap<>();
    reader.operations().forEach((name, operation) -> {
      String shape = walker.structure(operation.responseBuilder());
      if (operation.streamingOutput() && STREAMING_MEMBER.containsKey(service)) {
        walker.structures().get(shape).putIfAbsent(STREAMING_MEMBER.get(service), "blob");
      }
      operations.put(name, shape);
    });
    return new BundledShapes(service, VersionInfo.SDK_VERSION, operations, walker.structures(),
        walker.enums()).toJson(JsonMapper.builder().build());
  }
}
