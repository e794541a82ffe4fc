package io.statecraft.maven;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.CreateStateMachineAliasRequest;
import software.amazon.awssdk.services.sfn.model.CreateStateMachineAliasResponse;
import software.amazon.awssdk.services.sfn.model.CreateStateMachineRequest;
import software.amazon.awssdk.services.sfn.model.CreateStateMachineResponse;
import software.amazon.awssdk.services.sfn.model.DescribeStateMachineAliasRequest;
import software.amazon.awssdk.services.sfn.model.DescribeStateMachineAliasResponse;
import software.amazon.awssdk.services.sfn.model.DescribeStateMachineRequest;
import software.amazon.awssdk.services.sfn.model.DescribeStateMachineResponse;
import software.amazon.awssdk.services.sfn.model.ListStateMachineVersionsRequest;
import software.amazon.awssdk.services.sfn.model.ListStateMachineVersionsResponse;
import software.amazon.awssdk.services.sfn.model.ListStateMachinesRequest;
import software.amazon.awssdk.services.sfn.model.ListStateMachinesResponse;
import software.amazon.awssdk.services.sfn.model.ListTagsForResourceRequest;
import software.amazon.awssdk.services.sfn.model.ListTagsForResourceResponse;
import software.amazon.awssdk.services.sfn.model.LoggingConfiguration;
import software.amazon.awssdk.services.sfn.model.PublishStateMachineVersionRequest;
import software.amazon.awssdk.services.sfn.model.PublishStateMachineVersionResponse;
import software.amazon.awssdk.services.sfn.model.ResourceNotFoundException;
import software.amazon.awssdk.services.sfn.model.RoutingConfigurationListItem;
import software.amazon.awssdk.services.sfn.model.SfnException;
import software.amazon.awssdk.services.sfn.model.StateMachineListItem;
import software.amazon.awssdk.services.sfn.model.StateMachineVersionListItem;
import software.amazon.awssdk.services.sfn.model.Tag;
import software.amazon.awssdk.services.sfn.model.TagResourceRequest;
import software.amazon.awssdk.services.sfn.model.TagResourceResponse;
import software.amazon.awssdk.services.sfn.model.TracingConfiguration;
import software.amazon.awssdk.services.sfn.model.UpdateStateMachineAliasRequest;
import software.amazon.awssdk.services.sfn.model.UpdateStateMachineAliasResponse;
import software.amazon.awssdk.services.sfn.model.UpdateStateMachineRequest;
import software.amazon.awssdk.services.sfn.model.UpdateStateMachineResponse;
import software.amazon.awssdk.services.sfn.model.ValidateStateMachineDefinitionDiagnostic;
import software.amazon.awssdk.services.sfn.model.ValidateStateMachineDefinitionRequest;
import software.amazon.awssdk.services.sfn.model.ValidateStateMachineDefinitionResponse;

/**
 * Step Functions as the remote side behaves for the calls a deploy makes, in memory: what AWS
 * would store, and every operation called, in order. {@link #failOn} makes an operation fail the
 * way AWS answers.
 */
final class FakeStepFunctions implements SfnClient {

  static final String PREFIX = "arn:aws:states:eu-west-1:123456789012:stateMachine:";

  final List<String> calls = new ArrayList<>();
  final Map<String, Machine> machines = new LinkedHashMap<>();
  private final Map<String, AwsServiceException> failures = new LinkedHashMap<>();
  /** How many more calls fail, for failures that stop; absent: every call fails. */
  private final Map<String, Integer> remaining = new LinkedHashMap<>();
  private final Map<String, ValidateStateMachineDefinitionDiagnostic> refusals =
      new LinkedHashMap<>();

  static final class Machine {
    String definition;
    String roleArn;
    String type;
    LoggingConfiguration logging;
    TracingConfiguration tracing;
    final Map<String, String> tags = new LinkedHashMap<>();
    final List<String> versions = new ArrayList<>();
    final Map<String, List<RoutingConfigurationListItem>> aliases = new LinkedHashMap<>();
  }

  /**
   * Calls of {@code operation} answer with this AWS error code, message and HTTP status; an
   * operation followed by a state machine name ({@code "CreateStateMachine beta"}) fails for that
   * state machine only.
   */
  void failOn(String operation, String code, String message, int status) {
    failures.put(operation, (AwsServiceException) SfnException.builder().statusCode(status)
        .requestId("req-1")
        .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).errorMessage(message)
            .serviceName("SFN").build())
        .message(message).build());
  }

  /** As {@link #failOn(String, String, String, int)}, for the next {@code times} calls only. */
  void failOn(String operation, String code, String message, int status, int times) {
    failOn(operation, code, message, status);
    remaining.put(operation, times);
  }

  /**
   * ValidateStateMachineDefinition answers FAIL, with this ERROR diagnostic, for definitions
   * containing {@code text}; OK for the others.
   */
  void refuseDefinitionsContaining(String text, String code, String location, String message) {
    refusals.put(text, ValidateStateMachineDefinitionDiagnostic.builder().severity("ERROR")
        .code(code).location(location).message(message).build());
  }

  @Override
  public ValidateStateMachineDefinitionResponse validateStateMachineDefinition(
      ValidateStateMachineDefinitionRequest request) {
    call("ValidateStateMachineDefinition");
    List<ValidateStateMachineDefinitionDiagnostic> found = refusals.entrySet().stream()
        .filter(refusal -> request.definition().contains(refusal.getKey()))
        .map(Map.Entry::getValue).toList();
    return ValidateStateMachineDefinitionResponse.builder()
        .result(found.isEmpty() ? "OK" : "FAIL").diagnostics(found).truncated(false).build();
  }

  private void call(String operation) {
    call(operation, null);
  }

  private void call(String operation, String name) {
    calls.add(operation);
    String key = failures.containsKey(operation) ? operation : operation + " " + name;
    AwsServiceException failure = failures.get(key);
    if (failure != null) {
      if (remaining.containsKey(key) && remaining.merge(key, -1, Integer::sum) <= 0) {
        failures.remove(key);
        remaining.remove(key);
      }
      throw failure;
    }
  }

  private Machine machine(String arn) {
    Machine machine = machines.get(arn.substring(PREFIX.length()));
    if (machine == null) {
      throw ResourceNotFoundException.builder().message("State Machine Does Not Exist").build();
    }
    return machine;
  }

  /** The machine an alias ARN ({@code <machine ARN>:<name>}) belongs to, and the alias's name. */
  private record AliasName(Machine machine, String name) {}

  private AliasName alias(String arn) {
    int colon = arn.lastIndexOf(':');
    return new AliasName(machine(arn.substring(0, colon)), arn.substring(colon + 1));
  }

  private String publish(String name, Machine machine) {
    machine.versions.add(0, PREFIX + name + ":" + (machine.versions.size() + 1));
    return machine.versions.get(0);
  }

  @Override
  public ListStateMachinesResponse listStateMachines(ListStateMachinesRequest request) {
    call("ListStateMachines");
    return ListStateMachinesResponse.builder().stateMachines(machines.keySet().stream()
        .map(name -> StateMachineListItem.builder().name(name).stateMachineArn(PREFIX + name)
            .type(machines.get(name).type).creationDate(Instant.EPOCH).build())
        .toList()).build();
  }

  @Override
  public CreateStateMachineResponse createStateMachine(CreateStateMachineRequest request) {
    call("CreateStateMachine", request.name());
    Machine machine = new Machine();
    machine.definition = request.definition();
    machine.roleArn = request.roleArn();
    machine.type = request.typeAsString();
    machine.logging = request.loggingConfiguration();
    machine.tracing = request.tracingConfiguration();
    request.tags().forEach(tag -> machine.tags.put(tag.key(), tag.value()));
    machines.put(request.name(), machine);
    String version = Boolean.TRUE.equals(request.publish()) ? publish(request.name(), machine) : null;
    return CreateStateMachineResponse.builder().stateMachineArn(PREFIX + request.name())
        .stateMachineVersionArn(version).creationDate(Instant.EPOCH).build();
  }

  @Override
  public DescribeStateMachineResponse describeStateMachine(DescribeStateMachineRequest request) {
    call("DescribeStateMachine");
    Machine machine = machine(request.stateMachineArn());
    return DescribeStateMachineResponse.builder().stateMachineArn(request.stateMachineArn())
        .name(request.stateMachineArn().substring(PREFIX.length()))
        .definition(machine.definition).roleArn(machine.roleArn).type(machine.type)
        .loggingConfiguration(machine.logging == null
            ? LoggingConfiguration.builder().level("OFF").includeExecutionData(false).build()
            : machine.logging)
        .tracingConfiguration(machine.tracing == null
            ? TracingConfiguration.builder().enabled(false).build() : machine.tracing)
        .creationDate(Instant.EPOCH).build();
  }

  @Override
  public UpdateStateMachineResponse updateStateMachine(UpdateStateMachineRequest request) {
    call("UpdateStateMachine");
    Machine machine = machine(request.stateMachineArn());
    if (request.definition() != null) {
      machine.definition = request.definition();
    }
    if (request.roleArn() != null) {
      machine.roleArn = request.roleArn();
    }
    if (request.loggingConfiguration() != null) {
      machine.logging = request.loggingConfiguration();
    }
    if (request.tracingConfiguration() != null) {
      machine.tracing = request.tracingConfiguration();
    }
    String name = request.stateMachineArn().substring(PREFIX.length());
    String version = Boolean.TRUE.equals(request.publish()) ? publish(name, machine) : null;
    return UpdateStateMachineResponse.builder().stateMachineVersionArn(version)
        .updateDate(Instant.EPOCH).build();
  }

  @Override
  public ListStateMachineVersionsResponse listStateMachineVersions(
      ListStateMachineVersionsRequest request) {
    call("ListStateMachineVersions");
    return ListStateMachineVersionsResponse.builder().stateMachineVersions(
        machine(request.stateMachineArn()).versions.stream()
            .limit(request.maxResults() == null ? 1000 : request.maxResults())
            .map(arn -> StateMachineVersionListItem.builder().stateMachineVersionArn(arn)
                .creationDate(Instant.EPOCH).build())
            .toList()).build();
  }

  @Override
  public PublishStateMachineVersionResponse publishStateMachineVersion(
      PublishStateMachineVersionRequest request) {
    call("PublishStateMachineVersion");
    String name = request.stateMachineArn().substring(PREFIX.length());
    return PublishStateMachineVersionResponse.builder()
        .stateMachineVersionArn(publish(name, machine(request.stateMachineArn()))).build();
  }

  @Override
  public ListTagsForResourceResponse listTagsForResource(ListTagsForResourceRequest request) {
    call("ListTagsForResource");
    return ListTagsForResourceResponse.builder().tags(machine(request.resourceArn()).tags
        .entrySet().stream()
        .map(tag -> Tag.builder().key(tag.getKey()).value(tag.getValue()).build()).toList())
        .build();
  }

  @Override
  public TagResourceResponse tagResource(TagResourceRequest request) {
    call("TagResource");
    request.tags().forEach(tag -> machine(request.resourceArn()).tags.put(tag.key(), tag.value()));
    return TagResourceResponse.builder().build();
  }

  @Override
  public DescribeStateMachineAliasResponse describeStateMachineAlias(
      DescribeStateMachineAliasRequest request) {
    call("DescribeStateMachineAlias");
    String arn = request.stateMachineAliasArn();
    AliasName alias = alias(arn);
    List<RoutingConfigurationListItem> routing = alias.machine().aliases.get(alias.name());
    if (routing == null) {
      throw ResourceNotFoundException.builder().message("Resource not found").build();
    }
    return DescribeStateMachineAliasResponse.builder().stateMachineAliasArn(arn)
        .routingConfiguration(routing).build();
  }

  @Override
  public CreateStateMachineAliasResponse createStateMachineAlias(
      CreateStateMachineAliasRequest request) {
    call("CreateStateMachineAlias");
    String version = request.routingConfiguration().get(0).stateMachineVersionArn();
    String machineArn = version.substring(0, version.lastIndexOf(':'));
    machine(machineArn).aliases.put(request.name(), request.routingConfiguration());
    return CreateStateMachineAliasResponse.builder()
        .stateMachineAliasArn(machineArn + ":" + request.name()).build();
  }

  @Override
  public UpdateStateMachineAliasResponse updateStateMachineAlias(
      UpdateStateMachineAliasRequest request) {
    call("UpdateStateMachineAlias");
    AliasName alias = alias(request.stateMachineAliasArn());
    alias.machine().aliases.put(alias.name(), request.routingConfiguration());
    return UpdateStateMachineAliasResponse.builder().build();
  }

  @Override
  public String serviceName() {
    return "states";
  }

  @Override
  public void close() {}
}
