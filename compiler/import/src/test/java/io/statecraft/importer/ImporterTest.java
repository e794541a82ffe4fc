package io.statecraft.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.statecraft.compiler.Asl;
import org.junit.jupiter.api.Test;

class ImporterTest {

  private static final String POLLING = """
      {"StartAt": "Start job", "States": {
        "Start job": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
          "Parameters": {"FunctionName": "${StartFunction}", "Payload.$": "$"}, "Next": "Done?"},
        "Done?": {"Type": "Choice",
          "Choices": [{"Variable": "$.status", "StringEquals": "DONE", "Next": "Finished"}],
          "Default": "Pause"},
        "Pause": {"Type": "Wait", "Seconds": 30, "Next": "Done?"},
        "Finished": {"Type": "Succeed"}}}
      """;

  @Test
  void closesALoopBackToAChoiceWithGraph() {
    String source = Importer.toJava(Asl.read(POLLING), "com.acme", "Polling");

    assertThat(source).isEqualTo("""
        package com.acme;

        import static io.statecraft.dsl.Steps.*;

        import io.statecraft.asl.StateMachine;
        import io.statecraft.dsl.Workflow;
        import java.time.Duration;

        /**
         * Imported from ASL by {@code statecraft import}.
         */
        public final class Polling implements Workflow {
          @Override
          public StateMachine define() {
            var pause = waitFor("Pause", Duration.ofSeconds(30));
            var done = choice("Done?")
                .when(path("$.status").eq("DONE"),
                    succeed("Finished"))
                .otherwise(pause);
            var fromStartJob = task("Start job", lambdaInvoke("${StartFunction}")
                .payload(path("$")))
                .next(done);
            return stateMachine()
                .startWith(graph(fromStartJob,
                    pause.next(done)))
                .build();
          }
        }
        """);
  }

  @Test
  void namesAStateBeforeItExistsWhenTwoStatesCatchIntoEachOther() {
    String asl = """
        {"StartAt": "Lock", "States": {
          "Lock": {"Type": "Task", "Resource": "arn:aws:states:::aws-sdk:dynamodb:putItem",
            "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Init"}], "End": true},
          "Init": {"Type": "Task", "Resource": "arn:aws:states:::aws-sdk:dynamodb:putItem",
            "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Lock"}], "End": true}}}
        """;

    String source = Importer.toJava(Asl.read(asl), "p", "Locks");

    assertThat(source).isEqualTo("""
        package p;

        import static io.statecraft.dsl.Steps.*;

        import io.statecraft.asl.StateMachine;
        import io.statecraft.dsl.Workflow;

        /**
         * Imported from ASL by {@code statecraft import}.
         */
        public final class Locks implements Workflow {
          @Override
          public StateMachine define() {
            var lockLater = forward();
            var lock = lockLater.bind(task("Lock", awsSdk("dynamodb", "putItem"))
                .catchAll(task("Init", awsSdk("dynamodb", "putItem"))
                    .catchAll(lockLater)));
            return stateMachine()
                .startWith(lock)
                .build();
          }
        }
        """);
  }

  @Test
  void waitsUntilATimestampAndRefusesOneThatWouldBeRewritten() {
    String exact = """
        {"StartAt": "Launch", "States": {
          "Launch": {"Type": "Wait", "Timestamp": "2026-03-14T01:59:00Z", "End": true}}}
        """;
    assertThat(Importer.toJava(Asl.read(exact), "p", "Launch"))
        .contains("waitUntil(\"Launch\", Instant.parse(\"2026-03-14T01:59:00Z\"))");

    String offset = exact.replace("01:59:00Z", "01:59:00+02:00");
    assertThatThrownBy(() -> Importer.toJava(Asl.read(offset), "p", "Launch"))
        .isInstanceOf(ImportException.class)
        .hasMessage("/States/Launch: Timestamp \"2026-03-14T01:59:00+02:00\" is not written back"
            + " as it is by waitUntil(Instant), which writes 2026-03-13T23:59:00Z");
  }

  @Test
  void namesClassesAfterDefinitionFiles() {
    assertThat(Importer.className("order-fulfillment.asl.json")).isEqualTo("OrderFulfillment");
    assertThat(Importer.className("flows/ship_order.json")).isEqualTo("ShipOrder");
    assertThat(Importer.className("2024-report.asl.json")).isEqualTo("Workflow2024Report");
  }

  @Test
  void refusesAClassNameThatIsNotAJavaIdentifier() {
    assertThatThrownBy(() -> Importer.toJava(Asl.read(POLLING), "com.acme", "new"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("className must be a Java identifier, was new");
    assertThatThrownBy(() -> Importer.toJava(Asl.read(POLLING), "com..acme", "Polling"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("packageName must be a Java package name, was com..acme");
  }
}
