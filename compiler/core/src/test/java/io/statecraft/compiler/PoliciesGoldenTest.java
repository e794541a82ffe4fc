package io.statecraft.compiler;

import static org.assertj.core.api.Assertions.assertThat;

import io.statecraft.compiler.policy.PolicyOptions;
import io.statecraft.compiler.policy.StateMachinePolicy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The policy of a representative definition per kind of integration, compared with golden files
 * in {@code src/test/resources/policy}: {@code NAME.policy.json} (the IAM document) and
 * {@code NAME.policy.txt} (statements with their states, warnings and notes). After a deliberate
 * change, regenerate them with {@code -Dstatecraft.policy.regenerate=true} and review the diff
 * against AWS's "IAM policies for ..." pages.
 */
class PoliciesGoldenTest {

  private static final boolean REGENERATE = Boolean.getBoolean("statecraft.policy.regenerate");
  private static final Path GOLDEN = Path.of("src/test/resources/policy");

  static Stream<Arguments> definitions() {
    PolicyOptions deployed = PolicyOptions.defaults().withStateMachineName("orders")
        .withRegion("us-east-1").withAccount("123456789012");
    return Stream.of(
        Arguments.of("lambda-and-messaging", PolicyOptions.defaults()),
        Arguments.of("jobs-sync", PolicyOptions.defaults().withRegion("us-east-1")
            .withAccount("123456789012")),
        Arguments.of("sdk-and-http", PolicyOptions.defaults().withStateMachineName("billing")),
        Arguments.of("distributed-map", deployed.withLogging(true).withTracing(true)));
  }

  @ParameterizedTest
  @MethodSource("definitions")
  void derivesTheGoldenPolicy(String name, PolicyOptions options) throws IOException {
    String definition = Files.readString(GOLDEN.resolve(name + ".asl.json"));
    StateMachinePolicy policy = Policies.of(Asl.readValid(definition), options);
    Path json = GOLDEN.resolve(name + ".policy.json");
    Path text = GOLDEN.resolve(name + ".policy.txt");
    if (REGENERATE) {
      Files.writeString(json, policy.toJson(), StandardCharsets.UTF_8);
      Files.writeString(text, policy.toText(), StandardCharsets.UTF_8);
    }
    assertThat(policy.toJson()).isEqualTo(Files.readString(json, StandardCharsets.UTF_8));
    assertThat(policy.toText()).isEqualTo(Files.readString(text, StandardCharsets.UTF_8));
  }
}
