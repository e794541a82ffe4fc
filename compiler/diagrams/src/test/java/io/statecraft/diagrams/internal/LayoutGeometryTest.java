package io.statecraft.diagrams.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.statecraft.asl.StateMachine;
import io.statecraft.asl.diagnostic.InvalidDefinitionException;
import io.statecraft.compiler.Asl;
import io.statecraft.compiler.SharedFolder;
import io.statecraft.diagrams.internal.Geometry.Box;
import io.statecraft.diagrams.internal.Geometry.Point;
import io.statecraft.diagrams.internal.Geometry.Route;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Lays out every real-world definition of the shared corpus and checks the computed geometry:
 * what a reader would call a broken picture must not happen on any of them.
 */
class LayoutGeometryTest {

  /** How far a line may run along a box's border before it counts as running through it. */
  private static final double TOLERANCE = 0.5;

  @Test
  void everyCorpusDefinitionLaysOutWithoutOverlapsOrEdgesThroughBoxes() throws IOException {
    List<Path> files = corpusFiles();
    List<String> refused = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    int checked = 0;
    for (Path file : files) {
      StateMachine machine;
      try {
        machine = Asl.read(file);
      } catch (InvalidDefinitionException e) {
        refused.add(file.getFileName() + ": " + e.getMessage());
        continue;
      }
      Geometry geometry = Drawing.geometry(machine);
      for (String problem : problems(geometry)) {
        problems.add(file.getFileName() + ": " + problem);
      }
      checked++;
    }
    // The reader refuses what is not ASL as written; those files are listed, not drawn.
    System.out.println("LayoutGeometryTest: laid out " + checked + " definitions; the reader refused "
        + refused.size() + (refused.isEmpty() ? "" : ":\n  " + String.join("\n  ", refused)));
    assertThat(problems).as("layout problems").isEmpty();
    assertThat(checked).isGreaterThan(250);
  }

  /** Everything wrong with one layout, described. */
  static List<String> problems(Geometry geometry) {
    List<String> problems = new ArrayList<>();
    List<Box> boxes = new ArrayList<>(geometry.boxes().values());
    for (Box box : boxes) {
      if (box.parent() != null && !geometry.boxes().get(box.parent()).contains(box)) {
        problems.add(box.id() + " leaves its cluster " + box.parent());
      }
      if (box.x() < 0 || box.y() < 0 || box.right() > geometry.width()
          || box.bottom() > geometry.height()) {
        problems.add(box.id() + " lies outside the drawing");
      }
    }
    for (int i = 0; i < boxes.size(); i++) {
      for (int j = i + 1; j < boxes.size(); j++) {
        Box a = boxes.get(i);
        Box b = boxes.get(j);
        // Siblings must not overlap: two nodes, two clusters, or a node and a cluster of one scope.
        if (Objects.equals(a.parent(), b.parent()) && a.overlaps(b)) {
          problems.add(a.id() + " overlaps " + b.id());
        }
      }
    }
    for (Route route : geometry.routes()) {
      if (route.label() != null) {
        for (Box box : boxes) {
          if (!box.cluster() && route.label().overlaps(box)) {
            problems.add("the label of " + route.edgeId() + " covers " + box.id());
          }
        }
      }
      if (route.points().size() < 2) {
        problems.add(route.edgeId() + " has no route");
        continue;
      }
      for (Box box : boxes) {
        if (box.id().equals(route.from()) || box.id().equals(route.to()) || encloses(geometry, box, route)) {
          continue;
        }
        for (int k = 1; k < route.points().size(); k++) {
          if (crosses(route.points().get(k - 1), route.points().get(k), box)) {
            problems.add(route.edgeId() + " (" + route.from() + " -> " + route.to()
                + ") runs through " + box.id());
            break;
          }
        }
      }
    }
    return problems;
  }

  /** Whether {@code box} is a cluster the edge is drawn inside of (its ends are in it). */
  private static boolean encloses(Geometry geometry, Box box, Route route) {
    return box.cluster() && isWithin(geometry, route.from(), box.id());
  }

  private static boolean isWithin(Geometry geometry, String id, String clusterId) {
    for (String at = geometry.boxes().get(id).parent(); at != null;
        at = geometry.boxes().get(at).parent()) {
      if (at.equals(clusterId)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the segment enters the inside of {@code box} (touching its border is fine). */
  static boolean crosses(Point a, Point b, Box box) {
    double left = box.x() + TOLERANCE;
    double right = box.right() - TOLERANCE;
    double top = box.y() + TOLERANCE;
    double bottom = box.bottom() - TOLERANCE;
    // Orthogonal routing gives axis-parallel segments, but clip generally (Liang-Barsky).
    double t0 = 0;
    double t1 = 1;
    double dx = b.x() - a.x();
    double dy = b.y() - a.y();
    double[] p = {-dx, dx, -dy, dy};
    double[] q = {a.x() - left, right - a.x(), a.y() - top, bottom - a.y()};
    for (int i = 0; i < 4; i++) {
      if (p[i] == 0) {
        if (q[i] < 0) {
          return false;
        }
      } else {
        double t = q[i] / p[i];
        if (p[i] < 0) {
          t0 = Math.max(t0, t);
        } else {
          t1 = Math.min(t1, t);
        }
      }
    }
    return t0 < t1;
  }

  static List<Path> corpusFiles() throws IOException {
    Path folder = SharedFolder.resolve("asl-corpus/real-world");
    List<Path> files = SharedFolder.jsonFiles(folder);
    assumeTrue(!files.isEmpty(), "no definitions under " + folder);
    return files;
  }
}
