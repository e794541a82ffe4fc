package io.statecraft.cli;

import io.statecraft.compiler.Asl;
import io.statecraft.emulator.internal.ApiException;
import io.statecraft.emulator.internal.TestStateOperation;
import io.statecraft.emulator.internal.Wire;
import io.statecraft.local.LocalStepFunctions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code statecraft test-state}: AWS's TestState API run locally. It takes the request of
 * {@code aws stepfunctions test-state} (its {@code --cli-input-json} document and its options)
 * and prints the response as the API returns it, JSON texts included, with the emulator's own
 * TestState operation: what this prints is what the emulator answers over HTTP.
 */
@Command(
    name = "test-state",
    mixinStandardHelpOptions = true,
    description = {
      "Test one state locally as AWS's TestState API does.",
      "It runs the state once on an input, with its service call mocked, and prints the"
          + " response (status, output or error and cause,"
          + " nextState, and at DEBUG or TRACE inspectionData) as the API returns it.",
      "The request is the JSON of 'aws stepfunctions test-state --cli-input-json' (--input-json"
          + " FILE or @FILE); the options set or replace its members. Options whose value is"
          + " JSON take the text itself, or @FILE or file://FILE to read it."
    },
    footer = {
      "",
      "Examples:",
      "  statecraft test-state --definition '{\"Type\": \"Pass\", \"Next\": \"Ship\"}'",
      "  statecraft test-state --definition file://charge.json --input '{\"order\": 7}' \\",
      "      --inspection-level DEBUG --mock '{\"result\": \"{\\\"total\\\": 42}\"}'",
      "  statecraft test-state @request.json",
      "",
      "Exit codes: 0 when the state was tested (whatever its status), 1 when the request was"
          + " refused (printed as the aws CLI prints it), 2 for a usage error."
    })
final class TestStateCommand extends Verb {

  @Parameters(arity = "0..1", paramLabel = "@FILE",
      description = "the request, as for --input-json")
  String atFile;

  @Option(names = {"--input-json", "--cli-input-json"}, paramLabel = "FILE|@FILE|JSON",
      description = "the request: the JSON document of aws stepfunctions test-state"
          + " --cli-input-json")
  String inputJson;

  @Option(names = "--definition", paramLabel = "JSON|@FILE",
      description = "ASL of one state, or of a state machine with --state-name")
  String definition;

  @Option(names = "--input", paramLabel = "JSON|@FILE", description = "the state's input")
  String input;

  @Option(names = "--inspection-level", paramLabel = "INFO|DEBUG|TRACE",
      description = "how much the response tells (default: INFO)")
  String inspectionLevel;

  @Option(names = "--state-name", paramLabel = "NAME",
      description = "the state to test in a state machine's definition")
  String stateName;

  @Option(names = "--mock", paramLabel = "JSON|@FILE",
      description = "{\"result\": \"JSON text\"} or {\"errorOutput\": {\"error\": ..., \"cause\":"
          + " ...}}, with \"fieldValidationMode\": STRICT|PRESENT|NONE")
  String mock;

  @Option(names = "--variables", paramLabel = "JSON|@FILE",
      description = "the variables the state sees, a JSON object")
  String variables;

  @Option(names = "--context", paramLabel = "JSON|@FILE",
      description = "the Context object the state sees; with a mock only")
  String context;

  @Option(names = "--role-arn", paramLabel = "ARN",
      description = "the execution role; required to test a Task without a mock")
  String roleArn;

  @Option(names = "--state-configuration", paramLabel = "JSON|@FILE",
      description = "{\"retrierRetryCount\": N, \"errorCausedByState\": ...,"
          + " \"mapIterationFailureCount\": N, \"mapItemReaderData\": ...}")
  String stateConfiguration;

  @Option(names = "--reveal-secrets", negatable = true,
      description = "an HTTP Task's TRACE data shows what its connection added")
  Boolean revealSecrets;

  @Override
  public Integer call() {
    ObjectNode request = request();
    ObjectNode response;
    try (LocalStepFunctions runtime = LocalStepFunctions.newInstance()) {
      response = new TestStateOperation(runtime).call(request);
    } catch (ApiException e) {
      // As the aws CLI reports a refused call, so scripts written for it read ours alike.
      err().println();
      err().println("An error occurred (" + e.code() + ") when calling the TestState operation: "
          + e.getMessage());
      return Statecraft.PROBLEMS;
    }
    out().print(Asl.prettyJson(response));
    out().flush();
    return 0;
  }

  /** The request document, then each option given in place of its member. */
  private ObjectNode request() {
    if (atFile != null && inputJson != null) {
      throw usage("give the request once: @FILE or --input-json, not both");
    }
    if (atFile != null && !atFile.startsWith("@")) {
      throw usage("the request file must be given as @FILE, was " + atFile);
    }
    String document = atFile != null ? atFile : inputJson;
    ObjectNode request = document == null ? Wire.object() : document(document);
    putText(request, "definition", definition);
    putText(request, "input", input);
    putText(request, "variables", variables);
    putText(request, "context", context);
    putPlain(request, "inspectionLevel", inspectionLevel);
    putPlain(request, "stateName", stateName);
    putPlain(request, "roleArn", roleArn);
    putJson(request, "mock", "--mock", mock);
    putJson(request, "stateConfiguration", "--state-configuration", stateConfiguration);
    if (revealSecrets != null) {
      request.put("revealSecrets", revealSecrets);
    }
    if (!request.has("definition")) {
      throw usage("a definition is required: --definition, or \"definition\" in the request");
    }
    return request;
  }

  private ObjectNode document(String value) {
    String text = value.startsWith("{") ? value : read(value);
    JsonNode parsed = json("--input-json", text);
    if (!parsed.isObject()) {
      throw usage("--input-json must be a JSON object, was " + text);
    }
    return (ObjectNode) parsed;
  }

  /** A member the API takes as JSON text: sent as given, for the API to judge. */
  private void putText(ObjectNode request, String member, String value) {
    if (value != null) {
      request.put(member, contents(value));
    }
  }

  private static void putPlain(ObjectNode request, String member, String value) {
    if (value != null) {
      request.put(member, value);
    }
  }

  /** A member the API takes as a structure, given as a JSON object. */
  private void putJson(ObjectNode request, String member, String option, String value) {
    if (value != null) {
      JsonNode parsed = json(option, contents(value));
      if (!parsed.isObject()) {
        throw usage(option + " must be a JSON object, was " + value);
      }
      request.set(member, parsed);
    }
  }

  /** The value itself, or the file it names with {@code @} or {@code file://}. */
  private String contents(String value) {
    if (value.startsWith("@")) {
      return read(value.substring(1));
    }
    return value.startsWith("file://") ? read(value) : value;
  }

  private String read(String file) {
    String path = file.startsWith("@") ? file.substring(1)
        : file.startsWith("file://") ? file.substring("file://".length()) : file;
    return readText(path);
  }

}
