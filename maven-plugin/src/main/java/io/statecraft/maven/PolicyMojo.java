package io.statecraft.maven;

import io.statecraft.asl.StateMachine;
import io.statecraft.compiler.Policies;
import io.statecraft.compiler.policy.PolicyNote;
import io.statecraft.compiler.policy.PolicyOptions;
import io.statecraft.compiler.policy.StateMachinePolicy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Derives the least-privilege IAM policy of each workflow's execution role, and of each
 * {@code *.asl.json} in {@code src/main/statecraft}, as {@code <name>.policy.json} in
 * {@code target/statecraft}: {@code mvn compile sfn:policy}. Where a resource had to be widened
 * (a value computed at run time) or a permission could not be derived, a warning names the state
 * and field. The workflow's name is the state machine's, which distributed Map states and HTTP
 * Tasks are authorized on; {@code <logging>} and {@code <tracing>}, as given to
 * {@code sfn:deploy}, add CloudWatch Logs delivery and X-Ray.
 */
@Mojo(name = Properties.POLICY, requiresDependencyResolution = ResolutionScope.COMPILE,
    threadSafe = true)
public final class PolicyMojo extends WorkflowMojo {

  static final String SUFFIX = ".policy.json";

  /** The region of the ARNs the definitions leave open; any ({@code *}) when absent. */
  @Parameter(property = Properties.REGION)
  String region;

  /** The account of the ARNs the definitions leave open; any ({@code *}) when absent. */
  @Parameter(property = Properties.POLICY_ACCOUNT)
  String account;

  /** The logging configuration of {@code sfn:deploy}: a level other than OFF needs log delivery. */
  @Parameter
  Logging logging;

  /** Whether {@code sfn:deploy} turns X-Ray tracing on. */
  @Parameter
  Boolean tracing;

  @Override
  void run() throws MojoExecutionException {
    Map<String, StateMachine> machines = new LinkedHashMap<>();
    for (CompiledWorkflow workflow : workflows()) {
      machines.put(workflow.name(), workflow.machine());
    }
    if (machines.isEmpty()) {
      // workflows() said where it looked and how to point it elsewhere.
      getLog().info("No policy to derive");
      return;
    }
    List<String> written = new ArrayList<>();
    for (Map.Entry<String, StateMachine> machine : machines.entrySet()) {
      String name = machine.getKey();
      StateMachinePolicy policy = Policies.of(machine.getValue(), options(name));
      for (PolicyNote warning : policy.warnings()) {
        getLog().warn(name + ": " + warning);
      }
      if (policy.statements().isEmpty()) {
        getLog().info(name + " calls no AWS service: its execution role needs no permissions,"
            + " no " + name + SUFFIX + " written");
        continue;
      }
      write(output().resolve(name + SUFFIX), policy.toJson());
      written.add(name + SUFFIX);
    }
    if (!written.isEmpty()) {
      getLog().info("Policies " + String.join(", ", written) + " in " + output());
    }
  }

  private PolicyOptions options(String name) {
    boolean logs = logging != null && !"OFF".equals(logging.level);
    return new PolicyOptions(name, region, account, logs, Boolean.TRUE.equals(tracing));
  }

  /** Writes {@code content}, leaving an unchanged file (and its timestamp) alone. */
  private static void write(Path file, String content) {
    try {
      if (Files.isRegularFile(file)
          && Files.readString(file, StandardCharsets.UTF_8).equals(content)) {
        return;
      }
      Files.createDirectories(file.getParent());
      Files.writeString(file, content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new WorkflowException("cannot write " + file + ": " + e.getMessage());
    }
  }
}
