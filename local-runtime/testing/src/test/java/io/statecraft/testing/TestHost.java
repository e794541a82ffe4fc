package io.statecraft.testing;

import io.statecraft.local.LocalStepFunctions;
import io.statecraft.local.RunningExecution;
import io.statecraft.local.spi.EmbeddedRuntime;
import io.statecraft.local.spi.RuntimeHost;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;

/** A host for tests of what only an embedder (the emulator) sets: each part replaceable. */
final class TestHost implements RuntimeHost {

  /** Starts child executions, as a host would. */
  @FunctionalInterface
  interface Children {
    RunningExecution start(String stateMachineArn, String name, JsonNode input);
  }

  private Children children = (arn, name, input) -> {
    throw new IllegalStateException("this test starts no children: " + arn);
  };
  private Predicate<String> activities = arn -> true;
  private boolean unansweredCallbacksSent;

  static TestHost host() {
    return new TestHost();
  }

  TestHost children(Children children) {
    this.children = children;
    return this;
  }

  TestHost activities(Predicate<String> activities) {
    this.activities = activities;
    return this;
  }

  TestHost sendingUnansweredCallbacks() {
    this.unansweredCallbacksSent = true;
    return this;
  }

  EmbeddedRuntime embed(LocalStepFunctions.Builder builder) {
    return EmbeddedRuntime.build(builder, this);
  }

  @Override
  public RunningExecution startChild(String stateMachineArn, String name, JsonNode input) {
    return children.start(stateMachineArn, name, input);
  }

  @Override
  public boolean activityExists(String activityArn) {
    return activities.test(activityArn);
  }

  @Override
  public boolean unansweredCallbacksSent() {
    return unansweredCallbacksSent;
  }
}
