package io.statecraft.shapes;

import io.statecraft.shapes.internal.Catalog;
import io.statecraft.shapes.internal.Integrations;
import io.statecraft.shapes.internal.Integrations.Target;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;

/**
 * The result shapes of Task resources, checked offline as AWS's TestState checks a mocked result
 * ({@code mock.fieldValidationMode}). Shapes come from the AWS SDK for Java v2 models, bundled at
 * build time; an {@code aws-sdk:<service>:<action>} result has the operation's output shape with
 * its members in PascalCase, and an optimized integration's result has the shape Step Functions
 * gives (lambda:invoke's {@code Payload} as JSON, with {@code SdkHttpMetadata}; a {@code .sync}
 * job's description). Thread-safe; a service's shapes are read the first time they are needed.
 *
 * <pre>{@code
 * ServiceShapes shapes = ServiceShapes.load();
 * JsonNode mock = JsonMapper.builder().build().readTree("{\"StatusCode\": \"200\"}");
 * shapes.check("arn:aws:states:::lambda:invoke", mock, FieldValidation.STRICT);
 * // [ShapeProblem[pointer=/StatusCode, message=Field 'StatusCode' must be a number, ...]]
 * }</pre>
 */
public final class ServiceShapes {

  private static final ServiceShapes BUNDLED =
      new ServiceShapes(new Catalog(ServiceShapes.class.getClassLoader()));

  private final Integrations integrations;
  private final Map<String, Optional<Target>> targets = new ConcurrentHashMap<>();

  private ServiceShapes(Catalog catalog) {
    this.integrations = new Integrations(catalog);
  }

  /** The shapes bundled with this library. */
  public static ServiceShapes load() {
    return BUNDLED;
  }

  /**
   * The problems of {@code result} as the result of the Task resource {@code resourceArn}
   * ({@code arn:aws:states:::dynamodb:getItem}, {@code arn:aws:states:::aws-sdk:s3:getObject}),
   * in document order; empty when it is valid, when {@code mode} is NONE, or when the resource
   * has no known shape (see {@link #knows}).
   */
  public List<ShapeProblem> check(String resourceArn, JsonNode result, FieldValidation mode) {
    Objects.requireNonNull(resourceArn, "resourceArn == null");
    Objects.requireNonNull(mode, "mode == null");
    return target(resourceArn).map(target -> ShapeChecker.check(target, result, mode))
        .orElse(List.of());
  }

  /**
   * Whether {@code resourceArn}'s result has a shape to check. Not for services or actions
   * outside the bundle, Lambda function or activity ARNs, HTTP tasks, or
   * {@code .waitForTaskToken} resources, whose result is whatever SendTaskSuccess sends.
   */
  public boolean knows(String resourceArn) {
    Objects.requireNonNull(resourceArn, "resourceArn == null");
    return target(resourceArn).isPresent();
  }

  private Optional<Target> target(String resourceArn) {
    return targets.computeIfAbsent(resourceArn, integrations::resolve);
  }
}
