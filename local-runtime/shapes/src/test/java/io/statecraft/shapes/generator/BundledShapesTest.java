package io.statecraft.shapes.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The committed shapes are what the AWS SDK on the test class path says. When the root pom's
 * {@code awssdk.version} moves, this fails until the resources are regenerated with
 * {@code -Dshapes.regenerate=true} (see {@link ShapesGenerator}).
 */
class BundledShapesTest {

  private static final Path FOLDER = Path.of("src/main/resources", BundledShapes.FOLDER);

  @Test
  void should_match_the_sdk_models_when_the_committed_shapes_are_read() throws IOException {
    // GIVEN every service's document as the SDK models give it today (in parallel: loading the
    // model classes is most of the time)
    Map<String, String> generated = new ConcurrentHashMap<>();
    ShapesGenerator.SERVICES.parallelStream()
        .forEach(service -> generated.put(service, ShapesGenerator.generate(service)));
    if (Boolean.getBoolean("shapes.regenerate")) {
      write(generated);
    }
    // WHEN
    Map<String, String> committed = new ConcurrentHashMap<>();
    try (Stream<Path> files = Files.list(FOLDER)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        committed.put(file.getFileName().toString().replaceFirst("\\.json$", ""),
            Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    // THEN
    assertThat(committed.keySet())
        .as("bundled services; regenerate with -Dshapes.regenerate=true")
        .containsExactlyInAnyOrderElementsOf(generated.keySet());
    generated.forEach((service, document) -> assertThat(committed.get(service))
        .as(service + ".json is stale; regenerate with -Dshapes.regenerate=true")
        .isEqualTo(document));
  }

  private static void write(Map<String, String> generated) throws IOException {
    Files.createDirectories(FOLDER);
    try (Stream<Path> files = Files.list(FOLDER)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Files.delete(file);
      }
    }
    for (Map.Entry<String, String> document : generated.entrySet()) {
      Files.writeString(FOLDER.resolve(document.getKey() + ".json"), document.getValue(),
          StandardCharsets.UTF_8);
    }
  }
}
