package io.statecraft.shapes.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bundled service models, each read from the class path the first time it is asked for, so a
 * test that mocks only DynamoDB never parses Glue's 120 KB.
 */
public final class Catalog {

  /** Where the generator writes the documents, one {@code <service>.json} each. */
  static final String FOLDER = "io/statecraft/shapes/";

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private final ClassLoader loader;
  private final Map<String, Optional<ServiceModel>> models = new ConcurrentHashMap<>();

  public Catalog(ClassLoader loader) {
    this.loader = loader;
  }

  /** The model of {@code service} (Step Functions' aws-sdk name: s3, dynamodb, sfn, ...). */
  public Optional<ServiceModel> service(String service) {
    if (!service.matches("[a-z0-9]+")) {
      return Optional.empty();
    }
    return models.computeIfAbsent(service, this::read);
  }

  private Optional<ServiceModel> read(String service) {
    try (InputStream in = loader.getResourceAsStream(FOLDER + service + ".json")) {
      return in == null ? Optional.empty()
          : Optional.of(ServiceModel.parse(MAPPER.readTree(in)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled shapes of " + service, e);
    }
  }
}
