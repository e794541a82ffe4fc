package io.statecraft.emulator.internal;

import io.statecraft.compiler.Asl;
import io.statecraft.local.LocalStateMachine;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** CreateStateMachine and the other operations on state machines and their versions. */
public final class MachineOperations {

  private static final java.util.regex.Pattern ROLE = java.util.regex.Pattern.compile(
      "arn:aws[a-z-]*:iam::\\d{12}:role/[\\w+=,.@/-]{1,512}");

  private final Backend backend;

  MachineOperations(Backend backend) {
    this.backend = backend;
  }

  ObjectNode create(JsonNode request) {
    String name = Wire.required(request, "name");
    String definition = Wire.required(request, "definition");
    String roleArn = role(Wire.required(request, "roleArn"));
    String type = type(Wire.optional(request, "type"));
    Arns.checkName(name);
    String arn = backend.arns().stateMachine(name);
    MachineRecord.Revision revision = new MachineRecord.Revision(definition,
        backend.load(name, definition), roleArn, UUID.randomUUID().toString(),
        backend.clock.millis(), null);
    ObjectNode response = Wire.object();
    synchronized (backend) {
      MachineRecord existing = backend.machines.get(arn);
      if (existing != null) {
        existing.checkNotDeleting();
        // AWS answers a repeated identical CreateStateMachine with the existing machine.
        if (existing.current.definition().equals(definition) && existing.type.equals(type)
            && existing.current.roleArn().equals(roleArn)) {
          response.put("stateMachineArn", arn);
          response.put("creationDate", Wire.seconds(existing.creationMillis));
          return response;
        }
        throw new ApiException("StateMachineAlreadyExists",
            "State Machine Already Exists: '" + arn + "'");
      }
      MachineRecord machine = new MachineRecord(name, arn, type, revision.dateMillis(),
          logging(request.get("loggingConfiguration")),
          tracing(request.get("tracingConfiguration")), revision);
      backend.machines.put(arn, machine);
      Tags.put(backend, arn, request.get("tags"));
      response.put("stateMachineArn", arn);
      response.put("creationDate", Wire.seconds(machine.creationMillis));
      publishIfAsked(request, machine, response);
    }
    return response;
  }

  ObjectNode update(JsonNode request) {
    String arn = Wire.required(request, "stateMachineArn");
    String definition = Wire.optional(request, "definition");
    String roleArn = Wire.optional(request, "roleArn");
    if (roleArn != null) {
      role(roleArn);
    }
    MachineRecord machine = backend.machine(arn);
    machine.checkNotDeleting();
    if (definition == null && roleArn == null && request.get("loggingConfiguration") == null
        && request.get("tracingConfiguration") == null) {
      throw new ApiException("MissingRequiredParameter", "Either the definition, the role ARN,"
          + " the LoggingConfiguration, or the TracingConfiguration must be specified");
    }
    ObjectNode response = Wire.object();
    synchronized (backend) {
      MachineRecord.Revision old = machine.current;
      String text = definition == null ? old.definition() : definition;
      boolean changed = definition != null && !definition.equals(old.definition())
          || roleArn != null && !roleArn.equals(old.roleArn());
      MachineRecord.Revision now = !changed ? old : new MachineRecord.Revision(text,
          definition == null ? old.loaded() : backend.load(machine.name, text),
          roleArn == null ? old.roleArn() : roleArn, UUID.randomUUID().toString(),
          backend.clock.millis(), null);
      machine.current = now;
      if (request.get("loggingConfiguration") != null) {
        machine.logging = logging(request.get("loggingConfiguration"));
      }
      if (request.get("tracingConfiguration") != null) {
        machine.tracing = tracing(request.get("tracingConfiguration"));
      }
      response.put("updateDate", Wire.seconds(now.dateMillis()));
      response.put("revisionId", now.revisionId());
      publishIfAsked(request, machine, response);
    }
    return response;
  }

  ObjectNode describe(JsonNode request) {
    String arn = Wire.required(request, "stateMachineArn");
    Backend.Target target = backend.target(arn);
    if (target.aliasArn() != null) {
      throw ApiException.invalidArn("Resource type not valid in this context: alias");
    }
    MachineRecord machine = target.machine();
    MachineRecord.Revision revision = target.revision();
    ObjectNode response = Wire.object();
    response.put("stateMachineArn", arn);
    response.put("name", machine.name);
    response.put("status", machine.deleting ? "DELETING" : "ACTIVE");
    response.put("definition", revision.definition());
    response.put("roleArn", revision.roleArn());
    response.put("type", machine.type);
    response.put("creationDate", Wire.seconds(target.versionArn() == null
        ? machine.creationMillis : revision.dateMillis()));
    response.set("loggingConfiguration", machine.logging.deepCopy());
    response.set("tracingConfiguration", machine.tracing.deepCopy());
    response.put("revisionId", revision.revisionId());
    if (revision.description() != null) {
      response.put("description", revision.description());
    }
    return response;
  }

  ObjectNode describeForExecution(JsonNode request) {
    ExecutionRecord execution = backend.execution(Wire.required(request, "executionArn"));
    // A Map Run's child runs the Map's item processor, with the role of the execution above it.
    MachineRecord.Revision revision = backend.revisionBehind(execution);
    boolean child = execution.mapRunArn() != null;
    LocalStateMachine machine = child ? execution.running().stateMachine() : revision.loaded();
    ObjectNode response = Wire.object();
    response.put("stateMachineArn", execution.machineArn());
    response.put("name", machine.name());
    response.put("definition", child ? Asl.write(machine.definition()) : revision.definition());
    response.put("roleArn", revision.roleArn());
    response.put("updateDate", Wire.seconds(revision.dateMillis()));
    MachineRecord record = backend.machines.get(backend.parentMachineArn(execution));
    settings(response, record);
    response.put("revisionId", revision.revisionId());
    if (child) {
      // The child state machine is named MACHINE/LABEL after the Map state's Label.
      response.put("mapRunArn", execution.mapRunArn());
      response.put("label", machine.name().substring(machine.name().lastIndexOf('/') + 1));
    }
    return response;
  }

  ObjectNode list(JsonNode request) {
    List<MachineRecord> machines = new ArrayList<>(backend.machines.values());
    machines.removeIf(machine -> !backend.here(machine.arn));
    machines.sort(Comparator.comparingLong((MachineRecord m) -> m.creationMillis)
        .thenComparing(m -> m.name));
    return Paging.page(request, machines, "stateMachines", machine -> machine.arn,
        (machine, item) -> {
      item.put("stateMachineArn", machine.arn);
      item.put("name", machine.name);
      item.put("type", machine.type);
      item.put("creationDate", Wire.seconds(machine.creationMillis));
    });
  }

  ObjectNode delete(JsonNode request) {
    String arn = Wire.required(request, "stateMachineArn");
    if (backend.arns().parts(arn, "stateMachine") == null) {
      // Another region's machine does not exist here: deleting it deletes nothing.
      return Wire.object();
    }
    MachineRecord machine = backend.machines.get(arn);
    if (machine != null) {
      delete(machine);
    }
    return Wire.object();
  }

  /**
   * Deletes {@code machine}: gone at once (with its versions, aliases and tags) when none of its
   * executions runs, else DELETING until the last one ends; each running one fails at its next
   * state transition, as AWS documents. Express executions are not waited for (AWS deletes an
   * EXPRESS machine eventually, its running executions go on).
   */
  private void delete(MachineRecord machine) {
    synchronized (backend) {
      if (machine.deleting) {
        return;
      }
      machine.deleting = true;
      List<ExecutionRecord> running = runningExecutions(machine);
      String cause = "State machine " + machine.name + " has been deleted.";
      for (ExecutionRecord record : running) {
        backend.embedded.stateMachineDeleted(record.running(), cause);
      }
      for (ExecutionRecord record : running) {
        record.running().end().whenComplete((done, error) -> removeIfIdle(machine));
      }
      removeIfIdle(machine);
    }
  }

  private List<ExecutionRecord> runningExecutions(MachineRecord machine) {
    return backend.executionsOf(java.util.Set.of(machine.arn)).stream()
        .filter(record -> !record.running().isDone()).toList();
  }

  /** Removes a DELETING machine once none of its executions runs any more. */
  private void removeIfIdle(MachineRecord machine) {
    synchronized (backend) {
      if (backend.machines.get(machine.arn) == machine && runningExecutions(machine).isEmpty()) {
        backend.machines.remove(machine.arn);
        backend.tags.remove(machine.arn);
      }
    }
  }

  ObjectNode publishVersion(JsonNode request) {
    MachineRecord machine = backend.machine(Wire.required(request, "stateMachineArn"));
    machine.checkNotDeleting();
    String revisionId = Wire.optional(request, "revisionId");
    synchronized (backend) {
      if (revisionId != null && !revisionId.equals(machine.current.revisionId())) {
        throw new ApiException("ConflictException", "Failed to publish the State Machine version"
            + " for revision " + revisionId + ". The current State Machine revision is "
            + machine.current.revisionId() + ".");
      }
      String versionArn = publish(machine, Wire.optional(request, "description"));
      ObjectNode response = Wire.object();
      response.put("creationDate", Wire.seconds(
          machine.versions.lastEntry().getValue().dateMillis()));
      response.put("stateMachineVersionArn", versionArn);
      return response;
    }
  }

  ObjectNode listVersions(JsonNode request) {
    MachineRecord machine = backend.machine(Wire.required(request, "stateMachineArn"));
    List<Map.Entry<Integer, MachineRecord.Revision>> versions;
    synchronized (backend) {
      versions = new ArrayList<>(machine.versions.descendingMap().entrySet());
    }
    return Paging.page(request, versions, "stateMachineVersions",
        version -> String.valueOf(version.getKey()), (version, item) -> {
      item.put("stateMachineVersionArn", machine.arn + ":" + version.getKey());
      item.put("creationDate", Wire.seconds(version.getValue().dateMillis()));
    });
  }

  ObjectNode deleteVersion(JsonNode request) {
    String arn = Wire.required(request, "stateMachineVersionArn");
    Backend.Target target = backend.target(arn);
    synchronized (backend) {
      for (MachineRecord.Alias alias : target.machine().aliases.values()) {
        if (alias.routing().containsKey(arn)) {
          throw new ApiException("ConflictException", "Version to be deleted must not be"
              + " referenced by an alias. Current list of aliases referencing this version: ["
              + alias.arn() + "]");
        }
      }
      target.machine().versions.remove(Integer.parseInt(arn.substring(arn.lastIndexOf(':') + 1)));
    }
    return Wire.object();
  }

  /** With {@code publish: true}, a version of the machine as it now is, its ARN answered. */
  private void publishIfAsked(JsonNode request, MachineRecord machine, ObjectNode response) {
    if (Wire.flag(request, "publish")) {
      response.put("stateMachineVersionArn",
          publish(machine, Wire.optional(request, "versionDescription")));
    }
  }

  /** Publishes the current revision, unless the newest version already is it (AWS does the same). */
  private String publish(MachineRecord machine, String description) {
    Map.Entry<Integer, MachineRecord.Revision> latest = machine.versions.lastEntry();
    if (latest != null && latest.getValue().revisionId().equals(machine.current.revisionId())) {
      return machine.arn + ":" + latest.getKey();
    }
    MachineRecord.Revision current = machine.current;
    int number = machine.nextVersion++;
    machine.versions.put(number, new MachineRecord.Revision(current.definition(),
        current.loaded(), current.roleArn(), current.revisionId(), backend.clock.millis(),
        description));
    return machine.arn + ":" + number;
  }

  /** The logging and tracing of {@code machine}, AWS's defaults once it is gone. */
  private static void settings(ObjectNode response, MachineRecord machine) {
    response.set("loggingConfiguration", machine != null ? machine.logging.deepCopy()
        : logging(null));
    response.set("tracingConfiguration", machine != null ? machine.tracing.deepCopy()
        : tracing(null));
  }

  /** {@code loggingConfiguration} as DescribeStateMachine answers it: AWS's defaults filled in. */
  private static ObjectNode logging(JsonNode given) {
    ObjectNode logging = Wire.object();
    logging.put("level", given == null || !given.has("level") ? "OFF"
        : given.get("level").asString());
    logging.put("includeExecutionData", given != null && given.path("includeExecutionData")
        .asBoolean(false));
    if (given != null && given.get("destinations") != null
        && !given.get("destinations").isEmpty()) {
      logging.set("destinations", given.get("destinations").deepCopy());
    }
    return logging;
  }

  /** {@code tracingConfiguration} as DescribeStateMachine answers it (X-Ray off by default). */
  private static ObjectNode tracing(JsonNode given) {
    ObjectNode tracing = Wire.object();
    tracing.put("enabled", given != null && given.path("enabled").asBoolean(false));
    return tracing;
  }

  /**
   * {@code roleArn} when it is an IAM role's ARN ({@code arn:PARTITION:iam::ACCOUNT:role/NAME});
   * AWS refuses any other with InvalidArn.
   */
  private static String role(String roleArn) {
    if (!ROLE.matcher(roleArn).matches()) {
      throw new ApiException("InvalidArn", "Invalid Role Arn: '" + roleArn + "'");
    }
    return roleArn;
  }

  private static String type(String type) {
    if (type == null) {
      return "STANDARD";
    }
    if (!type.equals("STANDARD") && !type.equals("EXPRESS")) {
      throw ApiException.validation("1 validation error detected: Value '" + type
          + "' at 'type' failed to satisfy constraint: Member must satisfy enum value set:"
          + " [STANDARD, EXPRESS]");
    }
    return type;
  }
}
