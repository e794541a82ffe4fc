package io.statecraft.local.internal.items;

/** One child execution's result. */
public record ChildResult(String executionArn, String name, String stateMachineArn, String status,
    tools.jackson.databind.JsonNode input, tools.jackson.databind.JsonNode output, String error,
    String cause, long startMillis, long stopMillis, int redriveCount) {}
