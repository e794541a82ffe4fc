package io.statecraft.diagrams.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.statecraft.diagrams.internal.Geometry.Box;
import io.statecraft.diagrams.internal.Geometry.Point;
import io.statecraft.diagrams.internal.Geometry.Route;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The corpus layout test is only as good as its checks: each must catch what it looks for. */
class GeometryChecksTest {

  @Test
  void findsOverlappingBoxesABoxOutsideItsClusterAndAnEdgeThroughABox() {
    Map<String, Box> boxes = new LinkedHashMap<>();
    boxes.put("map", new Box("map", 10, 10, 100, 100, null, true));
    boxes.put("inner", new Box("inner", 90, 20, 40, 20, "map", false));
    boxes.put("a", new Box("a", 200, 10, 50, 30, null, false));
    boxes.put("b", new Box("b", 220, 30, 50, 30, null, false));
    boxes.put("c", new Box("c", 200, 200, 50, 30, null, false));
    Route throughB = new Route("e1", "c", "a",
        List.of(new Point(240, 200), new Point(240, 40)), null);
    Geometry geometry = new Geometry(400, 400, boxes, List.of(throughB));

    assertThat(LayoutGeometryTest.problems(geometry)).containsExactlyInAnyOrder(
        "inner leaves its cluster map",
        "a overlaps b",
        "e1 (c -> a) runs through b");
  }

  @Test
  void acceptsEdgesThatOnlyTouchABoxBorder() {
    Box box = new Box("n", 0, 0, 10, 10, null, false);
    assertThat(LayoutGeometryTest.crosses(new Point(10, -5), new Point(10, 15), box)).isFalse();
    assertThat(LayoutGeometryTest.crosses(new Point(5, -5), new Point(5, 15), box)).isTrue();
  }
}
