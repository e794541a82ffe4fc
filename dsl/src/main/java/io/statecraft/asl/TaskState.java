package io.statecraft.asl;

import io.statecraft.asl.internal.Copies;
import io.statecraft.asl.value.NumberOrExpression;
import io.statecraft.asl.value.Path;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * {@code "Type": "Task"}: calls a service integration, a Lambda function or an activity.
 *
 * @param resource the ARN of the integration, function or activity, as written. A Resource given as
 *     a CloudFormation intrinsic function object (a definition embedded in a template, e.g.
 *     {@code {"Fn::GetAtt": ["Fn", "Arn"]}}) is kept as that object's compact JSON text, which the
 *     writer turns back into the object; like a {@code ${...}} placeholder it stands for an ARN
 *     known only at deploy time.
 * @param credentials {@code Credentials} ({@code {"RoleArn": ...}}) for cross-account calls, or null
 * @param arguments {@code Arguments} (JSONata), or null
 * @param timeoutSeconds {@code TimeoutSeconds}, or null
 * @param timeoutSecondsPath {@code TimeoutSecondsPath} (JSONPath), or null
 * @param heartbeatSeconds {@code HeartbeatSeconds}, or null
 * @param heartbeatSecondsPath {@code HeartbeatSecondsPath} (JSONPath), or null
 */
public record TaskState(
    String comment,
    QueryLanguage queryLanguage,
    String resource,
    JsonNode credentials,
    Path inputPath,
    JsonNode parameters,
    JsonNode arguments,
    JsonNode resultSelector,
    Path resultPath,
    Path outputPath,
    JsonNode output,
    JsonNode assign,
    NumberOrExpression timeoutSeconds,
    String timeoutSecondsPath,
    NumberOrExpression heartbeatSeconds,
    String heartbeatSecondsPath,
    List<Retrier> retry,
    List<Catcher> catchers,
    String next,
    boolean end)
    implements State, Transitioning, ErrorHandling {

  public TaskState {
    credentials = Copies.copy(credentials);
    parameters = Copies.copy(parameters);
    arguments = Copies.copy(arguments);
    resultSelector = Copies.copy(resultSelector);
    output = Copies.copy(output);
    assign = Copies.copy(assign);
    retry = Copies.list(retry);
    catchers = Copies.list(catchers);
  }
}
