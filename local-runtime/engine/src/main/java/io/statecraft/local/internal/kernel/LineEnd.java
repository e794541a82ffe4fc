package io.statecraft.local.internal.kernel;

import io.statecraft.local.internal.expr.StatesError;
import tools.jackson.databind.JsonNode;

/** Who hears how a line of execution ended: its fan-out, or for the top line its run. */
public interface LineEnd {

  /** The line's last state ended its scope with {@code output}. */
  void succeeded(Line line, JsonNode output);

  /** An error left the line's scope uncaught. */
  void failed(Line line, StatesError error);

  /** The line stopped because a sibling failed (or its enclosing line stopped). */
  void aborted(Line line);
}
