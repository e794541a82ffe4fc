package io.statecraft.maven;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.ResourceNotFoundException;
import software.amazon.awssdk.services.sfn.model.RoutingConfigurationListItem;

/**
 * Points the configured alias at a deployment's version. With a {@code <canaryWeight>} below 100
 * the new version gets that share and the version the alias led to before (its main one) the
 * rest; at 100 the alias moves entirely. An alias already routed so is left alone.
 */
final class Aliases {

  private final SfnClient client;
  private final DeployOptions options;
  private final Consumer<String> log;
  private final AwsErrors errors;
  private final Consumer<String> changed;

  /** @param changed told each change made, e.g. "created alias orders:live" */
  Aliases(SfnClient client, DeployOptions options, Consumer<String> log, AwsErrors errors,
      Consumer<String> changed) {
    this.client = client;
    this.options = options;
    this.log = log;
    this.errors = errors;
    this.changed = changed;
  }

  void point(String name, Deployer.Deployment deployment) {
    String alias = name + ":" + options.alias();
    if (deployment.stateMachineArn() == null || deployment.versionArn() == null) {
      log.accept("Would point alias " + alias + " at the new version"
          + (options.canaryWeight() < 100 ? " (" + options.canaryWeight() + "%)" : ""));
      return;
    }
    String aliasArn = deployment.stateMachineArn() + ":" + options.alias();
    List<RoutingConfigurationListItem> current = current(name, aliasArn);
    List<RoutingConfigurationListItem> wanted = routing(deployment.versionArn(), current);
    if (current != null && new HashSet<>(current).equals(new HashSet<>(wanted))) {
      log.accept("Alias " + alias + " is up to date: " + describe(wanted));
      return;
    }
    String verb = current == null ? "create" : "update";
    if (options.dryRun()) {
      log.accept("Would " + verb + " alias " + alias + ": " + describe(wanted));
      return;
    }
    if (current == null) {
      call("CreateStateMachineAlias", name, () -> client.createStateMachineAlias(b -> b
          .name(options.alias()).routingConfiguration(wanted)
          .description(options.versionDescription())));
    } else {
      call("UpdateStateMachineAlias", name, () -> client.updateStateMachineAlias(b -> b
          .stateMachineAliasArn(aliasArn).routingConfiguration(wanted)));
    }
    changed.accept((current == null ? "created" : "updated") + " alias " + alias);
    log.accept((current == null ? "Created" : "Updated") + " alias " + alias + ": "
        + describe(wanted));
  }

  /** The alias's routing, or null when it does not exist yet. */
  private List<RoutingConfigurationListItem> current(String name, String aliasArn) {
    try {
      return call("DescribeStateMachineAlias", name, () -> client.describeStateMachineAlias(b -> b
          .stateMachineAliasArn(aliasArn))).routingConfiguration();
    } catch (DeployException e) {
      if (e.failure() instanceof ResourceNotFoundException) {
        return null;
      }
      throw e;
    }
  }

  private List<RoutingConfigurationListItem> routing(String version,
      List<RoutingConfigurationListItem> current) {
    String previous = current == null ? null : current.stream()
        .max(Comparator.comparing(RoutingConfigurationListItem::weight))
        .map(RoutingConfigurationListItem::stateMachineVersionArn).orElse(null);
    if (options.canaryWeight() == 100 || previous == null || previous.equals(version)) {
      if (options.canaryWeight() < 100 && previous == null) {
        log.accept("Alias " + options.alias() + " is new: the whole traffic goes to " + version
            + " (a canary needs an earlier version)");
      }
      return List.of(item(version, 100));
    }
    return List.of(item(version, options.canaryWeight()),
        item(previous, 100 - options.canaryWeight()));
  }

  private static RoutingConfigurationListItem item(String version, int weight) {
    return RoutingConfigurationListItem.builder().stateMachineVersionArn(version).weight(weight)
        .build();
  }

  private static String describe(List<RoutingConfigurationListItem> routing) {
    return String.join(", ", routing.stream()
        .map(item -> item.weight() + "% " + item.stateMachineVersionArn()).toList());
  }

  private <T> T call(String operation, String name, Supplier<T> request) {
    try {
      return request.get();
    } catch (SdkException e) {
      throw errors.explain(operation, name, e);
    }
  }
}
