package io.statecraft.compiler;

import io.statecraft.asl.StateMachine;
import io.statecraft.compiler.internal.policy.Inference;
import io.statecraft.compiler.policy.PolicyOptions;
import io.statecraft.compiler.policy.StateMachinePolicy;

/**
 * Derives the least-privilege IAM policy a state machine's execution role needs from its
 * definition, following AWS's "IAM policies for integrated services" pages of the Step Functions
 * developer guide: each optimized integration with its pattern ({@code .sync} adds what Step
 * Functions needs to follow the job), SDK integrations by their IAM action, HTTP Tasks,
 * distributed Map states (child executions, ItemReader, ResultWriter), and CloudWatch Logs and
 * X-Ray when the options ask for them. Resources are the ARNs the definition names, deploy-time
 * {@code ${...}} placeholders kept; a resource computed at run time is widened only as far as it
 * must be, with a warning that names the state and field. JSONPath and JSONata definitions alike.
 *
 * <pre>{@code
 * StateMachine machine = Asl.read(Path.of("order.asl.json"));
 * StateMachinePolicy policy = Policies.of(machine,
 *     PolicyOptions.defaults().withStateMachineName("order").withLogging(true));
 * System.out.print(policy.toJson());     // {"Version": "2012-10-17", "Statement": [...]}
 * policy.warnings().forEach(System.err::println);
 * }</pre>
 *
 * Deterministic: the same definition and options give the same policy. Thread-safe.
 */
public final class Policies {

  private Policies() {}

  /** The policy of {@code machine} with {@link PolicyOptions#defaults()}. */
  public static StateMachinePolicy of(StateMachine machine) {
    return of(machine, PolicyOptions.defaults());
  }

  /** The policy of {@code machine}, deployed as {@code options} say. */
  public static StateMachinePolicy of(StateMachine machine, PolicyOptions options) {
    return Inference.of(machine, options);
  }
}
