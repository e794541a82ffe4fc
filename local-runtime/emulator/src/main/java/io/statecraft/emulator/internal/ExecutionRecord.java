package io.statecraft.emulator.internal;

import io.statecraft.local.RunningExecution;

/**
 * An execution the API shows: which ARN it was started with (the machine, a version or an alias),
 * what ran, and the running execution itself. A child execution of a Map Run has the Map Run's
 * ARN, its own state machine's ARN ({@code MACHINE/LABEL}) and no revision; others have no
 * {@code mapRunArn}. {@code traceHeader} is StartExecution's X-Ray trace header, or null.
 */
public record ExecutionRecord(String arn, String stateMachineArn, String machineArn,
    String versionArn, String aliasArn, String inputText, RunningExecution running,
    MachineRecord.Revision revision, String type, String mapRunArn, String traceHeader) {

  /**
   * This execution once redriven: the API shows {@code redriven} (same ARN, history continued)
   * from then on.
   */
  ExecutionRecord withRunning(RunningExecution redriven) {
    return new ExecutionRecord(arn, stateMachineArn, machineArn, versionArn, aliasArn, inputText,
        redriven, revision, type, mapRunArn, traceHeader);
  }
}
