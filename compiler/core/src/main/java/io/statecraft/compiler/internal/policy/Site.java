package io.statecraft.compiler.internal.policy;

import io.statecraft.compiler.policy.PolicyNote;
import java.util.List;
import java.util.Map;

/**
 * One place of a definition that needs permissions (a Task, an ItemReader, a ResultWriter): its
 * state, JSON pointer, the partition, region and account its ARNs are built with, and where its
 * grants and warnings go.
 */
final class Site {

  final String state;
  final String pointer;
  final String partition;
  final String region;
  final String account;
  private final Findings findings;

  Site(Findings findings, String state, String pointer, String partition, String region,
      String account) {
    this.findings = findings;
    this.state = state;
    this.pointer = pointer;
    this.partition = partition;
    this.region = region;
    this.account = account;
  }

  /** A site whose ARNs take partition, region and account from {@code resource} where it has them. */
  static Site of(Findings findings, String state, String pointer, String resource) {
    String partition = "aws";
    String region = findings.options.region();
    String account = findings.options.account();
    if (resource != null) {
      String[] parts = Arns.parts(resource);
      if (parts != null) {
        partition = parts[1].isEmpty() ? partition : parts[1];
        region = parts[3].isEmpty() ? region : parts[3];
        account = parts[4].isEmpty() ? account : parts[4];
      }
    }
    return new Site(findings, state, pointer, partition, region, account);
  }

  void grant(List<String> actions, List<String> resources) {
    grant(actions, resources, Map.of());
  }

  void grant(List<String> actions, List<String> resources,
      Map<String, Map<String, List<String>>> condition) {
    findings.grants.add(new Grant(actions, resources, condition, state));
  }

  void warn(String fieldPointer, String message) {
    findings.warnings.add(new PolicyNote(state, fieldPointer, message));
  }

  void note(String fieldPointer, String message) {
    findings.notes.add(new PolicyNote(state, fieldPointer, message));
  }

  /** {@code arn:PARTITION:service:REGION:ACCOUNT:rest}, with this site's region and account. */
  String arn(String service, String rest) {
    return "arn:" + partition + ":" + service + ":" + region + ":" + account + ":" + rest;
  }

  /** {@code arn:PARTITION:service:::rest}: services whose ARNs name no region or account (S3). */
  String globalArn(String service, String rest) {
    return "arn:" + partition + ":" + service + ":::" + rest;
  }

  /** The name of this state machine, or {@code *} when the options do not give it. */
  String stateMachineName() {
    String name = findings.options.stateMachineName();
    return name == null ? "*" : name;
  }

  boolean knowsStateMachineName() {
    return findings.options.stateMachineName() != null;
  }

  /**
   * Warns that {@code value}, computed at run time, widened the resource of {@code action} to
   * {@code widened}.
   */
  void widened(Args.Value value, String action, String widened, String narrowTo) {
    warn(value.pointer(), value.field() + " is computed at run time, so " + action
        + " is allowed on " + widened + ": narrow it to the " + narrowTo + " it can name");
  }
}
