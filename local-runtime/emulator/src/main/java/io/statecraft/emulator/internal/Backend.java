package io.statecraft.emulator.internal;

import io.statecraft.asl.StateMachine;
import io.statecraft.asl.diagnostic.Diagnostic;
import io.statecraft.asl.diagnostic.InvalidDefinitionException;
import io.statecraft.compiler.Asl;
import io.statecraft.local.LocalStateMachine;
import io.statecraft.local.LocalStepFunctions;
import io.statecraft.local.MapRun;
import io.statecraft.local.RunningExecution;
import io.statecraft.local.internal.tasks.MockConfig;
import io.statecraft.local.spi.EmbeddedRuntime;
import java.time.InstantSource;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Everything the emulator holds, in memory: state machines, executions, activities and tags, and
 * the runtime that runs the executions. Lookups are lock-free; changes to a state machine's
 * versions and aliases happen under this object's lock.
 */
public final class Backend {

  final EmbeddedRuntime embedded;
  final LocalStepFunctions runtime;
  /** The runtime's clock: the emulator's dates are on the time its executions run on. */
  final InstantSource clock;
  /** The region of requests without a signature, and of what the runtime starts on its own. */
  final String defaultRegion;
  final String account;
  /** The region of the request this thread answers, while it answers one. */
  private final ThreadLocal<String> region = new ThreadLocal<>();
  final MockConfig mocks;
  final Map<String, MachineRecord> machines = new ConcurrentHashMap<>();
  final Map<String, ExecutionRecord> executions = new ConcurrentHashMap<>();
  /**
   * Express executions, apart: AWS's API neither describes nor lists them (their history goes to
   * CloudWatch Logs), but a test holding the emulator may look at how they ended.
   */
  public final Map<String, ExecutionRecord> express = new ConcurrentHashMap<>();
  public final Map<String, ActivityRecord> activities = new ConcurrentHashMap<>();
  final Map<String, Map<String, String>> tags = new ConcurrentHashMap<>();

  public Backend(EmbeddedRuntime embedded, String defaultRegion, String account,
      MockConfig mocks) {
    this.embedded = embedded;
    this.runtime = embedded.runtime();
    this.clock = embedded.clock();
    this.defaultRegion = defaultRegion;
    this.account = account;
    this.mocks = mocks;
  }

  /**
   * The ARNs of the region the current request is in: AWS keeps regions apart, so what is made
   * for a request is in its region, and what another region holds does not exist for it.
   */
  Arns arns() {
    String current = region.get();
    return new Arns(current == null ? defaultRegion : current, account);
  }

  /** {@code work} done for a request in {@code requestRegion} (the default region when null). */
  <T> T inRegion(String requestRegion, java.util.function.Supplier<T> work) {
    String outer = region.get();
    region.set(requestRegion == null ? defaultRegion : requestRegion);
    try {
      return work.get();
    } finally {
      if (outer == null) {
        region.remove();
      } else {
        region.set(outer);
      }
    }
  }

  /** The region field of {@code arn}, or null when it has none. */
  static String regionOf(String arn) {
    String[] fields = arn.split(":", -1);
    return fields.length > 3 && !fields[3].isEmpty() ? fields[3] : null;
  }

  /** Whether {@code arn} is in the current request's region and the emulator's account. */
  boolean here(String arn) {
    return arn.startsWith(arns().prefix());
  }

  /**
   * Validates and loads {@code definition}, or throws InvalidDefinition with every problem: the
   * compiler's validation errors, then what the runtime cannot run.
   */
  LocalStateMachine load(String name, String definition) {
    StateMachine model;
    try {
      model = Asl.readValid(definition);
    } catch (InvalidDefinitionException e) {
      throw invalidDefinition(e.diagnostics());
    }
    try {
      return embedded.loadValidated(name, model, arns().region());
    } catch (InvalidDefinitionException e) {
      throw invalidDefinition(e.diagnostics());
    } catch (IllegalArgumentException e) {
      throw new ApiException("InvalidDefinition",
          "Invalid State Machine Definition: '" + e.getMessage() + "'");
    }
  }

  static ApiException invalidDefinition(List<Diagnostic> diagnostics) {
    String text = diagnostics.stream()
        .map(d -> d.code() + ": " + d.message() + " at " + (d.pointer().isEmpty() ? "/"
            : d.pointer()))
        .collect(Collectors.joining(", "));
    return new ApiException("InvalidDefinition", "Invalid State Machine Definition: '" + text
        + "'");
  }

  /** The state machine an ARN names: the machine itself, one of its versions or an alias. */
  Target target(String arn) {
    String[] parts = arns().parts(arn, "stateMachine");
    MachineRecord machine = parts == null ? null : machines.get(arns().stateMachine(parts[0]));
    if (machine == null || parts.length > 2) {
      throw machineDoesNotExist(arn);
    }
    if (parts.length == 1) {
      return new Target(machine, machine.current, null, null);
    }
    synchronized (this) {
      String qualifier = parts[1];
      if (qualifier.chars().allMatch(Character::isDigit)) {
        MachineRecord.Revision version = machine.versions.get(Integer.parseInt(qualifier));
        if (version == null) {
          throw machineDoesNotExist(arn);
        }
        return new Target(machine, version, arn, null);
      }
      MachineRecord.Alias alias = machine.aliases.get(qualifier);
      if (alias == null) {
        throw machineDoesNotExist(arn);
      }
      String versionArn = route(alias);
      int number = Integer.parseInt(versionArn.substring(versionArn.lastIndexOf(':') + 1));
      return new Target(machine, machine.versions.get(number), versionArn, arn);
    }
  }

  /** What an ARN resolved to: the revision that runs, and the version/alias ARN if any. */
  record Target(MachineRecord machine, MachineRecord.Revision revision, String versionArn,
      String aliasArn) {}

  /** Picks a version of an alias by its routing weights. */
  private static String route(MachineRecord.Alias alias) {
    int roll = java.util.concurrent.ThreadLocalRandom.current().nextInt(100);
    int sum = 0;
    String last = null;
    for (Map.Entry<String, Integer> entry : alias.routing().entrySet()) {
      sum += entry.getValue();
      last = entry.getKey();
      if (roll < sum) {
        return last;
      }
    }
    return last;
  }

  MachineRecord machine(String arn) {
    String[] parts = arns().parts(arn, "stateMachine");
    MachineRecord machine = parts == null || parts.length != 1 ? null : machines.get(arn);
    if (machine == null) {
      throw machineDoesNotExist(arn);
    }
    return machine;
  }

  /** An execution started through the API, or a child execution of a Map Run, by its ARN. */
  ExecutionRecord execution(String arn) {
    if (!arn.startsWith("arn:")) {
      throw ApiException.invalidArn("Invalid ARN prefix: " + arn);
    }
    String type = arn.split(":", -1).length > 5 ? arn.split(":", -1)[5] : "";
    if (!type.equals("execution")) {
      // Express executions included: AWS's API does not describe them or give their history.
      throw ApiException.invalidArn("Resource type not valid in this context: " + type);
    }
    ExecutionRecord execution = here(arn) ? executions.get(arn) : null;
    if (execution == null) {
      execution = mapRunChild(arn);
    }
    if (execution == null) {
      throw new ApiException("ExecutionDoesNotExist", "Execution Does Not Exist: '" + arn + "'");
    }
    return execution;
  }

  /**
   * A child execution of a Map Run as the API shows it, or null. The runtime started it, not the
   * API, so it is looked up there each time and runs the Map's item processor, not a revision.
   */
  private ExecutionRecord mapRunChild(String arn) {
    RunningExecution child = here(arn) ? runtime.mapRunExecution(arn).orElse(null) : null;
    String mapRunArn = embedded.mapRunOf(arn).orElse(null);
    if (child == null || mapRunArn == null) {
      return null;
    }
    String machineArn = child.stateMachine().arn();
    return new ExecutionRecord(arn, machineArn, machineArn, null, null, Wire.text(child.input()),
        child, null, "STANDARD", mapRunArn, null);
  }

  /**
   * The revision an execution runs, or for a Map Run's child, the revision of the execution
   * whose Map state started it (the nearest one started through the API).
   */
  MachineRecord.Revision revisionBehind(ExecutionRecord execution) {
    ExecutionRecord at = execution;
    while (at.revision() == null) {
      at = parentOf(at);
    }
    return at.revision();
  }

  /**
   * The ARN of the state machine behind {@code execution}: its own, or for a Map Run's child, that
   * of the nearest execution started through the API.
   */
  String parentMachineArn(ExecutionRecord execution) {
    ExecutionRecord at = execution;
    while (at.revision() == null) {
      at = parentOf(at);
    }
    return at.machineArn();
  }

  /** The execution whose distributed Map started the Map Run child {@code child}. */
  ExecutionRecord parentOf(ExecutionRecord child) {
    String parent = mapRun(child.mapRunArn()).executionArn();
    ExecutionRecord express = this.express.get(parent);
    return express != null ? express : execution(parent);
  }

  /** The Map Run an ARN names: InvalidArn when it is no Map Run ARN, ResourceNotFound if unknown. */
  MapRun mapRun(String arn) {
    // arn:aws:states:REGION:ACCOUNT:mapRun:MACHINE/LABEL:ID
    String[] parts = arns().parts(arn, "mapRun");
    if (parts != null && (parts.length != 2 || !parts[0].contains("/"))) {
      throw ApiException.invalidArn(arn);
    }
    MapRun mapRun = parts == null ? null : runtime.mapRun(arn).orElse(null);
    if (mapRun == null) {
      throw ApiException.resourceNotFound(arn);
    }
    return mapRun;
  }

  ActivityRecord activity(String arn) {
    String[] parts = arns().parts(arn, "activity");
    ActivityRecord activity = parts == null ? null : activities.get(arn);
    if (activity == null) {
      throw new ApiException("ActivityDoesNotExist", "Activity Does Not Exist: '" + arn + "'");
    }
    return activity;
  }

  static ApiException machineDoesNotExist(String arn) {
    return new ApiException("StateMachineDoesNotExist",
        "State Machine Does Not Exist: '" + arn + "'");
  }

  /** Every resource ARN that can carry tags. */
  boolean taggable(String arn) {
    return here(arn) && (machines.containsKey(arn) || activities.containsKey(arn));
  }

  Collection<ExecutionRecord> executionsOf(Set<String> machineArns) {
    return executions.values().stream()
        // Set.of(...).contains(null) throws: most executions have no version or alias.
        .filter(e -> machineArns.contains(e.machineArn())
            || e.versionArn() != null && machineArns.contains(e.versionArn())
            || e.aliasArn() != null && machineArns.contains(e.aliasArn()))
        .toList();
  }
}
