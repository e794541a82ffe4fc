package io.statecraft.emulator.internal;

import java.util.regex.Pattern;

/**
 * ARNs as AWS forms them: {@code arn:aws:states:REGION:ACCOUNT:stateMachine:NAME}, with
 * {@code :VERSION} or {@code :ALIAS} after a state machine's name, {@code execution:NAME:EXEC} and
 * {@code activity:NAME} (the runtime names Express executions {@code express:NAME:EXEC:ID}).
 */
public record Arns(String region, String account) {

  /** AWS's rule for state machine, execution, alias and activity names. */
  private static final Pattern NAME = Pattern.compile("[^\\s<>{}\\[\\]?*\"#%\\\\^|~`$&,;:/\\x00-\\x1f\\x7f-\\x9f]{1,80}");

  String prefix() {
    return "arn:aws:states:" + region + ":" + account + ":";
  }

  String stateMachine(String name) {
    return prefix() + "stateMachine:" + name;
  }

  String activity(String name) {
    return prefix() + "activity:" + name;
  }

  String execution(String machine, String execution) {
    return prefix() + "execution:" + machine + ":" + execution;
  }

  static void checkName(String name) {
    if (!NAME.matcher(name).matches()) {
      throw ApiException.invalidName(name);
    }
  }

  /** The parts after {@code arn:aws:states:REGION:ACCOUNT:} of an ARN of resource type {@code type}. */
  String[] parts(String arn, String type) {
    if (!arn.startsWith("arn:")) {
      throw ApiException.invalidArn("Invalid ARN prefix: " + arn);
    }
    String[] fields = arn.split(":", -1);
    if (fields.length < 7 || !fields[2].equals("states")) {
      throw ApiException.invalidArn(arn);
    }
    if (!fields[5].equals(type)) {
      throw ApiException.invalidArn("Resource type not valid in this context: " + fields[5]);
    }
    if (!fields[3].equals(region) || !fields[4].equals(account)) {
      // Another account's or region's resource cannot exist here.
      return null;
    }
    String[] rest = new String[fields.length - 6];
    System.arraycopy(fields, 6, rest, 0, rest.length);
    for (String part : rest) {
      if (part.isEmpty()) {
        throw ApiException.invalidArn(arn);
      }
    }
    return rest;
  }
}
