package io.statecraft.maven;

import io.statecraft.emulator.StepFunctionsEmulator;
import java.io.File;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import software.amazon.awssdk.services.sfn.SfnClient;

/**
 * Starts the Step Functions API emulator with every workflow of the project created (and
 * published, so versions and aliases work), prints the endpoint and the ARNs, and serves until
 * stopped with Ctrl-C: {@code mvn compile sfn:local}. With {@code -Dsfn.local.wait=false} it
 * serves until Maven exits instead, and sets the project property {@code sfn.endpoint}, so later
 * goals of the same build (integration tests, {@code sfn:deploy}) use it. Every workflow is
 * checked first, by the validator and by loading it into the local runtime: when one is refused,
 * the emulator is not started.
 */
@Mojo(name = Properties.LOCAL, requiresDependencyResolution = ResolutionScope.COMPILE,
    threadSafe = true)
public final class LocalMojo extends DeployingMojo {

  /** The role the local state machines are created with; the emulator assumes nothing. */
  static final String LOCAL_ROLE = "arn:aws:iam::123456789012:role/statecraft-local";

  /** What a refusal before the start means. */
  private static final String NOT_STARTED = "the emulator was not started";

  /** The port to listen on; 0 picks a free one. */
  @Parameter(property = Properties.LOCAL_PORT, defaultValue = "8083")
  int port;

  /** A Step Functions Local mock file (MockConfigFile.json) for the Task states. */
  @Parameter(property = Properties.LOCAL_MOCK_CONFIG)
  File mockConfig;

  /**
   * A folder standing in for Amazon S3, where distributed Maps read their items and write their
   * results: bucket {@code B}, key {@code K} is the file {@code DIR/B/K}.
   */
  @Parameter(property = Properties.LOCAL_S3_DIR)
  File s3Dir;

  /**
   * A directory where the emulator keeps state machines, activities, tags and executions with
   * their histories, so that the next {@code sfn:local} on it has them (created if missing);
   * without it, everything is in memory and gone when Maven exits.
   */
  @Parameter(property = Properties.LOCAL_DATA_DIR)
  File dataDir;

  /** Whether to block until stopped (true) or serve until Maven exits (false). */
  @Parameter(property = Properties.LOCAL_WAIT, defaultValue = "true")
  boolean wait;

  /** Whether to create the project's workflows (false: an empty emulator, e.g. to deploy to). */
  @Parameter(property = Properties.LOCAL_CREATE_WORKFLOWS, defaultValue = "true")
  boolean createWorkflows;

  @Override
  void run() throws MojoExecutionException, MojoFailureException {
    if (s3Dir != null && !s3Dir.isDirectory()) {
      throw new MojoFailureException("<s3Dir> " + s3Dir + " is not a directory (-D"
          + Properties.LOCAL_S3_DIR + "); " + NOT_STARTED);
    }
    List<Definitions.Definition> definitions;
    try {
      definitions = deployable(createWorkflows ? workflows() : List.of());
    } catch (WorkflowException e) {
      throw e.refused(NOT_STARTED);
    }
    RuntimeCheck.requireRunnable(definitions, NOT_STARTED);
    StepFunctionsEmulator emulator = start();
    try (SfnClient client = Clients.local(emulator.endpoint())) {
      Deployer deployer = new Deployer(client, DeployOptions.of(LOCAL_ROLE), getLog()::debug);
      getLog().info("Step Functions API on " + emulator.endpoint() + emulator.dataDirectory()
          .map(dir -> "; data kept in " + dir).orElse("; state in memory, no data directory"));
      getLog().info("Web console on " + emulator.console());
      for (Deployer.Deployment deployment : deployer.deployAll(definitions)) {
        getLog().info("  " + deployment.stateMachineArn());
      }
    } catch (RuntimeException e) {
      emulator.close();
      throw new MojoExecutionException("Cannot create the workflows in the emulator: "
          + e.getMessage(), e);
    }
    project.getProperties().setProperty(Properties.ENDPOINT, emulator.endpoint().toString());
    if (!wait) {
      getLog().info("Serving until Maven exits (" + Properties.ENDPOINT + " = "
          + emulator.endpoint() + ")");
      return;
    }
    getLog().info("Serving; press Ctrl-C to stop");
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      emulator.close();
      stopped.countDown();
    }));
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      emulator.close();
    }
  }

  private StepFunctionsEmulator start() throws MojoFailureException {
    StepFunctionsEmulator.Builder builder = StepFunctionsEmulator.builder();
    try {
      builder.port(port);
      if (mockConfig != null) {
        builder.mockConfig(mockConfig.toPath());
      }
      if (s3Dir != null) {
        builder.s3Folder(s3Dir.toPath());
      }
      if (dataDir != null) {
        builder.dataDir(dataDir.toPath());
      }
      return builder.start();
    } catch (IllegalArgumentException e) {
      if (dataDir != null && e.getMessage().startsWith("data directory ")) {
        throw new MojoFailureException("<dataDir> (-D" + Properties.LOCAL_DATA_DIR + "): "
            + e.getMessage() + "; " + NOT_STARTED, e);
      }
      throw new MojoFailureException("<port> or <mockConfig>: " + e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw new MojoFailureException("<port> " + port + ": " + e.getMessage()
          + " (choose another with -D" + Properties.LOCAL_PORT + ", or 0 for a free one)", e);
    }
  }
}
