package io.statecraft.emulator.internal;

import io.statecraft.emulator.RawEmulator;
import static org.assertj.core.api.Assertions.assertThat;

import io.statecraft.emulator.StepFunctionsEmulator;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every operation the emulator offers, every member of its input given every wrong JSON type and
 * an oversize string, over real HTTP: the answer is never a 500 (SDKs would retry it) and every
 * error names a code of AWS's API.
 */
class RequestFuzzTest {

  private static final String OVERSIZE = "a".repeat(300_000);

  @org.junit.jupiter.api.extension.RegisterExtension
  static final RawEmulator EMULATOR = new RawEmulator();

  /** The operations registered in Operations.java, read from its source so none is missed. */
  private static List<String> operations() throws Exception {
    String source = Files.readString(Path.of(
        "src/main/java/io/statecraft/emulator/internal/Operations.java"));
    Matcher matcher = Pattern.compile("byName\\.put\\(\"(\\w+)\"").matcher(source);
    List<String> names = new ArrayList<>();
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }

  private static List<JsonNode> wrongValues() {
    List<JsonNode> values = new ArrayList<>();
    values.add(Wire.MAPPER.getNodeFactory().booleanNode(true));
    values.add(Wire.MAPPER.getNodeFactory().numberNode(1));
    values.add(Wire.MAPPER.getNodeFactory().stringNode("x"));
    values.add(Wire.MAPPER.createArrayNode());
    values.add(Wire.object());
    values.add(Wire.MAPPER.getNodeFactory().nullNode());
    values.add(Wire.MAPPER.getNodeFactory().stringNode(OVERSIZE));
    values.add(Wire.MAPPER.getNodeFactory().numberNode(-1));
    // Strings that break the model's patterns: digits only (the worst case of the alias name's
    // look-ahead), and characters outside ASCII.
    values.add(Wire.MAPPER.getNodeFactory().stringNode("1".repeat(300_000)));
    values.add(Wire.MAPPER.getNodeFactory().stringNode("é ~"));
    return values;
  }

  @Test
  void should_answer_every_wrongly_typed_or_oversize_member_with_an_aws_4xx() throws Exception {
    List<String> operations = operations();
    assertThat(operations).hasSizeGreaterThan(35);
    List<String> failures = new ArrayList<>();
    int sent = 0;
    for (String operation : operations) {
      RequestShapes.Structure shape = RequestShapes.input(operation);
      assertThat(shape).as("the SDK's model of %s", operation).isNotNull();
      failures.addAll(send(operation, Wire.object()));
      for (RequestShapes.Member member : shape.members()) {
        for (JsonNode value : wrongValues()) {
          ObjectNode request = Wire.object();
          request.set(member.name(), value);
          failures.addAll(send(operation, request));
          sent++;
        }
      }
    }
    assertThat(sent).isGreaterThan(500);
    assertThat(failures).isEmpty();
  }

  private static List<String> send(String operation, ObjectNode request) throws Exception {
    HttpResponse<String> response = EMULATOR.call(operation, Wire.text(request));
    String shown = operation + " " + abbreviated(Wire.text(request)) + " -> "
        + response.statusCode() + " " + abbreviated(response.body());
    if (response.statusCode() == 200) {
      return List.of();
    }
    if (response.statusCode() != 400) {
      return List.of(shown);
    }
    String code = Wire.MAPPER.readTree(response.body()).path("__type").asString("");
    return awsCode(code) ? List.of() : List.of(shown);
  }

  /** A code of AWS's API: an exception of the SDK's model, or one of the protocol's own. */
  private static boolean awsCode(String code) {
    if (code.equals("com.amazon.coral.service#SerializationException")
        || code.equals("com.amazon.coral.service#UnknownOperationException")) {
      return true;
    }
    String name = code.endsWith("Exception") ? code : code + "Exception";
    try {
      Class.forName("software.amazon.awssdk.services.sfn.model." + name);
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  private static String abbreviated(String text) {
    return text.length() > 200 ? text.substring(0, 200) + "..." : text;
  }
}
