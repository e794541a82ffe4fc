package io.statecraft.compiler;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.statecraft.asl.diagnostic.Diagnostic;
import io.statecraft.asl.diagnostic.Severity;
import io.statecraft.asl.diagnostic.SourceLocation;
import io.statecraft.asl.internal.JsonMappers;
import io.statecraft.compiler.internal.sarif.RuleCatalog;
import io.statecraft.compiler.validation.Rule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class SarifTest {

  private static final Path FOLDER = Path.of("src/test/resources/io/statecraft/compiler/sarif");
  private static final boolean REGENERATE = Boolean.getBoolean("statecraft.regenerateGoldens");
  /** Stands for the repository: the fixtures' paths are written relative to it. */
  private static final Path ROOT = Path.of("src/test/resources");

  /** Two ASL files (one with semantic errors and a warning, one not JSON) and one Java workflow. */
  private static String fixtureLog() throws IOException {
    Path order = FOLDER.resolve("order.asl.json");
    Path broken = FOLDER.resolve("broken.asl.json");
    String orderText = Files.readString(order, StandardCharsets.UTF_8);
    String brokenText = Files.readString(broken, StandardCharsets.UTF_8);
    Path workflow = ROOT.resolve("com/example/OrderFlow.java");
    return Sarif.report(ROOT)
        .withDefinition(order, orderText, Validator.validate(orderText))
        .withDefinition(broken, brokenText, Validator.validate(brokenText))
        .withWorkflow(workflow, List.of(
            new Diagnostic("DSL_DUPLICATE_STATE_NAME", Severity.ERROR, "/States/Ship",
                new SourceLocation("OrderFlow.java", 42),
                "State name 'Ship' is already used by the state at /States/Ship", "rename one"),
            Diagnostic.warning(Rule.CHOICE_NO_DEFAULT.code(), "/States/Paid?",
                "Choice state \"Paid?\" has no Default")))
        .toJson();
  }

  @Test
  void should_write_the_golden_log_when_files_and_workflows_have_problems() throws IOException {
    assertMatchesGolden("order.sarif", fixtureLog());
  }

  @Test
  void should_be_valid_against_the_sarif_2_1_0_schema() throws IOException {
    // GIVEN the OASIS schema (draft-04) from the test resources
    var schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
        .getSchema(SchemaLocation.of(
            "classpath:io/statecraft/compiler/sarif/sarif-schema-2.1.0.json"));
    // WHEN the fixture log and an empty one are checked
    List<Error> errors = schema.validate(JsonMappers.STANDARD.readTree(fixtureLog()));
    List<Error> emptyErrors = schema.validate(
        JsonMappers.STANDARD.readTree(Sarif.report(ROOT).toJson()));
    // THEN
    assertThat(errors).isEmpty();
    assertThat(emptyErrors).isEmpty();
  }

  @Test
  void should_locate_each_asl_result_at_the_line_and_column_of_its_pointer() throws IOException {
    JsonNode results = JsonMappers.STANDARD.readTree(fixtureLog()).at("/runs/0/results");
    assertThat(region(results, "RETRY_BACKOFF_RATE")).isEqualTo("11:11");   // "BackoffRate"
    assertThat(region(results, "TRANSITION_UNKNOWN")).isEqualTo("14:7");    // "Next"
    assertThat(region(results, "READ_SYNTAX")).isEqualTo("4:40");           // the second comma
  }

  @Test
  void should_write_paths_relative_to_the_source_root() throws IOException {
    JsonNode results = JsonMappers.STANDARD.readTree(fixtureLog()).at("/runs/0/results");
    Set<String> uris = new TreeSet<>();
    for (JsonNode result : results) {
      JsonNode artifact = result.at("/locations/0/physicalLocation/artifactLocation");
      assertThat(artifact.path("uriBaseId").asString()).isEqualTo("%SRCROOT%");
      uris.add(artifact.path("uri").asString());
    }
    assertThat(uris).containsExactly("com/example/OrderFlow.java",
        "io/statecraft/compiler/sarif/broken.asl.json",
        "io/statecraft/compiler/sarif/order.asl.json");
  }

  @Test
  void should_list_a_rule_for_every_code_the_reader_validator_and_dsl_emit() throws IOException {
    // GIVEN every code literal of the reader and the DSL, and every Rule
    Set<String> codes = new TreeSet<>(codeLiterals(Path.of("src/main/java"), "READ_"));
    codes.addAll(codeLiterals(Path.of("../../dsl/src/main/java"), "DSL_"));
    for (Rule rule : Rule.values()) {
      codes.add(rule.code());
    }
    // WHEN the empty log lists its rules
    JsonNode rules = JsonMappers.STANDARD.readTree(Sarif.report(ROOT).toJson())
        .at("/runs/0/tool/driver/rules");
    Set<String> listed = new TreeSet<>();
    rules.forEach(rule -> listed.add(rule.path("id").asString()));
    // THEN
    assertThat(codes).hasSizeGreaterThan(Rule.values().length + 10);
    assertThat(listed).containsAll(codes).hasSize(RuleCatalog.all().size());
  }

  @Test
  void should_add_a_rule_for_a_code_of_a_users_own_validator() throws IOException {
    String log = Sarif.report(ROOT).withWorkflow(null,
        List.of(Diagnostic.warning("ACME_NAMING", "/States/x", "names start upper case"))).toJson();
    JsonNode run = JsonMappers.STANDARD.readTree(log).at("/runs/0");
    int index = run.at("/results/0/ruleIndex").asInt();
    assertThat(run.at("/tool/driver/rules/" + index + "/id").asString()).isEqualTo("ACME_NAMING");
    assertThat(run.at("/results/0/locations").isMissingNode()).isTrue();
  }

  @Test
  void should_find_the_repository_root_above_a_module() {
    Path module = Path.of("").toAbsolutePath();
    Path root = Sarif.repositoryRoot(module);
    assertThat(module.startsWith(root)).isTrue();
    assertThat(root.resolve(".git")).exists();
  }

  private static String region(JsonNode results, String code) {
    for (JsonNode result : results) {
      if (result.path("ruleId").asString().equals(code)) {
        JsonNode region = result.at("/locations/0/physicalLocation/region");
        return region.path("startLine").asInt() + ":" + region.path("startColumn").asInt();
      }
    }
    throw new AssertionError("no result " + code + " in " + results);
  }

  private static Set<String> codeLiterals(Path sources, String prefix) throws IOException {
    Pattern literal = Pattern.compile("\"(" + prefix + "[A-Z_]+)\"");
    Set<String> codes = new TreeSet<>();
    try (Stream<Path> files = Files.walk(sources)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher m = literal.matcher(Files.readString(file, StandardCharsets.UTF_8));
        while (m.find()) {
          codes.add(m.group(1));
        }
      }
    }
    return codes;
  }

  private static void assertMatchesGolden(String name, String actual) throws IOException {
    Path golden = FOLDER.resolve(name);
    if (REGENERATE) {
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertThat(golden).as("golden file %s (regenerate with -Dstatecraft.regenerateGoldens=true)",
        golden).exists();
    assertThat(actual).as("output compared with golden file %s", golden)
        .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }
}
