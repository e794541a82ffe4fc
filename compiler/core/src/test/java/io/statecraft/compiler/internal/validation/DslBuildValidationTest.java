package io.statecraft.compiler.internal.validation;

import static io.statecraft.dsl.Steps.jsonata;
import static io.statecraft.dsl.Steps.pass;
import static io.statecraft.dsl.Steps.stateMachine;
import static io.statecraft.dsl.Steps.succeed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.statecraft.asl.diagnostic.InvalidDefinitionException;
import io.statecraft.asl.diagnostic.SourceLocation;
import io.statecraft.compiler.validation.Rule;
import io.statecraft.dsl.flow.Flow;
import org.junit.jupiter.api.Test;

/**
 * The DSL's {@code build()} runs this validator (found through {@link java.util.ServiceLoader})
 * and names the Java line of the offending state in its diagnostics.
 */
class DslBuildValidationTest {

  @Test
  void buildRefusesWhatOnlyTheValidatorCatchesAndNamesTheJavaLine() {
    Flow total = pass("Total").output(jsonata("$sum($states.input.items")); int line = here();

    InvalidDefinitionException thrown = catchThrowableOfType(InvalidDefinitionException.class,
        () -> stateMachine().jsonata().startWith(total).build());

    assertThat(thrown.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo(Rule.JSONATA_SYNTAX.code());
      assertThat(d.pointer()).isEqualTo("/States/Total/Output");
      assertThat(d.source())
          .isEqualTo(new SourceLocation("DslBuildValidationTest.java", line));
    });
  }

  @Test
  void buildKeepsAMachineWithOnlyWarnings() {
    assertThat(stateMachine().startWith(pass("Hello").next(succeed("Done"))).build().states())
        .containsOnlyKeys("Hello", "Done");
  }

  private static int here() {
    return StackWalker.getInstance()
        .walk(frames -> frames.skip(1).findFirst().orElseThrow().getLineNumber());
  }
}
