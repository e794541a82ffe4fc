package io.statecraft.emulator;

import java.util.function.UnaryOperator;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import software.amazon.awssdk.services.sfn.SfnClient;

/**
 * An emulator on a free port and the AWS SDK client pointed at it, shared by the tests of one
 * class: started before the first, closed after the last.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final EmulatorApi API = EmulatorApi.with(b -> b.expressLimit(Duration.ofSeconds(1)));
 * }</pre>
 */
final class EmulatorApi implements BeforeAllCallback, AfterAllCallback {

  private final UnaryOperator<StepFunctionsEmulator.Builder> configuration;
  private StepFunctionsEmulator emulator;
  private SfnClient sfn;

  private EmulatorApi(UnaryOperator<StepFunctionsEmulator.Builder> configuration) {
    this.configuration = configuration;
  }

  /** An emulator with the defaults. */
  static EmulatorApi standard() {
    return with(builder -> builder);
  }

  /** An emulator built with {@code configuration} applied to its builder. */
  static EmulatorApi with(UnaryOperator<StepFunctionsEmulator.Builder> configuration) {
    return new EmulatorApi(configuration);
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    emulator = configuration.apply(StepFunctionsEmulator.builder()).start();
    sfn = SfnClients.of(emulator.endpoint());
  }

  @Override
  public void afterAll(ExtensionContext context) {
    sfn.close();
    emulator.close();
  }

  StepFunctionsEmulator emulator() {
    return emulator;
  }

  SfnClient sfn() {
    return sfn;
  }
}
