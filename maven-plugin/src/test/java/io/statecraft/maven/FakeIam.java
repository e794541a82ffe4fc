package io.statecraft.maven;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.CreateRoleRequest;
import software.amazon.awssdk.services.iam.model.CreateRoleResponse;
import software.amazon.awssdk.services.iam.model.DeleteRolePolicyRequest;
import software.amazon.awssdk.services.iam.model.DeleteRolePolicyResponse;
import software.amazon.awssdk.services.iam.model.GetRolePolicyRequest;
import software.amazon.awssdk.services.iam.model.GetRolePolicyResponse;
import software.amazon.awssdk.services.iam.model.GetRoleRequest;
import software.amazon.awssdk.services.iam.model.GetRoleResponse;
import software.amazon.awssdk.services.iam.model.IamException;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;
import software.amazon.awssdk.services.iam.model.PutRolePolicyRequest;
import software.amazon.awssdk.services.iam.model.PutRolePolicyResponse;
import software.amazon.awssdk.services.iam.model.Role;
import software.amazon.awssdk.services.iam.model.UpdateAssumeRolePolicyRequest;
import software.amazon.awssdk.services.iam.model.UpdateAssumeRolePolicyResponse;

/**
 * IAM as the remote side behaves for the calls {@link Roles} makes, in memory: roles with their
 * trust policy and inline policies, documents answered URL-encoded as IAM answers them, and every
 * operation called, in order. {@link #failOn} makes an operation fail the way IAM answers.
 */
final class FakeIam implements IamClient {

  static final String PREFIX = "arn:aws:iam::123456789012:role/";

  final List<String> calls = new ArrayList<>();
  /** Trust policy by role name. */
  final Map<String, String> roles = new LinkedHashMap<>();
  /** Inline policies by role name, then policy name. */
  final Map<String, Map<String, String>> policies = new LinkedHashMap<>();
  private final Map<String, AwsServiceException> failures = new LinkedHashMap<>();

  void failOn(String operation, String code, String message, int status) {
    failures.put(operation, (AwsServiceException) IamException.builder().statusCode(status)
        .requestId("req-2")
        .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).errorMessage(message)
            .serviceName("IAM").build())
        .message(message).build());
  }

  private void call(String operation) {
    calls.add(operation);
    if (failures.containsKey(operation)) {
      throw failures.get(operation);
    }
  }

  private static NoSuchEntityException noSuchEntity(String message) {
    return (NoSuchEntityException) NoSuchEntityException.builder().statusCode(404)
        .awsErrorDetails(AwsErrorDetails.builder().errorCode("NoSuchEntity")
            .errorMessage(message).serviceName("IAM").build())
        .message(message).build();
  }

  private Role role(String name) {
    if (!roles.containsKey(name)) {
      throw noSuchEntity("The role with name " + name + " cannot be found.");
    }
    return Role.builder().roleName(name).arn(PREFIX + name).path("/")
        .assumeRolePolicyDocument(encoded(roles.get(name))).build();
  }

  /** IAM's documents come URL-encoded. */
  private static String encoded(String document) {
    return java.net.URLEncoder.encode(document, java.nio.charset.StandardCharsets.UTF_8)
        .replace("+", "%20");
  }

  @Override
  public GetRoleResponse getRole(GetRoleRequest request) {
    call("GetRole");
    return GetRoleResponse.builder().role(role(request.roleName())).build();
  }

  @Override
  public GetRolePolicyResponse getRolePolicy(GetRolePolicyRequest request) {
    call("GetRolePolicy");
    role(request.roleName());
    String document = policies.getOrDefault(request.roleName(), Map.of())
        .get(request.policyName());
    if (document == null) {
      throw noSuchEntity("The role policy with name " + request.policyName()
          + " cannot be found.");
    }
    return GetRolePolicyResponse.builder().roleName(request.roleName())
        .policyName(request.policyName()).policyDocument(encoded(document)).build();
  }

  @Override
  public CreateRoleResponse createRole(CreateRoleRequest request) {
    call("CreateRole");
    roles.put(request.roleName(), request.assumeRolePolicyDocument());
    return CreateRoleResponse.builder().role(role(request.roleName())).build();
  }

  @Override
  public UpdateAssumeRolePolicyResponse updateAssumeRolePolicy(
      UpdateAssumeRolePolicyRequest request) {
    call("UpdateAssumeRolePolicy");
    role(request.roleName());
    roles.put(request.roleName(), request.policyDocument());
    return UpdateAssumeRolePolicyResponse.builder().build();
  }

  @Override
  public PutRolePolicyResponse putRolePolicy(PutRolePolicyRequest request) {
    call("PutRolePolicy");
    role(request.roleName());
    policies.computeIfAbsent(request.roleName(), name -> new LinkedHashMap<>())
        .put(request.policyName(), request.policyDocument());
    return PutRolePolicyResponse.builder().build();
  }

  @Override
  public DeleteRolePolicyResponse deleteRolePolicy(DeleteRolePolicyRequest request) {
    call("DeleteRolePolicy");
    policies.getOrDefault(request.roleName(), new LinkedHashMap<>()).remove(request.policyName());
    return DeleteRolePolicyResponse.builder().build();
  }

  @Override
  public String serviceName() {
    return "iam";
  }

  @Override
  public void close() {}
}
