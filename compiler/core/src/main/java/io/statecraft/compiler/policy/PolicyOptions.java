package io.statecraft.compiler.policy;

/**
 * What the definition does not say but the policy depends on: the state machine's own name and
 * where it runs, and whether it logs to CloudWatch Logs or traces with X-Ray (deploy settings).
 * Unknown parts of ARNs are {@code *}.
 *
 * <pre>{@code
 * PolicyOptions options = PolicyOptions.defaults().withStateMachineName("orders")
 *     .withRegion("eu-west-1").withAccount("123456789012").withLogging(true);
 * }</pre>
 *
 * @param stateMachineName the name the state machine is deployed under (distributed Map states
 *     start executions of it, HTTP Tasks are authorized on it), or null when unknown
 * @param region the region of ARNs the definition leaves open, {@code *} when unknown
 * @param account the account of ARNs the definition leaves open, {@code *} when unknown
 * @param logging whether the state machine logs to CloudWatch Logs (level other than OFF)
 * @param tracing whether X-Ray tracing is enabled
 */
public record PolicyOptions(String stateMachineName, String region, String account,
    boolean logging, boolean tracing) {

  public PolicyOptions {
    region = region == null || region.isBlank() ? "*" : region;
    account = account == null || account.isBlank() ? "*" : account;
    stateMachineName = stateMachineName == null || stateMachineName.isBlank()
        ? null : stateMachineName;
  }

  /** No name, any region and account, no logging, no tracing. */
  public static PolicyOptions defaults() {
    return new PolicyOptions(null, "*", "*", false, false);
  }

  public PolicyOptions withStateMachineName(String name) {
    return new PolicyOptions(name, region, account, logging, tracing);
  }

  public PolicyOptions withRegion(String region) {
    return new PolicyOptions(stateMachineName, region, account, logging, tracing);
  }

  public PolicyOptions withAccount(String account) {
    return new PolicyOptions(stateMachineName, region, account, logging, tracing);
  }

  public PolicyOptions withLogging(boolean logging) {
    return new PolicyOptions(stateMachineName, region, account, logging, tracing);
  }

  public PolicyOptions withTracing(boolean tracing) {
    return new PolicyOptions(stateMachineName, region, account, logging, tracing);
  }
}
