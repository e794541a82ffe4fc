package io.statecraft.shapes.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.statecraft.shapes.generator.ShapesGenerator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BundledModelsTest {

  private final Catalog catalog = new Catalog(BundledModelsTest.class.getClassLoader());

  @Test
  void should_resolve_every_name_when_a_bundled_model_refers_to_it() {
    // GIVEN
    List<String> dangling = new ArrayList<>();
    // WHEN
    for (String service : ShapesGenerator.SERVICES) {
      ServiceModel model = catalog.service(service).orElseThrow();
      for (Structure structure : model.structures()) {
        structure.members().forEach((member, type) -> names(type.type()).stream()
            .filter(name -> model.structure(name).isEmpty() && model.enumValues(name).isEmpty())
            .forEach(name -> dangling.add(service + " " + structure.name() + "." + member
                + " -> " + name)));
      }
    }
    // THEN
    assertThat(dangling).isEmpty();
  }

  @Test
  void should_find_a_shape_when_the_resource_is_an_optimized_integration() {
    // GIVEN
    Integrations integrations = new Integrations(catalog);
    // WHEN
    List<String> unresolved = Integrations.optimizedResources().stream()
        .filter(resource -> integrations.resolve("arn:aws:states:::" + resource).isEmpty())
        .toList();
    // THEN
    assertThat(unresolved).isEmpty();
  }

  private static List<String> names(ShapeType type) {
    if (type instanceof ShapeType.Named named) {
      return List.of(named.name());
    }
    if (type instanceof ShapeType.ListOf list) {
      return names(list.element());
    }
    return type instanceof ShapeType.MapOf map ? names(map.value()) : List.of();
  }
}
