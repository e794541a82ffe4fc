package io.statecraft.maven;

import io.statecraft.compiler.policy.PolicyOptions;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.sfn.SfnClient;

/**
 * Creates or updates each workflow's state machine by name, publishes a version of every change
 * and points {@code <alias>} at it: {@code mvn compile sfn:deploy}, or
 * {@code mvn compile sfn:deploy -Dsfn.dryRun} to see the differences without changing anything.
 * The workflows are the project's classes and its {@code *.asl.json} files under
 * {@code src/main/statecraft} alike. Every workflow is checked by Statecraft's validator before the
 * first call, then by AWS's ValidateStateMachineDefinition, and what is deployed is read for all
 * of them before the first change: a workflow that either
 * refuses changes nothing, and the failure says
 * which checks refused it. Nothing is ever deleted. With {@code -Dsfn.deploy.createRole=true},
 * each workflow runs as a role created for it with its least-privilege policy.
 */
@Mojo(name = Properties.DEPLOY, requiresDependencyResolution = ResolutionScope.COMPILE,
    threadSafe = true)
public final class DeployMojo extends DeployingMojo {

  /** The IAM role executions run as; or {@code <createRole>}. */
  @Parameter(property = Properties.ROLE_ARN)
  String roleArn;

  /**
   * Instead of {@code <roleArn>}: create or update, through IAM, a role for each workflow that
   * Step Functions may assume, with the least-privilege policy {@code sfn:policy} derives from
   * its definition as inline policy {@code statecraft-least-privilege}. The credentials need
   * iam:GetRole, iam:GetRolePolicy, iam:CreateRole, iam:PutRolePolicy, iam:DeleteRolePolicy,
   * iam:UpdateAssumeRolePolicy and iam:PassRole on those roles.
   */
  @Parameter(property = Properties.CREATE_ROLE, defaultValue = "false")
  boolean createRole;

  /** The name of each created role, {@code {name}} standing for the workflow's name. */
  @Parameter(property = Properties.ROLE_NAME, defaultValue = Roles.DEFAULT_PATTERN)
  String roleName;

  /** The account of the ARNs the derived policies leave open; any ({@code *}) when absent. */
  @Parameter(property = Properties.POLICY_ACCOUNT)
  String account;

  /** Another endpoint than IAM's for {@code <createRole>}, e.g. {@code http://localhost:4566}. */
  @Parameter(property = Properties.IAM_ENDPOINT)
  String iamEndpoint;

  /** {@code STANDARD} or {@code EXPRESS}. */
  @Parameter(property = Properties.TYPE, defaultValue = "STANDARD")
  String type;

  /** The logging configuration; when absent, a deployed one is left as it is. */
  @Parameter
  Logging logging;

  /** X-Ray tracing on or off; when absent, left as it is. */
  @Parameter
  Boolean tracing;

  /** Tags added to every state machine, e.g. {@code <tags><team>orders</team></tags>}. */
  @Parameter
  Map<String, String> tags = Map.of();

  /** The description of each version published. */
  @Parameter(property = Properties.VERSION_DESCRIPTION, defaultValue = "${project.version}")
  String versionDescription;

  /** The alias pointed at the newest version, e.g. {@code live}; none when absent. */
  @Parameter(property = Properties.ALIAS)
  String alias;

  /** The percentage of the alias's traffic the new version gets; the rest stays where it was. */
  @Parameter(property = Properties.CANARY_WEIGHT, defaultValue = "100")
  int canaryWeight;

  /** Names of the workflows to deploy; all when absent. */
  @Parameter(property = Properties.WORKFLOWS)
  List<String> workflows;

  /** Print what would change (a diff of each definition) and change nothing. */
  @Parameter(property = Properties.DRY_RUN, defaultValue = "false")
  boolean dryRun;

  /** The AWS region; the SDK's default chain when absent. */
  @Parameter(property = Properties.REGION)
  String region;

  /** The AWS profile the default credential chain reads. */
  @Parameter(property = Properties.PROFILE)
  String profile;

  /** Another endpoint than AWS's, e.g. a local emulator: {@code http://localhost:8083}. */
  @Parameter(property = Properties.ENDPOINT)
  String endpoint;

  @Override
  void run() throws MojoExecutionException, MojoFailureException {
    List<Definitions.Definition> definitions;
    try {
      List<CompiledWorkflow> selected = selected(workflows());
      if (selected.isEmpty()) {
        // e.g. the parent of a multi-module build: no AWS set-up needed. workflows() said where
        // it looked.
        getLog().info("Nothing deployed");
        return;
      }
      definitions = deployable(selected);
    } catch (WorkflowException e) {
      throw e.refused(Deployer.NOTHING_CHANGED);
    }
    DeployOptions options = new DeployOptions(roleArn, type, logging, tracing,
        new TreeMap<>(tags), versionDescription, alias, canaryWeight, dryRun,
        createRole ? roleName : null);
    try (SfnClient client = Clients.sfn(region, profile, endpoint);
        IamClient iam = createRole ? Clients.iam(profile, iamEndpoint) : null) {
      Roles roles = iam == null ? null
          : new Roles(iam, options, policyOptions(client), getLog()::info);
      new Deployer(client, options, roles, getLog()::info).deployAll(definitions);
    } catch (DeployException e) {
      throw new MojoFailureException(e.getMessage(), e);
    } catch (SdkException | IllegalArgumentException e) {
      throw new MojoFailureException("Cannot create the AWS clients from <region> "
          + region + ", <profile> " + profile + ", <endpoint> " + endpoint
          + (createRole ? ", <iamEndpoint> " + iamEndpoint : "") + ": "
          + e.getMessage(), e);
    }
  }

  /** The policies are derived for the region the state machines are deployed in. */
  private PolicyOptions policyOptions(SfnClient client) {
    String where = region != null ? region : client.serviceClientConfiguration().region().id();
    boolean logs = logging != null && !"OFF".equals(logging.level);
    return new PolicyOptions(null, where, account, logs, Boolean.TRUE.equals(tracing));
  }

  private List<CompiledWorkflow> selected(List<CompiledWorkflow> all) throws MojoFailureException {
    if (workflows == null || workflows.isEmpty()) {
      return all;
    }
    List<String> known = all.stream().map(CompiledWorkflow::name).toList();
    List<String> unknown = workflows.stream().filter(name -> !known.contains(name)).toList();
    if (!unknown.isEmpty()) {
      throw new MojoFailureException("<workflows> names " + unknown
          + " but the project's workflows are " + known);
    }
    return all.stream().filter(workflow -> workflows.contains(workflow.name())).toList();
  }
}
