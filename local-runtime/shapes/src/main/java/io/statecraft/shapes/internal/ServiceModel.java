package io.statecraft.shapes.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * One service's output shapes as bundled: each operation's result structure, the structures they
 * reach and the enums' values. Immutable once parsed.
 */
public final class ServiceModel {

  private final String service;
  private final Map<String, String> operationsByLowerName;
  private final Map<String, Structure> structures;
  private final Map<String, Set<String>> enums;

  private ServiceModel(String service, Map<String, String> operationsByLowerName,
      Map<String, Structure> structures, Map<String, Set<String>> enums) {
    this.service = service;
    this.operationsByLowerName = Map.copyOf(operationsByLowerName);
    this.structures = Map.copyOf(structures);
    this.enums = Map.copyOf(enums);
  }

  /** Parses a bundled document (see the generator's {@code BundledShapes}). */
  public static ServiceModel parse(JsonNode document) {
    Map<String, String> operations = new HashMap<>();
    document.required("operations").properties().forEach(operation -> operations.put(
        operation.getKey().toLowerCase(Locale.ROOT), operation.getValue().asString()));
    Map<String, Structure> structures = new HashMap<>();
    document.required("structures").properties().forEach(structure -> {
      Map<String, Structure.Member> members = new LinkedHashMap<>();
      structure.getValue().properties().forEach(member -> members.put(member.getKey(),
          Structure.Member.parse(member.getValue().asString())));
      structures.put(structure.getKey(), new Structure(structure.getKey(), members));
    });
    Map<String, Set<String>> enums = new HashMap<>();
    document.required("enums").properties().forEach(values -> enums.put(values.getKey(),
        Set.copyOf(values.getValue().valueStream().map(JsonNode::asString).toList())));
    return new ServiceModel(document.required("service").asString(), operations, structures,
        enums);
  }

  public String service() {
    return service;
  }

  /**
   * The result structure of an operation named as in a Task resource: {@code getObject} and
   * {@code GetObject} both find S3's GetObject.
   */
  public Optional<Structure> operationResult(String action) {
    String structure = operationsByLowerName.get(action.toLowerCase(Locale.ROOT));
    return structure == null ? Optional.empty() : structure(structure);
  }

  public Optional<Structure> structure(String name) {
    return Optional.ofNullable(structures.get(name));
  }

  /** The known values of an enum, or empty when {@code name} is no enum of this service. */
  public Optional<Set<String>> enumValues(String name) {
    return Optional.ofNullable(enums.get(name));
  }

  /** Every structure, for checks that the bundle is whole. */
  java.util.Collection<Structure> structures() {
    return structures.values();
  }

  /** This model with {@code extra} structures (Step Functions' SdkHttpMetadata, ...). */
  public ServiceModel with(Map<String, Structure> extra) {
    Map<String, Structure> merged = new HashMap<>(structures);
    merged.putAll(extra);
    return new ServiceModel(service, operationsByLowerName, merged, enums);
  }
}
