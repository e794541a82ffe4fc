package io.statecraft.cli;

import io.statecraft.asl.StateMachine;
import io.statecraft.asl.diagnostic.InvalidDefinitionException;
import io.statecraft.compiler.Asl;
import io.statecraft.compiler.Policies;
import io.statecraft.compiler.policy.PolicyNote;
import io.statecraft.compiler.policy.PolicyOptions;
import io.statecraft.compiler.policy.StateMachinePolicy;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code statecraft policy}: the least-privilege IAM policy a definition's execution role needs.
 *
 * <pre>
 * statecraft policy order.asl.json --format json --name order &gt; order.policy.json
 * </pre>
 */
@Command(
    name = "policy",
    description = {
      "Derive the IAM policy a state machine's execution role needs from its ASL definition.",
      "It allows the actions of every integration on the resources the definition names (AWS's"
          + " documented policies, .sync and .waitForTaskToken included), distributed Map child"
          + " executions and S3 access, and CloudWatch Logs and X-Ray when asked. A resource"
          + " computed at run time is widened as little as it can be, with a warning naming the"
          + " state and field.",
      "text (default): each statement with the states that need it, then warnings and notes.",
      "json: the IAM policy document on stdout, warnings on stderr.",
      "Exit code 0 when a policy was derived, 1 when the definition is invalid."
    })
final class PolicyCommand extends Verb {

  /** The output formats. */
  enum Format { text, json }

  @Parameters(index = "0", paramLabel = "FILE", description = "the ASL definition")
  Path file;

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
      description = "what to print (default: ${DEFAULT-VALUE})")
  Format format;

  @Option(names = "--name", paramLabel = "NAME",
      description = "the state machine's name, which distributed Map states and HTTP Tasks are"
          + " authorized on (default: any, with a warning)")
  String name;

  @Option(names = "--region", paramLabel = "REGION", defaultValue = "*",
      description = "the region of ARNs the definition leaves open (default: ${DEFAULT-VALUE})")
  String region;

  @Option(names = "--account", paramLabel = "ACCOUNT", defaultValue = "*",
      description = "the account of ARNs the definition leaves open (default: ${DEFAULT-VALUE})")
  String account;

  @Option(names = "--logging", description = "the state machine logs to CloudWatch Logs")
  boolean logging;

  @Option(names = "--tracing", description = "the state machine has X-Ray tracing on")
  boolean tracing;

  @Option(names = "--out", paramLabel = "FILE", description = "write here instead of to stdout")
  Path out;

  @Override
  public Integer call() {
    StateMachine machine;
    try {
      machine = Asl.readValid(file);
    } catch (InvalidDefinitionException e) {
      return report(file, e);
    }
    StateMachinePolicy policy = Policies.of(machine, new PolicyOptions(name, region, account,
        logging, tracing));
    PrintWriter err = err();
    if (policy.statements().isEmpty()) {
      err.println(file + ": no state calls an AWS service, so the execution role needs no"
          + " permissions (IAM refuses a policy without statements: nothing is written)");
      policy.notes().forEach(note -> err.println(file + ":" + note));
      return 0;
    }
    String text;
    if (format == Format.json) {
      text = policy.toJson();
      for (PolicyNote warning : policy.warnings()) {
        err.println(file + ":" + warning.pointer() + ": warning: " + warning.message());
      }
    } else {
      text = policy.toText();
    }
    if (out == null) {
      PrintWriter stdout = out();
      stdout.print(text);
      stdout.flush();
    } else {
      if (!writeOutput("--out", out, text)) {
        return Statecraft.PROBLEMS;
      }
    }
    return 0;
  }
}
