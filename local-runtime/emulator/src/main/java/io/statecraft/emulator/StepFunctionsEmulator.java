package io.statecraft.emulator;

import io.statecraft.emulator.internal.ActivityOperations;
import io.statecraft.emulator.internal.Backend;
import io.statecraft.emulator.internal.ConsoleSource;
import io.statecraft.emulator.internal.ExecutionOperations;
import io.statecraft.emulator.internal.HttpFront;
import io.statecraft.local.internal.tasks.MockConfig;
import io.statecraft.emulator.internal.Operations;
import io.statecraft.emulator.internal.Persistence;
import io.statecraft.emulator.internal.StoredState;
import io.statecraft.emulator.internal.console.Console;
import io.statecraft.local.ExecutionClock;
import io.statecraft.local.RunningExecution;
import io.statecraft.local.history.HistoryEvent;
import io.statecraft.local.spi.EmbeddedRuntime;
import io.statecraft.local.spi.RuntimeHost;
import tools.jackson.databind.JsonNode;
import io.statecraft.local.LocalStepFunctions;
import io.statecraft.local.task.TaskHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * The AWS Step Functions API on 127.0.0.1, for AWS SDKs, the {@code aws} CLI and tests:
 * state machines, versions, aliases, executions, history, task tokens, activities and the Map
 * Runs of distributed Maps, held in memory (and kept in a data directory when given one) and run by the local runtime on the wall clock. Task states call the Java handlers bound
 * here, or the mocked responses of a Step Functions Local mock file chosen by the
 * {@code #TestCaseName} suffix of the state machine ARN given to StartExecution.
 *
 * <pre>{@code
 * try (StepFunctionsEmulator emulator = StepFunctionsEmulator.builder()
 *     .task("Charge", (input, ctx) -> Json.parse("{\"charged\":true}"))
 *     .start()) {
 *   SfnClient sfn = SfnClient.builder().endpointOverride(emulator.endpoint()) ... .build();
 * }
 * }</pre>
 */
public final class StepFunctionsEmulator implements AutoCloseable {

  private final HttpFront front;
  private final LocalStepFunctions runtime;
  private final Backend backend;
  private final String region;
  private final Persistence persistence;
  private final Path dataDirectory;

  private StepFunctionsEmulator(HttpFront front, LocalStepFunctions runtime, Backend backend,
      String region, Persistence persistence, Path dataDirectory) {
    this.front = front;
    this.runtime = runtime;
    this.backend = backend;
    this.region = region;
    this.persistence = persistence;
    this.dataDirectory = dataDirectory;
  }

  /** An emulator with no handlers and no mocks on a free port, already serving. */
  public static StepFunctionsEmulator start() {
    return builder().start();
  }

  /** Configures an emulator. */
  public static Builder builder() {
    return new Builder();
  }

  /** {@code http://127.0.0.1:PORT}, for {@code endpointOverride} / {@code --endpoint-url}. */
  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + port());
  }

  /**
   * {@code http://127.0.0.1:PORT/}: the web console, for a browser. It lists the state machines
   * and executions of every region, newest first, and shows each execution's diagram with the run
   * drawn over it and its event timeline, refreshed while the execution runs. Read-only.
   */
  public URI console() {
    return endpoint().resolve("/");
  }

  /** The port it listens on. */
  public int port() {
    return front.port();
  }

  /**
   * The region of the ARNs it creates and accepts, for every request whatever region its
   * signature names ({@link Builder#account}, us-east-1 unless set).
   */
  public String region() {
    return region;
  }

  /**
   * The runtime behind the API, for tests that answer task tokens in process
   * ({@link LocalStepFunctions#sendTaskSuccess}).
   */
  public LocalStepFunctions runtime() {
    return runtime;
  }

  /** What the emulator holds, for tests of what the API does not show (Express executions). */
  Backend backend() {
    return backend;
  }

  /**
   * The data directory what it holds is kept in (absolute), or empty when everything is in
   * memory ({@link Builder#dataDir}).
   */
  public java.util.Optional<Path> dataDirectory() {
    return java.util.Optional.ofNullable(dataDirectory);
  }

  /**
   * Stops serving at once; executions still running are abandoned, the runtime closed. With a
   * data directory, what is pending is written first, and executions still running are kept as
   * running, to go on when an emulator serves the directory again.
   */
  @Override
  public void close() {
    front.stop();
    persistence.close();
    runtime.close();
  }

  /** Settings of a {@link StepFunctionsEmulator}. */
  public static final class Builder {
    private final LocalStepFunctions.Builder runtime = LocalStepFunctions.builder()
        .clock(ExecutionClock.system());
    private int port;
    private MockConfig mocks = MockConfig.NONE;
    private String mockSource;
    private Duration longPoll = ActivityOperations.LONG_POLL;
    private Duration expressLimit = LocalStepFunctions.EXPRESS_DURATION_QUOTA;
    private Path dataDir;
    private String region = "us-east-1";
    private String account = "123456789012";
    private boolean started;

    private Builder() {}

    /** The port to listen on; 0 (the default) picks a free one. */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be in 0..65535, was " + port);
      }
      this.port = port;
      return this;
    }

    /** Reads a Step Functions Local mock configuration file ({@code MockConfigFile.json}). */
    public Builder mockConfig(Path file) {
      this.mocks = MockConfig.read(file);
      this.mockSource = file.toString();
      return this;
    }

    /**
     * Gives the placeholder {@code ${key}} the value {@code value} in every definition created,
     * as CloudFormation's {@code DefinitionSubstitutions} do; a definition that keeps a
     * placeholder without a value is refused with InvalidDefinition.
     */
    public Builder substitute(String key, String value) {
      runtime.substitute(key, value);
      return this;
    }

    /** {@link #substitute(String, String)} for every entry of {@code values}. */
    public Builder substitutions(Map<String, String> values) {
      runtime.substitutions(values);
      return this;
    }

    /** Binds a Java handler to Task states named {@code stateName} (in every state machine). */
    public Builder task(String stateName, TaskHandler handler) {
      runtime.task(stateName, handler);
      return this;
    }

    /** Binds a Java handler to a resource ARN, exact or a pattern with {@code *} and {@code ?}. */
    public Builder resource(String arnOrPattern, TaskHandler handler) {
      runtime.resource(arnOrPattern, handler);
      return this;
    }

    /**
     * Keeps state machines (with versions, aliases and settings), activities, tags and Standard
     * executions with their histories in {@code directory} (created if missing), so that an
     * emulator started later on the same directory has them: ended executions as they ended,
     * running ones going on. Each change is on disk before its answer goes out. Without it,
     * everything stays in memory. Express executions, which AWS's API does not show, are not
     * kept. {@link #start()} refuses a directory it cannot use (not a directory, not writable,
     * in use by another emulator, written by a newer version) with an
     * {@link IllegalArgumentException} that says what to do.
     */
    public Builder dataDir(Path directory) {
      this.dataDir = java.util.Objects.requireNonNull(directory, "directory");
      return this;
    }

    /** How long GetActivityTask waits for work (default 60 s, as AWS). */
    public Builder activityLongPoll(Duration wait) {
      if (wait.isNegative()) {
        throw new IllegalArgumentException("wait must be >= 0, was " + wait);
      }
      this.longPoll = wait;
      return this;
    }

    /**
     * How long an Express execution may run (default AWS's five minutes). Package-private: only
     * tests of the limit, which cannot wait five minutes, change it.
     */
    Builder expressLimit(Duration limit) {
      if (limit.isNegative() || limit.isZero()) {
        throw new IllegalArgumentException("limit must be > 0, was " + limit);
      }
      this.expressLimit = limit;
      return this;
    }

    /**
     * A local folder that stands in for Amazon S3 where distributed Maps read their items
     * ({@code ItemReader}) and write their results ({@code ResultWriter}): bucket {@code b}, key
     * {@code k} is the file {@code folder/b/k}.
     *
     * @throws IllegalArgumentException when {@code folder} is not a directory
     */
    public Builder s3Folder(Path folder) {
      if (!Files.isDirectory(folder)) {
        throw new IllegalArgumentException("no such directory: " + folder);
      }
      runtime.s3Folder(folder);
      return this;
    }

    /**
     * The account of every ARN (default 123456789012) and the region of requests that carry no
     * SigV4 signature (default us-east-1). A signed request is in the region of its signature's
     * credential scope, so clients of any region work at once, each region apart as on AWS.
     */
    public Builder account(String region, String accountId) {
      runtime.account(region, accountId);
      this.region = region;
      this.account = accountId;
      return this;
    }

    /** {@link #account(String, String)} keeping the default region (us-east-1). */
    public Builder account(String accountId) {
      return account(region, accountId);
    }

    /**
     * The emulator as the runtime's host, reaching the backend once it is built; with a data
     * directory, it keeps each event the runtime records.
     */
    private RuntimeHost host(Backend[] backend, ExecutionOperations[] executions,
        Persistence[] persistence) {
      RuntimeHost host = inMemoryHost(backend, executions, persistence);
      if (dataDir == null) {
        return host;
      }
      // Only a host that overrides recorded() makes the runtime hand over its events: without a
      // data directory they cost nothing.
      return new RuntimeHost() {
        @Override
        public RunningExecution startChild(String arn, String name, JsonNode input) {
          return host.startChild(arn, name, input);
        }

        @Override
        public boolean activityExists(String activityArn) {
          return host.activityExists(activityArn);
        }

        @Override
        public boolean unansweredCallbacksSent() {
          return host.unansweredCallbacksSent();
        }

        @Override
        public String unboundTaskAdvice(String stateName, String resource) {
          return host.unboundTaskAdvice(stateName, resource);
        }

        @Override
        public void recorded(String executionArn, HistoryEvent event) {
          persistence[0].recorded(executionArn, event);
        }
      };
    }

    /** The host without a data directory: the runtime makes no event objects for it. */
    private RuntimeHost inMemoryHost(Backend[] backend, ExecutionOperations[] executions,
        Persistence[] persistence) {
      return new RuntimeHost() {
        @Override
        public RunningExecution startChild(String arn, String name, JsonNode input) {
          RunningExecution child = executions[0].startChild(arn, name, input);
          persistence[0].started(child.arn());
          return child;
        }

        @Override
        public boolean activityExists(String activityArn) {
          return backend[0].activities.containsKey(activityArn);
        }

        // The emulator cannot send the SQS message or SNS notification of a callback task: the
        // send counts as done, and the token is in the TaskScheduled event's parameters.
        @Override
        public boolean unansweredCallbacksSent() {
          return true;
        }

        @Override
        public String unboundTaskAdvice(String stateName, String resource) {
          return Builder.this.unboundTaskAdvice(stateName, resource);
        }
      };
    }

    /**
     * What an HTTP user can do about an unanswered state: mock it, over their own interface; for
     * the S3 calls of a distributed Map's ItemReader or ResultWriter, give the folder for S3.
     */
    private String unboundTaskAdvice(String stateName, String resource) {
      if (resource.startsWith("arn:aws:states:::s3:")) {
        return "Start the emulator with a folder that stands in for S3 (statecraft serve --s3-dir"
            + " DIR, or StepFunctionsEmulator.builder().s3Folder(dir)): bucket B, key K is the"
            + " file DIR/B/K.";
      }
      String mockIt = "a test case that maps '" + stateName + "' to an entry of MockedResponses,"
          + " and start the execution with the state machine's ARN followed by #TestCaseName";
      if (mocks == MockConfig.NONE) {
        return "Start the emulator with a Step Functions Local mock configuration (statecraft"
            + " serve --mock-config MockConfigFile.json) holding " + mockIt + ".";
      }
      return "Use a test case of the emulator's mock configuration " + mockSource + ": " + mockIt
          + ".";
    }

    /**
     * Starts serving; throws {@link UncheckedIOException} when the port is taken, and
     * {@link IllegalArgumentException} when the data directory cannot be used. A builder starts
     * one emulator.
     */
    public StepFunctionsEmulator start() {
      if (started) {
        throw new IllegalStateException("start() was already called on this builder");
      }
      started = true;
      // Children of states:startExecution tasks are executions of the API, like any other, and
      // the activities that exist are those of the API; the runtime is built before the backend
      // that holds them, hence the holders.
      Backend[] backend = new Backend[1];
      ExecutionOperations[] executions = new ExecutionOperations[1];
      Persistence[] persistence = {Persistence.NONE};
      EmbeddedRuntime embedded = EmbeddedRuntime.build(runtime,
          host(backend, executions, persistence));
      LocalStepFunctions built = embedded.runtime();
      backend[0] = new Backend(embedded, region, account, mocks);
      executions[0] = new ExecutionOperations(backend[0], expressLimit);
      Path directory = null;
      if (dataDir != null) {
        try {
          StoredState stored = StoredState.open(dataDir, backend[0]);
          persistence[0] = stored;
          directory = stored.directory();
          stored.restore();
        } catch (RuntimeException e) {
          persistence[0].close();
          built.close();
          throw e;
        }
      }
      try {
        Operations operations = new Operations(backend[0], executions[0], longPoll,
            persistence[0]);
        HttpFront front = new HttpFront(port, operations,
            new Console(new ConsoleSource(backend[0], operations)));
        front.start();
        return new StepFunctionsEmulator(front, built, backend[0], region, persistence[0],
            directory);
      } catch (IOException e) {
        persistence[0].close();
        built.close();
        throw new UncheckedIOException("cannot listen on 127.0.0.1:" + port, e);
      }
    }
  }
}
