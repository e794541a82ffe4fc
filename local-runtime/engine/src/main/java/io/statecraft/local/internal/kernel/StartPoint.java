package io.statecraft.local.internal.kernel;

import io.statecraft.local.internal.expr.Variables;
import tools.jackson.databind.JsonNode;

/**
 * Where a run that tests one state starts, attached as a run service: the state, the variables it
 * sees, and the context object it is given ({@code $$}; null: the run's own).
 */
public record StartPoint(Step step, Variables variables, JsonNode context) {}
