package io.statecraft.emulator.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Create/Describe/Update/List/DeleteStateMachineAlias with their routing configuration. */
public final class AliasOperations {

  private final Backend backend;

  AliasOperations(Backend backend) {
    this.backend = backend;
  }

  ObjectNode create(JsonNode request) {
    String name = Wire.required(request, "name");
    // Its pattern (letters, digits, '_', '-', '.', not digits only) is checked by RequestShapes.
    JsonNode routingJson = request.get("routingConfiguration");
    if (routingJson == null || routingJson.isNull()) {
      throw ApiException.missing("routingConfiguration");
    }
    synchronized (backend) {
      Map<String, Integer> routing = routing(routingJson);
      MachineRecord machine = backend.target(routing.keySet().iterator().next()).machine();
      machine.checkNotDeleting();
      String arn = machine.arn + ":" + name;
      MachineRecord.Alias existing = machine.aliases.get(name);
      if (existing != null) {
        throw new ApiException("ConflictException", "Failed to create alias because an alias"
            + " with the same name and a different routing configuration already exists.");
      }
      long now = backend.clock.millis();
      machine.aliases.put(name, new MachineRecord.Alias(name, arn,
          Wire.optional(request, "description"), routing, now, now));
      ObjectNode response = Wire.object();
      response.put("stateMachineAliasArn", arn);
      response.put("creationDate", Wire.seconds(now));
      return response;
    }
  }

  ObjectNode describe(JsonNode request) {
    synchronized (backend) {
      MachineRecord.Alias alias = find(Wire.required(request, "stateMachineAliasArn")).alias();
      ObjectNode response = Wire.object();
      response.put("stateMachineAliasArn", alias.arn());
      response.put("name", alias.name());
      if (alias.description() != null) {
        response.put("description", alias.description());
      }
      ArrayNode routing = response.putArray("routingConfiguration");
      alias.routing().forEach((version, weight) -> {
        ObjectNode item = routing.addObject();
        item.put("stateMachineVersionArn", version);
        item.put("weight", weight);
      });
      response.put("creationDate", Wire.seconds(alias.creationMillis()));
      response.put("updateDate", Wire.seconds(alias.updateMillis()));
      return response;
    }
  }

  ObjectNode update(JsonNode request) {
    String arn = Wire.required(request, "stateMachineAliasArn");
    synchronized (backend) {
      Found found = find(arn);
      found.machine().checkNotDeleting();
      MachineRecord.Alias alias = found.alias();
      JsonNode routingJson = request.get("routingConfiguration");
      String description = Wire.optional(request, "description");
      if ((routingJson == null || routingJson.isNull()) && description == null) {
        throw ApiException.validation("Either the description or the RoutingConfiguration must"
            + " be specified");
      }
      Map<String, Integer> routing = routingJson == null || routingJson.isNull()
          ? alias.routing() : routing(routingJson);
      long now = backend.clock.millis();
      found.machine().aliases.put(alias.name(), new MachineRecord.Alias(alias.name(), arn,
          description == null ? alias.description() : description, routing,
          alias.creationMillis(), now));
      ObjectNode response = Wire.object();
      response.put("updateDate", Wire.seconds(now));
      return response;
    }
  }

  ObjectNode list(JsonNode request) {
    MachineRecord machine = backend.machine(Wire.required(request, "stateMachineArn"));
    machine.checkNotDeleting();
    List<MachineRecord.Alias> aliases;
    synchronized (backend) {
      aliases = new ArrayList<>(machine.aliases.values());
    }
    return Paging.page(request, aliases, "stateMachineAliases", alias -> alias.arn(),
        (alias, item) -> {
      item.put("stateMachineAliasArn", alias.arn());
      item.put("creationDate", Wire.seconds(alias.creationMillis()));
    });
  }

  ObjectNode delete(JsonNode request) {
    String arn = Wire.required(request, "stateMachineAliasArn");
    synchronized (backend) {
      Found found = find(arn);
      found.machine().aliases.remove(found.alias().name());
    }
    return Wire.object();
  }

  /** An alias and the state machine it belongs to. */
  private record Found(MachineRecord machine, MachineRecord.Alias alias) {}

  private Found find(String arn) {
    String[] parts = backend.arns().parts(arn, "stateMachine");
    if (parts != null && parts.length != 2) {
      throw ApiException.invalidArn(arn);
    }
    MachineRecord machine = parts == null ? null
        : backend.machines.get(backend.arns().stateMachine(parts[0]));
    MachineRecord.Alias alias = machine == null ? null : machine.aliases.get(parts[1]);
    if (alias == null) {
      throw new ApiException("ResourceNotFound", "Resource not found: '" + arn + "'");
    }
    return new Found(machine, alias);
  }

  /** One or two versions of one state machine whose weights add up to 100. */
  private Map<String, Integer> routing(JsonNode routing) {
    if (!routing.isArray() || routing.isEmpty() || routing.size() > 2) {
      throw ApiException.validation("1 validation error detected: Value at"
          + " 'routingConfiguration' failed to satisfy constraint: Member must have length less"
          + " than or equal to 2 and greater than or equal to 1");
    }
    Map<String, Integer> map = new LinkedHashMap<>();
    int sum = 0;
    String machineArn = null;
    for (JsonNode entry : routing) {
      String version = Wire.required(entry, "stateMachineVersionArn");
      Backend.Target target = backend.target(version);
      if (target.versionArn() == null || target.aliasArn() != null) {
        throw ApiException.invalidArn("Resource type not valid in this context: " + version);
      }
      if (machineArn != null && !machineArn.equals(target.machine().arn)) {
        throw ApiException.validation("Routing configuration must contain state machine"
            + " version ARNs belonging to the same state machine");
      }
      machineArn = target.machine().arn;
      int weight = entry.path("weight").asInt(-1);
      if (weight < 0 || weight > 100) {
        throw ApiException.validation("1 validation error detected: Value '" + weight
            + "' at 'weight' failed to satisfy constraint: Member must be between 0 and 100");
      }
      if (map.put(version, weight) != null) {
        throw ApiException.validation("Routing configuration must contain distinct state"
            + " machine version ARNs. Received: " + version);
      }
      sum += weight;
    }
    if (sum != 100) {
      throw ApiException.validation("Sum of routing configuration weights must equal 100."
          + " Received: " + sum);
    }
    return map;
  }
}
