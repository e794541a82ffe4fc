package io.statecraft.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

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
  void should_report_every_problem_at_once_when_a_definition_cannot_be_imported() {
    // GIVEN a Wait the DSL cannot write, a state nothing leads to, and a Choice without rules,
    // one of each in a Parallel branch as well
    String asl = """
        {"StartAt": "Launch", "States": {
          "Launch": {"Type": "Wait", "Timestamp": "2026-03-14T01:59:00+02:00", "Next": "Fork"},
          "Fork": {"Type": "Parallel", "End": true, "Branches": [{"StartAt": "Inner", "States": {
            "Inner": {"Type": "Wait", "Timestamp": "2026-03-14T01:59:00.000Z", "End": true},
            "Stray": {"Type": "Pass", "End": true}}}]},
          "Orphan": {"Type": "Pass", "End": true},
          "Route": {"Type": "Choice", "Choices": [], "Default": "Orphan"}}}
        """;

    // WHEN
    ImportException e = catchThrowableOfType(ImportException.class,
        () -> Importer.toJava(Asl.read(asl), "p", "Many"));

    // THEN every state that is not kept is named, once, with its pointer
    assertThat(e.problems()).extracting(p -> p.pointer() + " " + p.code()).containsExactly(
        "/States/Fork/Branches/0/States/Stray STATE_UNREACHABLE",
        "/States/Orphan STATE_UNREACHABLE",
        "/States/Route STATE_UNREACHABLE",
        "/States/Route/Choices SCHEMA_EMPTY",
        "/States/Launch IMPORT_INEXPRESSIBLE",
        "/States/Fork/Branches/0/States/Inner IMPORT_INEXPRESSIBLE");
    assertThat(e.getMessage()).startsWith("6 problems:\n  /States/Fork/Branches/0/States/Stray: ")
        .contains("\n  /States/Launch: Timestamp \"2026-03-14T01:59:00+02:00\" is not written back")
        .contains("\n  /States/Fork/Branches/0/States/Inner: Timestamp \"2026-03-14T01:59:00.000Z\"");
    assertThat(e.pointer()).isEqualTo("/States/Fork/Branches/0/States/Stray");
  }

  @Test
  void should_refuse_a_state_nothing_leads_to_instead_of_dropping_it() {
    String asl = """
        {"StartAt": "A", "States": {"A": {"Type": "Succeed"}, "B": {"Type": "Succeed"}}}
        """;
    assertThatThrownBy(() -> Importer.toJava(Asl.read(asl), "p", "Dropped"))
        .isInstanceOf(ImportException.class)
        .hasMessage("/States/B: state \"B\" cannot be reached: no transition from StartAt \"A\""
            + " leads to it");
  }

  @Test
  void should_refuse_at_the_state_where_choices_nest_past_20000_levels() {
    // GIVEN 20,001 Choice states, each the Default of the one before: deeper than any definition
    // within AWS's 1 MiB size limit can nest (this one is not read from text, so nothing
    // measured its size)
    int count = 20_001;
    StringBuilder states = new StringBuilder();
    for (int i = 0; i < count; i++) {
      states.append("\"C").append(i).append("\": {\"Type\": \"Choice\", \"Default\": \"")
          .append(i + 1 < count ? "C" + (i + 1) : "Done").append("\", \"Choices\": [{")
          .append("\"Variable\": \"$.x\", \"IsPresent\": true, \"Next\": \"Done\"}]},");
    }
    String asl = "{\"StartAt\": \"C0\", \"States\": {" + states
        + "\"Done\": {\"Type\": \"Succeed\"}}}";

    // WHEN
    ImportException e = catchThrowableOfType(ImportException.class,
        () -> Importer.toJava(Asl.read(asl), "p", "Deep"));

    // THEN the state past the limit is named, with the limit and what to do
    assertThat(e.problems()).extracting(p -> p.pointer() + " " + p.code())
        .containsExactly("/States/C20000 IMPORT_INEXPRESSIBLE");
    assertThat(e.getMessage()).isEqualTo("/States/C20000: State 'C20000' would be written 20000"
        + " expressions deep, inside the states that lead to it by Choice rules, catchers or"
        + " branches; import writes at most 20000 levels, more than a definition within AWS's"
        + " 1 MiB size limit can nest: make the chain shorter, e.g. by moving part of it into a"
        + " state machine of its own, started by a states:startExecution Task");
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
