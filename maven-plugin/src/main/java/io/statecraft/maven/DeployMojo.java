package io.statecraft.maven;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import software.amazon.awssdk.core.exception.SdkException;
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
 * which checks refused it. Nothing is ever deleted.
 */
@Mojo(name = Properties.DEPLOY, requiresDependencyResolution = ResolutionScope.COMPILE,
    threadSafe = true)
public final class DeployMojo extends DeployingMojo {

  /** The IAM role executions run as. */
  @Parameter(property = Properties.ROLE_ARN)
  String roleArn;

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
        new TreeMap<>(tags), versionDescription, alias, canaryWeight, dryRun);
    try (SfnClient client = Clients.sfn(region, profile, endpoint)) {
      new Deployer(client, options, getLog()::info).deployAll(definitions);
    } catch (DeployException e) {
      throw new MojoFailureException(e.getMessage(), e);
    } catch (SdkException | IllegalArgumentException e) {
      throw new MojoFailureException("Cannot create the Step Functions client from <region> "
          + region + ", <profile> " + profile + ", <endpoint> " + endpoint + ": "
          + e.getMessage(), e);
    }
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
