package io.statecraft.emulator.internal;

import io.statecraft.local.LocalStateMachine;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.node.ObjectNode;

/**
 * A state machine as the emulator keeps it: its current revision, its published versions and its
 * aliases. Mutated only under the {@link Backend}'s lock; {@link Revision}s are immutable.
 */
public final class MachineRecord {

  /** One definition as created, updated or published. */
  record Revision(String definition, LocalStateMachine loaded, String roleArn, String revisionId,
      long dateMillis, String description) {}

  /** An alias: a name routing executions to one or two versions by weight. */
  record Alias(String name, String arn, String description, Map<String, Integer> routing,
      long creationMillis, long updateMillis) {}

  final String name;
  final String arn;
  final String type;
  final long creationMillis;
  /** DescribeStateMachine's {@code loggingConfiguration}, as last created or updated. */
  volatile ObjectNode logging;
  /** DescribeStateMachine's {@code tracingConfiguration}, as last created or updated. */
  volatile ObjectNode tracing;
  volatile Revision current;
  final TreeMap<Integer, Revision> versions = new TreeMap<>();
  final Map<String, Alias> aliases = new LinkedHashMap<>();
  int nextVersion = 1;
  /**
   * DescribeStateMachine's {@code DELETING}: DeleteStateMachine was called while executions ran;
   * the machine, its versions and aliases go once the last of them has ended.
   */
  volatile boolean deleting;
  int revisions = 1;

  MachineRecord(String name, String arn, String type, long creationMillis, ObjectNode logging,
      ObjectNode tracing, Revision current) {
    this.name = name;
    this.arn = arn;
    this.type = type;
    this.creationMillis = creationMillis;
    this.logging = logging;
    this.tracing = tracing;
    this.current = current;
  }

  /** AWS's StateMachineDeleting for what would change or start this machine while it goes. */
  void checkNotDeleting() {
    if (deleting) {
      throw new ApiException("StateMachineDeleting", "State Machine is being deleted");
    }
  }

  boolean express() {
    return type.equals("EXPRESS");
  }
}
