package io.statecraft.cli;

import io.statecraft.emulator.StepFunctionsEmulator;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code statecraft serve}: the Step Functions API on 127.0.0.1 until interrupted. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serve the AWS Step Functions API on 127.0.0.1 for AWS SDKs and the aws CLI.",
      "A browser at http://127.0.0.1:PORT/ shows its state machines and executions, each"
          + " execution's diagram and event timeline, updated while it runs.",
      "State lives in memory and is gone when the server stops, unless --data-dir keeps it."
    })
final class ServeCommand extends Verb {

  @Option(names = "--port", defaultValue = "8083", paramLabel = "PORT",
      description = "port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one)")
  int port;

  @Option(names = "--mock-config", paramLabel = "FILE",
      description = "a Step Functions Local mock file (MockConfigFile.json); test cases are chosen"
          + " by the #TestCaseName suffix of the state machine ARN in StartExecution")
  Path mockConfig;

  @Option(names = "--account-id", defaultValue = "123456789012", paramLabel = "ID",
      description = "the account of every ARN (default: ${DEFAULT-VALUE}); the region is each"
          + " request's, from its signature (us-east-1 when unsigned)")
  String accountId;
  @Option(names = "--log-level", defaultValue = "info", paramLabel = "LEVEL",
      description = "what the server logs on standard error: off, error, info (each error"
          + " answer, with its code and message; the default), debug (also one line per request:"
          + " operation, status, duration)")
  String logLevel;

  @Option(names = "--data-dir", paramLabel = "DIR",
      description = "keep state machines, activities, tags and executions with their histories"
          + " in DIR (created if missing), so that a server started again on DIR has them:"
          + " ended executions as they ended, running ones going on; each change is on disk"
          + " before it is answered")
  Path dataDir;

  @Mixin
  S3DirOption s3;

  @Mixin
  SubstitutionOptions substitutions;

  private static final List<String> LOG_LEVELS = List.of("off", "error", "info", "debug");
  private static final String LOG_LEVEL_PROPERTY =
      "org.slf4j.simpleLogger.log.io.statecraft.emulator";

  /** Released to stop serving; the command waits on it (tests release it, users press Ctrl-C). */
  final CountDownLatch stop = new CountDownLatch(1);

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = out();
    PrintWriter err = err();
    if (port < 0 || port > 65535) {
      throw usage("--port must be in 0..65535, was " + port);
    }
    if (mockConfig != null && Files.isDirectory(mockConfig)) {
      throw usage("--mock-config " + mockConfig + " is a folder: give the mock file");
    }
    if (mockConfig != null && !Files.isRegularFile(mockConfig)) {
      throw usage("--mock-config: no such file: " + mockConfig);
    }
    if (!accountId.matches("\\d{12}")) {
      throw usage("--account-id must be 12 digits, was " + accountId);
    }
    if (!LOG_LEVELS.contains(logLevel)) {
      throw usage("--log-level must be one of " + String.join(", ", LOG_LEVELS) + ", was "
          + logLevel);
    }
    // The level of the emulator's loggers under slf4j-simple, read when they are created, that
    // is, when the first emulator of this JVM starts (simplelogger.properties says info).
    System.setProperty(LOG_LEVEL_PROPERTY, logLevel);
    Path s3Dir = s3.folder(this);
    StepFunctionsEmulator.Builder builder = StepFunctionsEmulator.builder().port(port)
        .account(accountId);
    StepFunctionsEmulator emulator;
    try {
      if (mockConfig != null) {
        builder.mockConfig(mockConfig);
      }
      if (s3Dir != null) {
        builder.s3Folder(s3Dir);
      }
      builder.substitutions(substitutions.values());
      if (dataDir != null) {
        builder.dataDir(dataDir);
      }
      emulator = builder.start();
    } catch (IllegalArgumentException | UncheckedIOException e) {
      err.println("statecraft serve: " + e.getMessage());
      return Statecraft.PROBLEMS;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(emulator::close));
    out.println("Step Functions API on " + emulator.endpoint()
        + "; each request in the region of its signature (" + emulator.region()
        + " when unsigned), account " + accountId
        + emulator.dataDirectory().map(dir -> "; data kept in " + dir)
            .orElse("; state in memory, no data directory")
        + "; mocks " + (mockConfig == null ? "none" : "from " + mockConfig)
        + (s3Dir == null ? "" : "; S3 in " + s3Dir)
        + "; log level " + logLevel);
    out.println("Web console on " + emulator.console());
    out.println("  aws stepfunctions --endpoint-url " + emulator.endpoint() + " list-state-machines");
    out.flush();
    try {
      stop.await();
    } finally {
      emulator.close();
    }
    return 0;
  }
}
