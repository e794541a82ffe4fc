package io.statecraft.emulator.internal;

import java.util.List;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the web console reads: the API's own answers, asked in any region. The console calls the
 * read operations (ListStateMachines, DescribeExecution, GetExecutionHistory...) instead of
 * reading the backend's maps, so it shows exactly what an SDK client would see.
 */
public final class ConsoleSource {

  private final Backend backend;
  private final Operations operations;

  public ConsoleSource(Backend backend, Operations operations) {
    this.backend = backend;
    this.operations = operations;
  }

  /**
   * The regions that hold a state machine, and the default region, sorted: a browser's request
   * carries no signature, so the console looks in each of them.
   */
  public List<String> regions() {
    TreeSet<String> regions = new TreeSet<>();
    regions.add(backend.defaultRegion);
    for (String arn : backend.machines.keySet()) {
      String region = Backend.regionOf(arn);
      if (region != null) {
        regions.add(region);
      }
    }
    return List.copyOf(regions);
  }

  /**
   * The answer to {@code operation} asked in {@code region} (the ARN's region for an ARN).
   *
   * @throws ApiException with AWS's code and message when the API refuses the request
   */
  public ObjectNode call(String region, String operation, JsonNode request) {
    return backend.inRegion(region, () -> operations.call(operation, request));
  }

  /** The region field of {@code arn}, or null when it has none. */
  public static String regionOf(String arn) {
    return Backend.regionOf(arn);
  }
}
