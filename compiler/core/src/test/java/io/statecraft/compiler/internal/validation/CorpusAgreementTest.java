package io.statecraft.compiler.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.statecraft.asl.diagnostic.Diagnostic;
import io.statecraft.asl.internal.JsonMappers;
import io.statecraft.compiler.SharedFolder;
import io.statecraft.compiler.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The validator against the ASL corpus: asl-validator's valid and invalid definitions, and the
 * real-world definitions, each folder checked whole.
 */
class CorpusAgreementTest {

  @Test
  void acceptsEveryValidDefinitionOfTheValidatorCorpus() throws IOException {
    List<Path> files = definitions(SharedFolder.resolve("asl-corpus/validator/valid"));
    assertThat(files).hasSize(62);
    for (Path file : files) {
      assertThat(errors(file)).as(file.getFileName().toString()).isEmpty();
    }
  }

  @Test
  void refusesEveryInvalidDefinitionForTheRuleTheCorpusNames() throws IOException {
    Properties expected = load("invalid-corpus-codes.properties");
    List<Path> files = definitions(SharedFolder.resolve("asl-corpus/validator/invalid"));
    assertThat(files).hasSize(50);
    assertThat(expected.stringPropertyNames())
        .containsExactlyInAnyOrderElementsOf(names(files));
    for (Path file : files) {
      String code = expected.getProperty(file.getFileName().toString());
      assertThat(codes(errors(file))).as(file.getFileName().toString()).contains(code);
    }
  }

  @Test
  void acceptsEveryRealWorldDefinitionExceptTheKnownInvalidOnes() throws IOException {
    Path root = SharedFolder.resolve("asl-corpus/real-world");
    Properties knownInvalid = load("known-invalid-real-world.properties");
    List<Path> files = SharedFolder.jsonFiles(root).stream()
        .filter(p -> p.toString().endsWith(".asl.json")).toList();
    assertThat(files).hasSizeGreaterThan(250);
    for (Path file : files) {
      String relative = root.relativize(file).toString().replace('\\', '/');
      String entry = knownInvalid.getProperty(relative);
      if (entry == null) {
        assertThat(errors(file)).as(relative).isEmpty();
      } else {
        String code = entry.substring(0, entry.indexOf(' '));
        assertThat(codes(errors(file))).as(relative + " is listed as invalid").contains(code);
      }
    }
    for (String listed : knownInvalid.stringPropertyNames()) {
      assertThat(root.resolve(listed)).as("listed known-invalid file").exists();
    }
  }

  /**
   * Every definition in the conformance cases ran on AWS, so AWS accepted it: none may have an
   * error. The recorder replaced account-specific names in some Resource ARNs with placeholders
   * ({@code function:<lambda_function_name>}, {@code activity_arn}); those are put back in ARN
   * form first.
   */
  @Test
  void acceptsEveryDefinitionAwsRanInTheConformanceCases() throws IOException {
    Path cases = SharedFolder.resolve("conformance/cases");
    List<Path> files = SharedFolder.jsonFiles(cases);
    assertThat(files).hasSizeGreaterThan(700);
    JsonMapper mapper = JsonMappers.STANDARD;
    for (Path file : files) {
      String definition = mapper.readTree(file.toFile()).get("definition").toString()
          .replaceAll("function:<([a-z0-9_-]+)>", "function:$1")
          .replace("\"activity_arn\"", "\"arn:aws:states:us-east-1:111111111111:activity:a\"");
      assertThat(Validator.validate(definition).stream().filter(Diagnostic::isError))
          .as(cases.relativize(file).toString())
          .isEmpty();
    }
  }

  private static List<Diagnostic> errors(Path file) throws IOException {
    return Validator.validate(Files.readString(file, StandardCharsets.UTF_8)).stream()
        .filter(Diagnostic::isError)
        .toList();
  }

  private static List<String> codes(List<Diagnostic> diagnostics) {
    return diagnostics.stream().map(Diagnostic::code).collect(Collectors.toList());
  }

  private static List<Path> definitions(Path folder) throws IOException {
    try (Stream<Path> list = Files.list(folder)) {
      return list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
  }

  private static List<String> names(List<Path> files) {
    return files.stream().map(p -> p.getFileName().toString()).toList();
  }

  private static Properties load(String resource) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = CorpusAgreementTest.class.getResourceAsStream(resource)) {
      properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
