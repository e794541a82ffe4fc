package io.statecraft.dsl;

import static io.statecraft.dsl.Steps.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.statecraft.asl.diagnostic.Diagnostic;
import io.statecraft.asl.diagnostic.InvalidDefinitionException;
import io.statecraft.asl.diagnostic.SourceLocation;
import io.statecraft.dsl.flow.Flow;
import io.statecraft.dsl.flow.Forward;
import io.statecraft.dsl.flow.OpenFlow;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BuildDiagnosticsTest {

  private static final String FILE = "BuildDiagnosticsTest.java";

  private static List<Diagnostic> problems(StateMachineBuilder builder) {
    return catchThrowableOfType(InvalidDefinitionException.class, builder::build).diagnostics();
  }

  @Test
  void reportsADuplicateNameAtTheSecondDeclaration() {
    OpenFlow first = pass("Same"); int firstLine = Lines.here();
    OpenFlow second = pass("Same"); int secondLine = Lines.here();

    List<Diagnostic> problems = problems(stateMachine().startWith(first.next(second)));

    assertThat(problems).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo("DSL_DUPLICATE_STATE_NAME");
      assertThat(d.pointer()).isEqualTo("/States/Same");
      assertThat(d.source()).isEqualTo(new SourceLocation(FILE, secondLine));
      assertThat(d.message()).isEqualTo("State name 'Same' is already used by the state at"
          + " /States/Same (declared at " + FILE + ":" + firstLine + ")");
    });
  }

  @Test
  void reportsDuplicateNamesAcrossNestedScopes() {
    OpenFlow inner = pass("Step");
    List<Diagnostic> problems = problems(stateMachine()
        .startWith(pass("Step").next(map("Each", inner))));

    assertThat(problems).extracting(Diagnostic::code, Diagnostic::pointer)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(
            "DSL_DUPLICATE_STATE_NAME", "/States/Each/ItemProcessor/States/Step"));
  }

  @Test
  void reportsAStateAddedAfterEveryPathEnded() {
    Flow allEnded = choice("Pick")
        .when(path("$.a").isTrue(), succeed("Yes"))
        .otherwise(fail("No"))
        .afterwards()
        .next(pass("Orphan")); int line = Lines.here();

    List<Diagnostic> problems = problems(stateMachine().startWith(allEnded));

    assertThat(problems).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo("DSL_STATE_UNREACHABLE");
      assertThat(d.pointer()).isEqualTo("/States/Orphan");
      assertThat(d.source()).isEqualTo(new SourceLocation(FILE, line));
      assertThat(d.message())
          .isEqualTo("State 'Orphan' cannot be reached from the start state 'Pick'");
    });
  }

  @Test
  void reportsATransitionOutOfItsScope() {
    OpenFlow outer = pass("Outer"); int line = Lines.here();
    Flow branch = pass("Inner").next(outer);

    List<Diagnostic> problems = problems(stateMachine()
        .startWith(outer.next(parallel("Fork", branch))));

    assertThat(problems).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo("DSL_STATE_OUT_OF_SCOPE");
      assertThat(d.pointer()).isEqualTo("/States/Fork/Branches/0/States/Outer");
      assertThat(d.source()).isEqualTo(new SourceLocation(FILE, line));
      assertThat(d.message()).isEqualTo("State 'Outer' belongs to the state machine and cannot"
          + " also be a state of branch 0 of Parallel state 'Fork'");
    });
  }

  @Test
  void reportsNamesLongerThanAwsAllows() {
    String name = "N".repeat(81);
    List<Diagnostic> problems = problems(stateMachine().startWith(succeed(name)));

    assertThat(problems).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo("DSL_STATE_NAME_TOO_LONG");
      assertThat(d.message()).endsWith("has 81 characters; AWS allows at most 80");
    });
  }

  @Test
  void should_count_characters_not_utf16_units_when_checking_the_name_length() {
    // GIVEN 80 emoji: 80 characters for AWS, 160 UTF-16 units for String.length()
    String eighty = "\uD83D\uDE00".repeat(80);

    // WHEN / THEN the name is accepted, and one more character is reported as 81
    assertThat(stateMachine().startWith(succeed(eighty)).build().states())
        .containsOnlyKeys(eighty);
    assertThat(problems(stateMachine().startWith(succeed(eighty + "\uD83D\uDE00"))))
        .singleElement().satisfies(d -> {
          assertThat(d.code()).isEqualTo("DSL_STATE_NAME_TOO_LONG");
          assertThat(d.message()).endsWith("has 81 characters; AWS allows at most 80");
        });
  }

  @Test
  void reportsAStateGivenTwoNextStates() {
    OpenFlow shared = pass("Shared");
    Flow flow = choice("Which")
        .when(path("$.a").isTrue(), shared.next(succeed("A")))
        .otherwise(shared.next(succeed("B")));

    List<Diagnostic> problems = problems(stateMachine().startWith(flow));

    assertThat(problems).extracting(Diagnostic::code)
        .containsExactly("DSL_NEXT_CONFLICT", "DSL_STATE_UNREACHABLE");
    assertThat(problems.get(0).pointer()).isEqualTo("/States/Shared/Next");
    assertThat(problems.get(0).message())
        .isEqualTo("State 'Shared' already goes on to 'A', so it cannot also go on to 'B'");
    assertThat(problems.get(1).pointer()).isEqualTo("/States/B");
  }

  @Test
  void reportsJsonPathAndJsonataMixedInOneState() {
    List<Diagnostic> problems = problems(stateMachine()
        .startWith(task("Mixed", sqsSendMessage("q", path("$.body")))
            .output(jsonata("$states.result"))));

    assertThat(problems).extracting(Diagnostic::code)
        .containsExactly("DSL_QUERY_LANGUAGE_MIXED", "DSL_EXPRESSION_LANGUAGE");
  }

  @Test
  void reportsAJsonPathStateInAJsonataMachine() {
    OpenFlow legacy = pass("Legacy").resultPath("$.x"); int line = Lines.here();
    List<Diagnostic> problems = problems(stateMachine().jsonata().startWith(legacy));

    assertThat(problems).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo("DSL_JSONPATH_IN_JSONATA_MACHINE");
      assertThat(d.source()).isEqualTo(new SourceLocation(FILE, line));
    });
  }

  @Test
  void reportsEveryProblemAtOnce() {
    OpenFlow a = pass("A");
    List<Diagnostic> problems = problems(stateMachine()
        .startWith(a.next(pass("A")).next(succeed("X".repeat(90)))));

    assertThat(problems).extracting(Diagnostic::code)
        .containsExactly("DSL_DUPLICATE_STATE_NAME", "DSL_STATE_NAME_TOO_LONG");
  }

  @Test
  void mapsValidatorDiagnosticsToTheDeclaringLine() {
    OpenFlow inner = pass("Inner"); int line = Lines.here();
    StateMachineBuilder builder = stateMachine()
        .comment(RecordingValidator.TRIGGER + "/States/Each/ItemProcessor/States/Inner/Parameters")
        .startWith(map("Each", inner));

    assertThat(problems(builder)).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo("TEST_RULE");
      assertThat(d.source()).isEqualTo(new SourceLocation(FILE, line));
    });
  }

  @Test
  void mapsMachineLevelValidatorDiagnosticsToTheStateMachineCall() {
    int line = Lines.here(); StateMachineStart top = stateMachine();
    StateMachineBuilder builder = top.comment(RecordingValidator.TRIGGER + "/TimeoutSeconds")
        .startWith(succeed("Done"));

    assertThat(problems(builder)).singleElement()
        .satisfies(d -> assertThat(d.source()).isEqualTo(new SourceLocation(FILE, line)));
  }

  @Test
  void keepsWarningsOutOfTheWayOfBuildButListsThem() {
    OpenFlow done = pass("Done"); int line = Lines.here();
    StateMachineBuilder builder = warnedAt(done);

    assertThat(builder.build().states()).containsOnlyKeys("Done");
    assertThat(builder.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo("TEST_HINT");
      assertThat(d.isError()).isFalse();
      assertThat(d.source()).isEqualTo(new SourceLocation(FILE, line));
    });
  }

  /** A machine starting with {@code done}, on which the test validator warns at /States/Done. */
  private static StateMachineBuilder warnedAt(OpenFlow done) {
    return stateMachine().comment(RecordingValidator.TRIGGER + "warning:/States/Done")
        .startWith(done);
  }

  @Test
  void givesTheWarningsOfEachBuildLocatedInJavaToAToolThatListens() {
    // GIVEN
    OpenFlow done = pass("Done"); int line = Lines.here();
    StateMachineBuilder builder = warnedAt(done);
    List<Diagnostic> warnings = new ArrayList<>();
    // WHEN
    StateMachineBuilder.reportingWarnings(builder::build, warnings::add);
    builder.build();
    // THEN only the build made while listening reported its warning
    assertThat(warnings).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo("TEST_HINT");
      assertThat(d.source()).isEqualTo(new SourceLocation(FILE, line));
    });
  }

  @Test
  void locatesStatesCreatedThroughAMethodReference() {
    // The stream runs, and so calls succeed(), in its terminal operation: that is the line.
    List<Flow> ends = java.util.stream.Stream.of("A", "A")
        .map(Steps::succeed).map(Flow.class::cast).toList(); int line = Lines.here();

    List<Diagnostic> problems = problems(stateMachine().startWith(choice("Pick")
        .when(path("$.x").isTrue(), ends.get(0)).otherwise(ends.get(1))));

    assertThat(problems).singleElement()
        .satisfies(d -> assertThat(d.source()).isEqualTo(new SourceLocation(FILE, line)));
  }

  @Test
  void describesEveryProblemInTheExceptionMessage() {
    InvalidDefinitionException thrown = catchThrowableOfType(InvalidDefinitionException.class,
        () -> stateMachine().startWith(pass("A").next(pass("A"))).build());

    assertThat(thrown.getMessage()).startsWith("invalid state machine definition, 1 problem:\n  "
        + FILE + ":");
    assertThat(thrown.getMessage()).contains("/States/A: error DSL_DUPLICATE_STATE_NAME");
  }

  @Test
  void reportsIgnoreInputOnAJsonataWaitAtItsLine() {
    OpenFlow pause = waitFor("Pause", Duration.ofSeconds(1)).output(jsonata("$states.input"))
        .ignoreInput(); int line = Lines.here();
    List<Diagnostic> problems = problems(stateMachine().startWith(pause));

    assertThat(problems).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo("DSL_QUERY_LANGUAGE_MIXED");
      assertThat(d.message()).contains("InputPath");
      assertThat(d.source()).isEqualTo(new SourceLocation(FILE, line - 1));
    });
  }

  @Test
  void reportsDiscardOutputOnAJsonataSucceed() {
    Flow done = succeed("Done").output(jsonata("$states.input")).discardOutput();
    List<Diagnostic> problems = problems(stateMachine().startWith(done));

    assertThat(problems).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo("DSL_QUERY_LANGUAGE_MIXED");
      assertThat(d.message()).contains("OutputPath");
    });
  }

  @Test
  void reportsARuleThatHasTwoComments() {
    List<Diagnostic> problems = problems(stateMachine()
        .startWith(choice("Ship?")
            .when(rule(commented("On the condition", path("$.a").isTrue())).comment("On the rule"),
                succeed("Ship"))
            .otherwise(fail("Hold"))));

    assertThat(problems).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo("DSL_RULE_COMMENT_TWICE");
      assertThat(d.pointer()).isEqualTo("/States/Ship?/Choices/0/Comment");
    });
  }

  @Test
  void reportsAForwardReferenceNeverBoundAtTheLineThatCreatedIt() {
    Forward missing = forward(); int line = Lines.here();
    List<Diagnostic> problems = problems(stateMachine()
        .startWith(task("Try", lambdaInvoke("f")).catchAll(missing)));

    assertThat(problems).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo("DSL_FORWARD_UNBOUND");
      assertThat(d.source()).isEqualTo(new SourceLocation(FILE, line));
    });
  }
}
