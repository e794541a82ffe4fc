package io.statecraft.maven;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import io.statecraft.asl.internal.JsonMappers;
import io.statecraft.compiler.Asl;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.CloudWatchLogsLogGroup;
import software.amazon.awssdk.services.sfn.model.DescribeStateMachineResponse;
import software.amazon.awssdk.services.sfn.model.LogDestination;
import software.amazon.awssdk.services.sfn.model.LoggingConfiguration;
import software.amazon.awssdk.services.sfn.model.StateMachineListItem;
import software.amazon.awssdk.services.sfn.model.Tag;
import software.amazon.awssdk.services.sfn.model.TracingConfiguration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Creates or updates state machines by name, publishes a version of each change and points an
 * alias at it. Never deletes anything: not a state machine, a version, an alias or a tag.
 *
 * <pre>{@code
 * Deployer deployer = new Deployer(client, options, System.out::println);
 * List<Deployment> results = deployer.deployAll(Definitions.deployable(workflows, values));
 * }</pre>
 *
 * <p>A definition is unchanged when it is the same JSON as the deployed one; then, with role,
 * logging and tracing unchanged too, no update is made and no version published. A dry run reads
 * (List, Describe) and prints what it would change, as a unified diff of the definitions.
 *
 * <p>{@link #deployAll} has the service validate every definition and reads what is deployed for
 * every workflow before it changes anything, and changes nothing when one of them is refused or
 * cannot be deployed as configured. When the service refuses a
 * call, its exception says so, with the service's error code and message, what this deployer had
 * already changed, and which workflows it had not reached.
 */
final class Deployer {

  private static final JsonMapper JSON = JsonMappers.STANDARD;

  /** What a refusal means when nothing had been changed yet. */
  static final String NOTHING_CHANGED = "no state machine was created or updated";

  private final SfnClient client;
  private final DeployOptions options;
  private final Consumer<String> log;
  private final AwsErrors errors;
  /** What this deployer changed, in order: "created Orders", "tagged Orders", ... */
  private final List<String> changed = new ArrayList<>();
  /** Creates each workflow's role when {@code options.roleName()} is set, else null. */
  private final Roles roles;
  /** The role each workflow runs as, when {@link #roles} created it. */
  private final Map<String, String> roleArns = new LinkedHashMap<>();

  Deployer(SfnClient client, DeployOptions options, Consumer<String> log) {
    this(client, options, null, log);
  }

  /** @param roles creates the roles when {@code options} asks for them, else null */
  Deployer(SfnClient client, DeployOptions options, Roles roles, Consumer<String> log) {
    if (options.roleName() != null && roles == null) {
      throw new IllegalArgumentException("options create roles but roles == null");
    }
    this.roles = roles;
    this.client = Objects.requireNonNull(client, "client == null");
    this.options = Objects.requireNonNull(options, "options == null");
    this.log = Objects.requireNonNull(log, "log == null");
    this.errors = new AwsErrors(options, AwsErrors.service(client));
  }

  /** What a deploy did (or, in a dry run, would do) to one state machine. */
  enum Outcome { CREATED, UPDATED, UNCHANGED, WOULD_CREATE, WOULD_UPDATE }

  /**
   * The result for one state machine.
   *
   * @param versionArn the version the alias points at (null in a dry run of a new machine)
   */
  record Deployment(String name, Outcome outcome, String stateMachineArn, String versionArn) {}

  /** What is deployed under a name, read before anything changes. */
  private record Plan(String name, JsonNode definition, String text, String arn,
      DescribeStateMachineResponse deployed) {}

  /**
   * Deploys {@code definition} (with placeholders already substituted) as state machine
   * {@code name}.
   *
   * @throws DeployException with a message saying what refused which step, and what to check
   */
  Deployment deploy(String name, JsonNode definition) {
    if (roles != null) {
      throw new IllegalStateException("deploy(name, definition) has no workflow to derive a"
          + " role's policy from: use deployAll");
    }
    Plan plan = plan(name, definition);
    String conflict = conflict(plan);
    if (conflict != null) {
      throw new DeployException(conflict);
    }
    return apply(plan);
  }

  /**
   * Deploys every definition, in order, after the service has validated all of them
   * ({@link AwsChecks}) and what is deployed has been read for all of them: when one is refused
   * or cannot be deployed as configured (a deployed type that differs from {@code <type>}),
   * nothing is changed.
   *
   * @throws WorkflowException when the service refuses a definition, or a workflow cannot be
   *     deployed as configured; nothing changed
   * @throws DeployException when the service refuses a call: what it refused, then what this
   *     deploy had already changed and which workflows it did not attempt
   */
  List<Deployment> deployAll(List<Definitions.Definition> definitions) {
    if (!definitions.isEmpty()) {
      try {
        new AwsChecks(client, options.type(), AwsErrors.service(client), errors, log)
            .requireValid(definitions);
      } catch (DeployException e) {
        throw e.followedBy(progress(List.of()));
      }
    }
    List<Plan> plans = new ArrayList<>();
    List<String> conflicts = new ArrayList<>();
    for (Definitions.Definition definition : definitions) {
      Plan plan;
      try {
        plan = plan(definition.name(), definition.json());
      } catch (DeployException e) {
        throw e.followedBy(progress(List.of()));
      }
      plans.add(plan);
      String conflict = conflict(plan);
      if (conflict != null) {
        conflicts.add(conflict);
      }
    }
    if (!conflicts.isEmpty()) {
      throw WorkflowException.refused(conflicts.size(), conflicts, NOTHING_CHANGED);
    }
    if (roles != null) {
      try {
        roleArns.putAll(roles.ensure(definitions, changed::add));
      } catch (DeployException e) {
        throw e.followedBy(progress(plans.stream().map(Plan::name).toList()));
      }
    }
    List<Deployment> deployments = new ArrayList<>();
    for (int i = 0; i < plans.size(); i++) {
      try {
        deployments.add(apply(plans.get(i)));
      } catch (DeployException e) {
        throw e.followedBy(progress(plans.subList(i + 1, plans.size()).stream()
            .map(Plan::name).toList()));
      }
    }
    return deployments;
  }

  /** What this deployer changed so far, and the workflows it did not attempt. */
  private String progress(List<String> notAttempted) {
    String done = changed.isEmpty() ? "No state machine" + (roles == null ? "" : " or role")
        + " was created or updated."
        : "Already changed: " + String.join(", ", changed) + ".";
    return notAttempted.isEmpty() ? done
        : done + "\nNot attempted: " + String.join(", ", notAttempted) + ".";
  }

  private Plan plan(String name, JsonNode definition) {
    Optional<String> arn = find(name);
    DescribeStateMachineResponse deployed = arn.isEmpty() ? null : call("DescribeStateMachine",
        name, () -> client.describeStateMachine(b -> b.stateMachineArn(arn.get())));
    return new Plan(name, definition, Asl.prettyJson(definition), arn.orElse(null), deployed);
  }

  /** Why the plan cannot be carried out, or null. */
  private String conflict(Plan plan) {
    if (plan.deployed() == null || plan.deployed().typeAsString().equals(options.type())) {
      return null;
    }
    String type = plan.deployed().typeAsString();
    return plan.name() + " is deployed as " + type + " but <type> is " + options.type()
        + "; AWS cannot change the type of a state machine: keep <type>" + type
        + "</type> or deploy under a new name";
  }

  private Deployment apply(Plan plan) {
    Deployment deployment = plan.arn() == null ? create(plan.name(), plan.text())
        : update(plan);
    if (deployment.stateMachineArn() != null) {
      tag(plan.name(), deployment.stateMachineArn());
    }
    if (options.alias() != null) {
      new Aliases(client, options, log, errors, changed::add).point(plan.name(), deployment);
    }
    return deployment;
  }

  private Optional<String> find(String name) {
    return call("ListStateMachines", name, () -> client.listStateMachinesPaginator(b -> { })
        .stateMachines().stream()
        .filter(item -> item.name().equals(name))
        .map(StateMachineListItem::stateMachineArn)
        .findFirst());
  }

  private Deployment create(String name, String text) {
    if (options.dryRun()) {
      log.accept("Would create " + name + " (" + options.type() + ", role " + roleArn(name)
          + ")");
      log.accept(diff(name, "", text));
      return new Deployment(name, Outcome.WOULD_CREATE, null, null);
    }
    var created = callAsRole("CreateStateMachine", name, () -> client.createStateMachine(b -> b
        .name(name).definition(text).roleArn(roleArn(name)).type(options.type())
        .loggingConfiguration(logging()).tracingConfiguration(tracing())
        .tags(tags()).publish(true).versionDescription(options.versionDescription())));
    changed.add("created " + name);
    log.accept("Created " + name + ": " + created.stateMachineVersionArn());
    return new Deployment(name, Outcome.CREATED, created.stateMachineArn(),
        created.stateMachineVersionArn());
  }

  private Deployment update(Plan plan) {
    String name = plan.name();
    String arn = plan.arn();
    String text = plan.text();
    DescribeStateMachineResponse deployed = plan.deployed();
    List<String> changes = changes(deployed, plan.definition(), roleArn(name));
    if (changes.isEmpty()) {
      log.accept(name + " is up to date: no update" + (options.dryRun() ? " would be made" : ""));
      return new Deployment(name, Outcome.UNCHANGED, arn,
          options.dryRun() ? latestVersion(name, arn).orElse(null) : currentVersion(name, arn));
    }
    if (options.dryRun()) {
      log.accept("Would update " + name + ": " + String.join(", ", changes));
      log.accept(diff(name, Asl.prettyJson(parse(deployed.definition())), text));
      return new Deployment(name, Outcome.WOULD_UPDATE, arn, null);
    }
    var updated = callAsRole("UpdateStateMachine", name, () -> client.updateStateMachine(b -> b
        .stateMachineArn(arn).definition(text).roleArn(roleArn(name))
        .loggingConfiguration(logging()).tracingConfiguration(tracing())
        .publish(true).versionDescription(options.versionDescription())));
    changed.add("updated " + name);
    log.accept("Updated " + name + " (" + String.join(", ", changes) + "): "
        + updated.stateMachineVersionArn());
    return new Deployment(name, Outcome.UPDATED, arn, updated.stateMachineVersionArn());
  }

  /** The role state machine {@code name} runs as. */
  private String roleArn(String name) {
    return roles == null ? options.roleArn() : roleArns.get(name);
  }

  /** What differs between the deployed machine and the local one, in words. */
  private List<String> changes(DescribeStateMachineResponse deployed, JsonNode definition,
      String roleArn) {
    List<String> changes = new ArrayList<>();
    if (!parse(deployed.definition()).equals(parse(Asl.prettyJson(definition)))) {
      changes.add("definition");
    }
    if (!roleArn.equals(deployed.roleArn())) {
      changes.add("role " + deployed.roleArn() + " -> " + roleArn);
    }
    LoggingConfiguration logging = logging();
    if (logging != null && !sameLogging(logging, deployed.loggingConfiguration())) {
      changes.add("logging");
    }
    TracingConfiguration tracing = tracing();
    if (tracing != null && !tracing.enabled().equals(deployed.tracingConfiguration() != null
        && Boolean.TRUE.equals(deployed.tracingConfiguration().enabled()))) {
      changes.add("tracing " + (tracing.enabled() ? "on" : "off"));
    }
    return changes;
  }

  private static boolean sameLogging(LoggingConfiguration wanted, LoggingConfiguration deployed) {
    if (deployed == null) {
      return wanted.levelAsString().equals("OFF");
    }
    return wanted.levelAsString().equals(deployed.levelAsString())
        && Objects.equals(wanted.includeExecutionData(),
            Boolean.TRUE.equals(deployed.includeExecutionData()))
        && wanted.destinations().equals(deployed.destinations());
  }

  /** The newest version, publishing one when an unchanged machine has none yet. */
  private String currentVersion(String name, String arn) {
    return latestVersion(name, arn).orElseGet(() -> {
      var published = call("PublishStateMachineVersion", name,
          () -> client.publishStateMachineVersion(b -> b.stateMachineArn(arn)
              .description(options.versionDescription())));
      changed.add("published a version of " + name);
      log.accept("Published " + published.stateMachineVersionArn());
      return published.stateMachineVersionArn();
    });
  }

  /** Versions are listed newest first. */
  private Optional<String> latestVersion(String name, String arn) {
    return call("ListStateMachineVersions", name, () -> client.listStateMachineVersions(b -> b
            .stateMachineArn(arn).maxResults(1)))
        .stateMachineVersions().stream().findFirst()
        .map(version -> version.stateMachineVersionArn());
  }

  /** Adds or changes the configured tags; tags set elsewhere are kept. */
  private void tag(String name, String arn) {
    if (options.tags().isEmpty()) {
      return;
    }
    Map<String, String> deployed = new LinkedHashMap<>();
    call("ListTagsForResource", name, () -> client.listTagsForResource(b -> b.resourceArn(arn)))
        .tags().forEach(tag -> deployed.put(tag.key(), tag.value()));
    List<Tag> missing = tags().stream()
        .filter(tag -> !tag.value().equals(deployed.get(tag.key()))).toList();
    if (missing.isEmpty()) {
      return;
    }
    String keys = String.join(", ", missing.stream().map(Tag::key).toList());
    if (options.dryRun()) {
      log.accept("Would tag " + name + ": " + keys);
      return;
    }
    call("TagResource", name, () -> client.tagResource(b -> b.resourceArn(arn).tags(missing)));
    changed.add("tagged " + name);
    log.accept("Tagged " + name + ": " + keys);
  }

  private LoggingConfiguration logging() {
    Logging logging = options.logging();
    if (logging == null) {
      return null;
    }
    LoggingConfiguration.Builder builder = LoggingConfiguration.builder()
        .level(logging.level).includeExecutionData(logging.includeExecutionData);
    if (logging.logGroupArn != null) {
      builder.destinations(LogDestination.builder().cloudWatchLogsLogGroup(
          CloudWatchLogsLogGroup.builder().logGroupArn(logging.logGroupArn).build()).build());
    }
    return builder.build();
  }

  private TracingConfiguration tracing() {
    return options.tracing() == null ? null
        : TracingConfiguration.builder().enabled(options.tracing()).build();
  }

  private List<Tag> tags() {
    return options.tags().entrySet().stream()
        .map(tag -> Tag.builder().key(tag.getKey()).value(tag.getValue()).build()).toList();
  }

  private static JsonNode parse(String json) {
    return JSON.readTree(json);
  }

  /** A unified diff, deployed first: what the deploy would change. */
  static String diff(String name, String deployed, String local) {
    List<String> before = deployed.isEmpty() ? List.of() : Arrays.asList(deployed.split("\n"));
    List<String> after = Arrays.asList(local.split("\n"));
    return String.join("\n", UnifiedDiffUtils.generateUnifiedDiff("deployed/" + name,
        "local/" + name, before, DiffUtils.diff(before, after), 3));
  }

  /** A call passing the role, made again while IAM propagates a role created for it. */
  private <T> T callAsRole(String operation, String name, Supplier<T> request) {
    for (int attempt = 1; ; attempt++) {
      try {
        return request.get();
      } catch (SdkException e) {
        if (roles == null || !roles.retryWhilePropagating(name, e, attempt)) {
          throw errors.explain(operation, name, e);
        }
      }
    }
  }

  private <T> T call(String operation, String name, Supplier<T> request) {
    try {
      return request.get();
    } catch (SdkException e) {
      throw errors.explain(operation, name, e);
    }
  }
}
