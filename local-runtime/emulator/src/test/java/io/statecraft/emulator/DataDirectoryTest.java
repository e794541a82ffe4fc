package io.statecraft.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.LogLevel;
import software.amazon.awssdk.services.sfn.model.Tag;

/**
 * An emulator started with a data directory keeps what it holds: one started later on the same
 * directory answers every read as the first did, over the AWS SDK.
 */
@Timeout(60)
class DataDirectoryTest {

  static final String ROLE = "arn:aws:iam::123456789012:role/local";
  static final String OTHER_ROLE = "arn:aws:iam::123456789012:role/other";
  static final String LOG_GROUP =
      "arn:aws:logs:us-east-1:123456789012:log-group:/aws/states/orders:*";
  static final String PASS = """
      {"StartAt":"Greet","States":{"Greet":{"Type":"Pass","Parameters":{"greeting.$":"States.Format('hello {}', $.name)"},"End":true}}}""";
  static final String PASS_V2 = """
      {"StartAt":"Greet","States":{"Greet":{"Type":"Pass","Assign":{"seen.$":"$.v","n":1},"Result":{"v":2},"End":true}}}""";
  static final String FAIL = """
      {"StartAt":"Check","States":{"Check":{"Type":"Choice","Choices":[{"Variable":"$.ok","BooleanEquals":true,"Next":"Done"}],"Default":"Boom"},"Done":{"Type":"Succeed"},"Boom":{"Type":"Fail","Error":"Order.Invalid","Cause":"not ok"}}}""";
  static final String MAP = """
      {"StartAt":"Each","States":{"Each":{"Type":"Map","ItemsPath":"$.items","ItemProcessor":{"StartAt":"Double","States":{"Double":{"Type":"Pass","Parameters":{"d.$":"States.MathAdd($, $)"},"End":true}}},"End":true}}}""";
  static final String WAIT = """
      {"StartAt":"Sleep","States":{"Sleep":{"Type":"Wait","Seconds":3600,"End":true}}}""";

  @TempDir
  Path dir;

  @Test
  void answersEveryReadAfterARestartAsBefore() {
    List<Object> before;
    List<String> machines = new ArrayList<>();
    List<String> executions = new ArrayList<>();
    String activity;
    try (StepFunctionsEmulator emulator = StepFunctionsEmulator.builder().dataDir(dir).start();
        SfnClient sfn = SfnClients.of(emulator.endpoint())) {
      assertThat(emulator.dataDirectory()).contains(dir.toAbsolutePath().normalize());
      String orders = sfn.createStateMachine(b -> b.name("orders").definition(PASS).roleArn(ROLE)
          .loggingConfiguration(l -> l.level(LogLevel.ERROR).includeExecutionData(true)
              .destinations(d -> d.cloudWatchLogsLogGroup(g -> g.logGroupArn(LOG_GROUP))))
          .tracingConfiguration(t -> t.enabled(true))
          .tags(Tag.builder().key("team").value("payments").build())
          .publish(true).versionDescription("first")).stateMachineArn();
      sfn.updateStateMachine(b -> b.stateMachineArn(orders).definition(PASS_V2)
          .roleArn(OTHER_ROLE));
      String v2 = sfn.publishStateMachineVersion(b -> b.stateMachineArn(orders)
          .description("second")).stateMachineVersionArn();
      String live = sfn.createStateMachineAlias(b -> b.name("live").description("most traffic")
          .routingConfiguration(r -> r.stateMachineVersionArn(orders + ":1").weight(90),
              r -> r.stateMachineVersionArn(v2).weight(10))).stateMachineAliasArn();
      sfn.createStateMachineAlias(b -> b.name("gone")
          .routingConfiguration(r -> r.stateMachineVersionArn(v2).weight(100)));
      sfn.deleteStateMachineAlias(b -> b.stateMachineAliasArn(orders + ":gone"));
      sfn.untagResource(b -> b.resourceArn(orders).tagKeys("none"));
      String checks = sfn.createStateMachine(b -> b.name("checks").definition(FAIL)
          .roleArn(ROLE)).stateMachineArn();
      String map = sfn.createStateMachine(b -> b.name("doubles").definition(MAP)
          .roleArn(ROLE)).stateMachineArn();
      String sleeper = sfn.createStateMachine(b -> b.name("sleeper").definition(WAIT)
          .roleArn(ROLE)).stateMachineArn();
      String deleted = sfn.createStateMachine(b -> b.name("deleted").definition(PASS)
          .roleArn(ROLE)).stateMachineArn();
      activity = sfn.createActivity(b -> b.name("approve")
          .tags(Tag.builder().key("kind").value("human").build())).activityArn();
      sfn.createActivity(b -> b.name("dropped"));
      sfn.deleteActivity(b -> b.activityArn(activity.replace("approve", "dropped")));
      machines.addAll(List.of(orders, orders + ":1", v2, checks, map, sleeper));

      executions.add(start(sfn, orders, "current", "{\"name\":\"Ada\"}"));
      executions.add(start(sfn, orders + ":1", "by-version", "{\"name\":\"Bob\"}"));
      executions.add(start(sfn, live, "by-alias", "{\"name\":\"Cy\"}"));
      executions.add(sfn.startExecution(b -> b.stateMachineArn(orders).name("traced")
          .input("{\"name\":\"Di\"}").traceHeader("Root=1-5759e988-bd862e3fe1be46a994272793"))
          .executionArn());
      executions.add(start(sfn, checks, "failed", "{\"ok\":false}"));
      executions.add(start(sfn, checks, "succeeded", "{\"ok\":true}"));
      executions.add(start(sfn, map, "mapped", "{\"items\":[1,2,3]}"));
      String stopped = start(sfn, sleeper, "stopped", "{}");
      executions.add(stopped);
      executions.add(start(sfn, deleted, "of-a-deleted-machine", "{\"name\":\"Ed\"}"));
      for (String execution : executions) {
        if (!execution.equals(stopped)) {
          assertThat(SfnClients.awaitEnd(sfn, execution).status())
              .isNotEqualTo(ExecutionStatus.RUNNING);
        }
      }
      sfn.stopExecution(b -> b.executionArn(stopped).error("Operator.Stop").cause("by hand"));
      sfn.deleteStateMachine(b -> b.stateMachineArn(deleted));
      String redriven = start(sfn, checks, "redriven", "{\"ok\":false}");
      SfnClients.awaitEnd(sfn, redriven);
      sfn.redriveExecution(b -> b.executionArn(redriven));
      await(() -> SfnClients.awaitEnd(sfn, redriven).redriveCount() == 1
          && SfnClients.awaitEnd(sfn, redriven).status() != ExecutionStatus.RUNNING);
      executions.add(redriven);
      before = reads(sfn, machines, executions, activity);
    }
    try (StepFunctionsEmulator emulator = StepFunctionsEmulator.builder().dataDir(dir).start();
        SfnClient sfn = SfnClients.of(emulator.endpoint())) {
      List<Object> after = reads(sfn, machines, executions, activity);
      for (int i = 0; i < before.size(); i++) {
        assertThat(fields(after.get(i))).as("read %d", i).isEqualTo(fields(before.get(i)));
      }
      assertThat(after).hasSameSizeAs(before);
      // What was deleted stays deleted; what was there works as before.
      assertThat(sfn.listActivities(b -> { }).activities()).hasSize(1);
      String again = start(sfn, machines.get(0), "after-restart", "{\"name\":\"Flo\"}");
      assertThat(SfnClients.awaitEnd(sfn, again).output()).isEqualTo("{\"v\":2}");
    }
  }

  @Test
  void refusesAFileGivenAsItsDataDirectory() throws Exception {
    Path file = java.nio.file.Files.writeString(dir.resolve("not-a-dir"), "x");
    assertThatThrownBy(() -> StepFunctionsEmulator.builder().dataDir(file).start())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("data directory " + file + " is a file, not a directory: give a directory"
            + " (it is created when missing)");
  }

  @Test
  void refusesADataDirectoryAnotherEmulatorServes() {
    try (StepFunctionsEmulator first = StepFunctionsEmulator.builder().dataDir(dir).start()) {
      assertThatThrownBy(() -> StepFunctionsEmulator.builder().dataDir(dir).start())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("data directory " + dir + " is in use by another running emulator (its"
              + " statecraft.mv.db is locked): stop that emulator, or give another directory");
    }
    // Once the first is closed, the directory is free again.
    StepFunctionsEmulator.builder().dataDir(dir).start().close();
  }

  @Test
  void refusesADataDirectoryOfANewerFormat() {
    try (org.h2.mvstore.MVStore store = org.h2.mvstore.MVStore.open(
        dir.resolve("statecraft.mv.db").toString())) {
      store.<String, String>openMap("meta").put("format", "{\"version\":99}");
      store.commit();
    }
    assertThatThrownBy(() -> StepFunctionsEmulator.builder().dataDir(dir).start())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("data directory " + dir + " was written by a newer version of Statecraft"
            + " (data format 99; this version reads format 1): serve it with that newer"
            + " version, or give another directory");
  }

  private static String start(SfnClient sfn, String machine, String name, String input) {
    return sfn.startExecution(b -> b.stateMachineArn(machine).name(name).input(input))
        .executionArn();
  }

  private static void await(java.util.function.BooleanSupplier condition) {
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("waited 10 s").isLessThan(deadline);
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        throw new AssertionError(e);
      }
    }
  }

  /** Every read of the API about what the test made, in a fixed order. */
  private static List<Object> reads(SfnClient sfn, List<String> machines,
      List<String> executions, String activity) {
    List<Object> reads = new ArrayList<>();
    reads.add(sfn.listStateMachines(b -> { }).stateMachines());
    for (String machine : machines) {
      reads.add(sfn.describeStateMachine(b -> b.stateMachineArn(machine)));
    }
    String orders = machines.get(0);
    reads.add(sfn.listStateMachineVersions(b -> b.stateMachineArn(orders))
        .stateMachineVersions());
    reads.add(sfn.listStateMachineAliases(b -> b.stateMachineArn(orders))
        .stateMachineAliases());
    reads.add(sfn.describeStateMachineAlias(b -> b.stateMachineAliasArn(orders + ":live")));
    reads.add(sfn.listTagsForResource(b -> b.resourceArn(orders)).tags());
    reads.add(sfn.listTagsForResource(b -> b.resourceArn(activity)).tags());
    reads.add(sfn.describeActivity(b -> b.activityArn(activity)));
    reads.add(sfn.listActivities(b -> { }).activities());
    for (String machine : machines.subList(3, machines.size())) {
      reads.add(sfn.listExecutions(b -> b.stateMachineArn(machine)).executions());
    }
    reads.add(sfn.listExecutions(b -> b.stateMachineArn(orders + ":live")).executions());
    for (String execution : executions) {
      DescribeExecutionResponse described = sfn.describeExecution(b -> b
          .executionArn(execution));
      reads.add(described);
      reads.add(sfn.describeStateMachineForExecution(b -> b.executionArn(execution)));
      List<HistoryEvent> events = sfn.getExecutionHistory(b -> b.executionArn(execution)
          .maxResults(1000)).events();
      assertThat(events).isNotEmpty();
      reads.add(events);
      reads.add(sfn.getExecutionHistory(b -> b.executionArn(execution).reverseOrder(true)
          .includeExecutionData(false).maxResults(1000)).events());
    }
    return reads;
  }

  /** A response's fields by name: its toString hides some (definitions, variables). */
  private static Object fields(Object read) {
    if (read instanceof software.amazon.awssdk.core.SdkPojo pojo) {
      java.util.Map<String, Object> fields = new java.util.LinkedHashMap<>();
      pojo.sdkFields().forEach(field -> fields.put(field.memberName(),
          field.getValueOrDefault(pojo)));
      return fields;
    }
    return read;
  }
}
