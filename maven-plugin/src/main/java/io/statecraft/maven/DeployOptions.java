package io.statecraft.maven;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * How {@link Deployer} deploys every workflow: the settings of {@code sfn:deploy}, checked.
 *
 * @param roleArn the IAM role executions run as
 * @param type {@code STANDARD} or {@code EXPRESS}
 * @param logging the logging configuration, or null to leave a deployed one as it is
 * @param tracing whether X-Ray tracing is on, or null to leave it as it is
 * @param tags tags added to each state machine (existing other tags are kept)
 * @param versionDescription the description of the version each change publishes, or null
 * @param alias the alias pointed at the newest version, or null for none
 * @param canaryWeight the percentage of the alias's traffic the new version gets (1 to 100); the
 *     rest stays with the version it pointed at before
 * @param dryRun print what would change and change nothing
 * @param roleName null to run every state machine as {@code roleArn}; else the pattern of the
 *     name of the role created for each workflow, {@link Roles#NAME} standing for its name
 */
record DeployOptions(String roleArn, String type, Logging logging, Boolean tracing,
    SortedMap<String, String> tags, String versionDescription, String alias, int canaryWeight,
    boolean dryRun, String roleName) {

  DeployOptions {
    Objects.requireNonNull(type, "type == null");
    tags = new TreeMap<>(tags);
    boolean hasArn = roleArn != null && !roleArn.isBlank();
    if (hasArn && roleName != null) {
      throw new WorkflowException("<roleArn> and <createRole> both name the role executions run"
          + " as: give <roleArn> to use an existing role, or <createRole>true</createRole>"
          + " without <roleArn> to have sfn:deploy create one per workflow");
    }
    if (!hasArn && roleName == null) {
      throw new WorkflowException("<roleArn> is required: the IAM role Step Functions runs"
          + " executions as, e.g. arn:aws:iam::123456789012:role/orders-sfn; or"
          + " -Dsfn.deploy.createRole=true to create each workflow's role with the"
          + " least-privilege policy derived from its definition");
    }
    if (roleName != null) {
      Roles.checkPattern(roleName);
    }
    if (!type.equals("STANDARD") && !type.equals("EXPRESS")) {
      throw new WorkflowException("<type> must be STANDARD or EXPRESS, was " + type);
    }
    if (canaryWeight < 1 || canaryWeight > 100) {
      throw new WorkflowException("<canaryWeight> must be 1 to 100, was " + canaryWeight);
    }
    if (canaryWeight < 100 && alias == null) {
      throw new WorkflowException("<canaryWeight> needs an <alias> to route traffic through");
    }
    if (logging != null) {
      if (!Set.of("ALL", "ERROR", "FATAL", "OFF").contains(logging.level)) {
        throw new WorkflowException(
            "<logging><level> must be ALL, ERROR, FATAL or OFF, was " + logging.level);
      }
      if (!logging.level.equals("OFF") && logging.logGroupArn == null) {
        throw new WorkflowException("<logging><logGroupArn> is required when <level> is "
            + logging.level);
      }
    }
  }

  /** Options with the defaults of the plugin: STANDARD, no alias, no logging or tracing change. */
  static DeployOptions of(String roleArn) {
    return new DeployOptions(roleArn, "STANDARD", null, null, new TreeMap<>(), null, null, 100,
        false, null);
  }

  DeployOptions withAlias(String alias, int canaryWeight) {
    return new DeployOptions(roleArn, type, logging, tracing, tags, versionDescription, alias,
        canaryWeight, dryRun, roleName);
  }

  DeployOptions withDryRun(boolean dryRun) {
    return new DeployOptions(roleArn, type, logging, tracing, tags, versionDescription, alias,
        canaryWeight, dryRun, roleName);
  }

  DeployOptions withTags(Map<String, String> tags) {
    return new DeployOptions(roleArn, type, logging, tracing, new TreeMap<>(tags),
        versionDescription, alias, canaryWeight, dryRun, roleName);
  }

  /** Each workflow runs as a role created for it, named by {@code pattern}. */
  DeployOptions withCreatedRoles(String pattern) {
    return new DeployOptions(null, type, logging, tracing, tags, versionDescription, alias,
        canaryWeight, dryRun, pattern);
  }

  DeployOptions withVersionDescription(String description) {
    return new DeployOptions(roleArn, type, logging, tracing, tags, description, alias,
        canaryWeight, dryRun, roleName);
  }

  DeployOptions withLogging(Logging logging, Boolean tracing) {
    return new DeployOptions(roleArn, type, logging, tracing, tags, versionDescription, alias,
        canaryWeight, dryRun, roleName);
  }
}
