package io.statecraft.emulator.internal;

import io.statecraft.local.RunningExecution;

/**
 * An execution started through the API: which ARN it was started with (the machine, a version or
 * an alias), what ran, and the running execution itself.
 */
public record ExecutionRecord(String arn, String stateMachineArn, String machineArn,
    String versionArn, String aliasArn, String inputText, RunningExecution running,
    MachineRecord.Revision revision, String type) {}
