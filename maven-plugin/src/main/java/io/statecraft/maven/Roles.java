package io.statecraft.maven;

import io.statecraft.asl.internal.JsonMappers;
import io.statecraft.compiler.Asl;
import io.statecraft.compiler.Policies;
import io.statecraft.compiler.policy.PolicyNote;
import io.statecraft.compiler.policy.PolicyOptions;
import io.statecraft.compiler.policy.StateMachinePolicy;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;
import software.amazon.awssdk.services.iam.model.Role;
import tools.jackson.core.JacksonException;

/**
 * Each workflow's execution role, created or brought up to date through IAM: trusted by
 * {@code states.amazonaws.com}, with the least-privilege policy {@link Policies} derives from the
 * definition as its one inline policy, {@value #POLICY_NAME}. A workflow that calls no AWS
 * service gets a role without that policy (IAM refuses an empty policy document).
 *
 * <pre>{@code
 * Roles roles = new Roles(iam, options, PolicyOptions.defaults().withRegion("eu-west-1"), log);
 * Map<String, String> arns = roles.ensure(definitions, changed::add);
 * }</pre>
 *
 * <p>Every role and its policy are read before the first change. A dry run reads and prints what
 * it would create or change. Roles are never deleted; the inline policy is removed only when the
 * workflow no longer needs any permission.
 */
final class Roles {

  /** Stands for the workflow's name in the {@code <roleName>} pattern. */
  static final String NAME = "{name}";
  static final String DEFAULT_PATTERN = NAME + "-statecraft";
  static final String POLICY_NAME = "statecraft-least-privilege";
  static final String TRUST = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
      + "\"Principal\":{\"Service\":\"states.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}";

  /** How long to wait for a new role to reach Step Functions, before each call again. */
  private static final long[] PROPAGATION_WAITS_MS = {2_000, 4_000, 8_000, 8_000, 8_000};

  /** IAM's RoleName: 1 to 64 of these characters. */
  private static final Pattern ROLE_NAME = Pattern.compile("[\\w+=,.@-]{1,64}");

  private final IamClient iam;
  private final DeployOptions options;
  private final PolicyOptions policyOptions;
  private final Consumer<String> log;
  private final String service;
  private final LongConsumer sleep;
  /** Workflows whose role this deploy created or made trust Step Functions. */
  private final Set<String> fresh = new HashSet<>();

  /** @param policyOptions the region, account, logging and tracing the policies are derived for */
  Roles(IamClient iam, DeployOptions options, PolicyOptions policyOptions, Consumer<String> log) {
    this(iam, options, policyOptions, log, Roles::sleep);
  }

  /** @param sleep waits this many milliseconds while IAM propagates a new role */
  Roles(IamClient iam, DeployOptions options, PolicyOptions policyOptions, Consumer<String> log,
      LongConsumer sleep) {
    this.sleep = Objects.requireNonNull(sleep, "sleep == null");
    this.iam = Objects.requireNonNull(iam, "iam == null");
    this.options = Objects.requireNonNull(options, "options == null");
    this.policyOptions = Objects.requireNonNull(policyOptions, "policyOptions == null");
    this.log = Objects.requireNonNull(log, "log == null");
    this.service = service(iam);
  }

  /** @throws WorkflowException when {@code pattern} cannot name a role per workflow */
  static void checkPattern(String pattern) {
    if (!pattern.contains(NAME)) {
      throw new WorkflowException("<roleName> must contain " + NAME + ", which stands for each"
          + " workflow's name (each workflow gets a role of its own), was " + pattern);
    }
  }

  /** What is deployed for one workflow's role, read before anything changes. */
  private record Plan(String workflow, String role, StateMachinePolicy policy, Role deployed,
      String deployedPolicy) {

    boolean needsPolicy() {
      return !policy.statements().isEmpty();
    }
  }

  /**
   * Creates or updates the role of every definition, after reading all of them.
   *
   * @param changed told each change made, e.g. "created role Orders-statecraft"
   * @return each workflow's role ARN by workflow name; in a dry run, a role that does not exist
   *     is named "X (to be created)"
   * @throws WorkflowException when a role name is not one IAM accepts; nothing changed
   * @throws DeployException when IAM refuses a call
   */
  Map<String, String> ensure(List<Definitions.Definition> definitions, Consumer<String> changed) {
    Map<String, String> names = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    for (Definitions.Definition definition : definitions) {
      String role = options.roleName().replace(NAME, definition.name());
      if (!ROLE_NAME.matcher(role).matches()) {
        problems.add(definition.workflow().label() + ": role name " + role + " is not one IAM"
            + " accepts (1 to 64 letters, digits and +=,.@_-); set <roleName> to a shorter"
            + " pattern, e.g. sfn-" + NAME);
      }
      names.put(definition.name(), role);
    }
    if (!problems.isEmpty()) {
      throw WorkflowException.refused(problems.size(), problems, Deployer.NOTHING_CHANGED);
    }
    List<Plan> plans = new ArrayList<>();
    for (Definitions.Definition definition : definitions) {
      plans.add(plan(definition, names.get(definition.name())));
    }
    Map<String, String> arns = new LinkedHashMap<>();
    for (Plan plan : plans) {
      arns.put(plan.workflow(), apply(plan, changed));
    }
    return arns;
  }

  private Plan plan(Definitions.Definition definition, String role) {
    String name = definition.name();
    StateMachinePolicy policy = Policies.of(Asl.fromJson(definition.json()),
        policyOptions.withStateMachineName(name));
    for (PolicyNote warning : policy.warnings()) {
      log.accept(name + ": " + warning);
    }
    Role deployed = absentAsNull(() -> call("GetRole", name, role,
        () -> iam.getRole(b -> b.roleName(role)).role()));
    String deployedPolicy = deployed == null ? null : absentAsNull(() -> call("GetRolePolicy",
        name, role, () -> iam.getRolePolicy(b -> b.roleName(role).policyName(POLICY_NAME))
            .policyDocument()));
    return new Plan(name, role, policy, deployed, deployedPolicy == null ? null
        : decoded(deployedPolicy));
  }

  private String apply(Plan plan, Consumer<String> changed) {
    String role = plan.role();
    String policy = plan.needsPolicy() ? plan.policy().toJson() : null;
    String arn;
    if (plan.deployed() == null) {
      if (options.dryRun()) {
        log.accept("Would create role " + role + " for " + plan.workflow()
            + " (trusted by states.amazonaws.com)" + (policy == null
                ? ", without permissions: " + plan.workflow() + " calls no AWS service"
                : " with inline policy " + POLICY_NAME + ":\n" + policy));
        return role + " (to be created)";
      }
      arn = call("CreateRole", plan.workflow(), role, () -> iam.createRole(b -> b.roleName(role)
          .assumeRolePolicyDocument(TRUST)
          .description("Execution role of state machine " + plan.workflow()
              + ", kept by sfn:deploy"))).role().arn();
      changed.accept("created role " + role);
      fresh.add(plan.workflow());
      log.accept("Created role " + role + " for " + plan.workflow() + ": " + arn);
    } else {
      arn = plan.deployed().arn();
      trust(plan, changed);
    }
    policy(plan, policy, changed);
    return arn;
  }

  /** A role that no longer trusts Step Functions is made to; other trust policies are kept. */
  private void trust(Plan plan, Consumer<String> changed) {
    String role = plan.role();
    String trust = plan.deployed().assumeRolePolicyDocument();
    if (trust != null && decoded(trust).contains("\"states.amazonaws.com\"")) {
      return;
    }
    if (options.dryRun()) {
      log.accept("Would let states.amazonaws.com assume role " + role);
      return;
    }
    call("UpdateAssumeRolePolicy", plan.workflow(), role, () -> iam.updateAssumeRolePolicy(b -> b
        .roleName(role).policyDocument(TRUST)));
    changed.accept("updated the trust policy of role " + role);
    fresh.add(plan.workflow());
    log.accept("Updated the trust policy of role " + role + ": states.amazonaws.com");
  }

  private void policy(Plan plan, String policy, Consumer<String> changed) {
    String role = plan.role();
    String deployed = plan.deployedPolicy();
    boolean dry = options.dryRun();
    if (policy == null) {
      if (deployed == null) {
        log.accept("Role " + role + " is up to date");
        return;
      }
      log.accept((dry ? "Would remove" : "Removing") + " policy " + POLICY_NAME + " of role "
          + role + ": " + plan.workflow() + " calls no AWS service any more");
      if (!dry) {
        call("DeleteRolePolicy", plan.workflow(), role, () -> iam.deleteRolePolicy(b -> b
            .roleName(role).policyName(POLICY_NAME)));
        changed.accept("removed policy " + POLICY_NAME + " of role " + role);
      }
      return;
    }
    if (deployed != null && sameJson(deployed, policy)) {
      log.accept("Role " + role + " is up to date");
      return;
    }
    String label = role + "/" + POLICY_NAME;
    if (dry) {
      log.accept("Would " + (deployed == null ? "add" : "update") + " policy " + POLICY_NAME
          + " of role " + role);
      log.accept(Deployer.diff(label, deployed == null ? "" : pretty(deployed), policy));
      return;
    }
    call("PutRolePolicy", plan.workflow(), role, () -> iam.putRolePolicy(b -> b.roleName(role)
        .policyName(POLICY_NAME).policyDocument(policy)));
    changed.accept("put policy " + POLICY_NAME + " on role " + role);
    log.accept((deployed == null ? "Added" : "Updated") + " policy " + POLICY_NAME + " of role "
        + role);
  }

  /**
   * Whether to call Step Functions again after it refused {@code failure} for {@code workflow}:
   * a role IAM just created or changed takes seconds to reach Step Functions, which meanwhile
   * answers that it cannot assume it. Waits before saying yes.
   *
   * @param attempt how many calls were refused so far, from 1
   */
  boolean retryWhilePropagating(String workflow, SdkException failure, int attempt) {
    if (!fresh.contains(workflow) || attempt > PROPAGATION_WAITS_MS.length
        || !(failure instanceof AwsServiceException refusal) || refusal.awsErrorDetails() == null
        || !"AccessDeniedException".equals(refusal.awsErrorDetails().errorCode())
        || !String.valueOf(refusal.awsErrorDetails().errorMessage()).contains("assume")) {
      return false;
    }
    long wait = PROPAGATION_WAITS_MS[attempt - 1];
    log.accept("Step Functions cannot assume the new role of " + workflow + " while IAM"
        + " propagates it; calling again in " + wait / 1000 + " s");
    sleep.accept(wait);
    return true;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DeployException("Interrupted while IAM propagates the new roles");
    }
  }

  /** IAM answers policy documents URL-encoded (RFC 3986). */
  private static String decoded(String document) {
    String text = document.strip();
    return text.startsWith("{") ? text
        : URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  private static boolean sameJson(String a, String b) {
    try {
      return JsonMappers.STANDARD.readTree(a).equals(JsonMappers.STANDARD.readTree(b));
    } catch (JacksonException e) {
      return false;
    }
  }

  private static String pretty(String json) {
    try {
      return Asl.prettyJson(JsonMappers.STANDARD.readTree(json));
    } catch (JacksonException e) {
      return json;
    }
  }

  private static <T> T absentAsNull(Supplier<T> read) {
    try {
      return read.get();
    } catch (DeployException e) {
      if (e.failure() instanceof NoSuchEntityException) {
        return null;
      }
      throw e;
    }
  }

  /** "IAM", or "IAM at http://127.0.0.1:4566" for a client of another endpoint. */
  private static String service(IamClient iam) {
    try {
      return iam.serviceClientConfiguration().endpointOverride()
          .map(endpoint -> "IAM at " + endpoint).orElse("IAM");
    } catch (UnsupportedOperationException e) {
      return "IAM";
    }
  }

  private <T> T call(String operation, String workflow, String role, Supplier<T> request) {
    try {
      return request.get();
    } catch (SdkException e) {
      throw explain(operation, workflow, role, e);
    }
  }

  private DeployException explain(String operation, String workflow, String role,
      SdkException e) {
    String what = operation + " of role " + role + " for " + workflow;
    if (e instanceof SdkClientException) {
      return new DeployException("Cannot call " + service + " (" + what + "): " + e.getMessage()
          + "; check <iamEndpoint> or <profile> and that the SDK's default credential chain"
          + " finds credentials", e);
    }
    if (!(e instanceof AwsServiceException refusal) || refusal.awsErrorDetails() == null) {
      return new DeployException(service + " refused " + what + ": " + e.getMessage(), e);
    }
    String code = String.valueOf(refusal.awsErrorDetails().errorCode());
    String message = String.valueOf(refusal.awsErrorDetails().errorMessage()).strip();
    message = message.endsWith(".") ? message.substring(0, message.length() - 1) : message;
    String advice = switch (code) {
      case "AccessDenied", "AccessDeniedException" -> ". The credentials found by the SDK's"
          + " default chain need iam:" + operation + " on role " + role
          + ", or give <roleArn> of an existing role instead of <createRole>";
      case "MalformedPolicyDocument" -> ". Check the policy sfn:policy derives for " + workflow;
      case "LimitExceeded" -> ". IAM's quota for the account is reached";
      default -> "";
    };
    return new DeployException(service + " refused " + what + ": " + code + ": " + message
        + " (request id " + refusal.requestId() + ")" + advice, e);
  }
}
