package io.statecraft.compiler.internal.sarif;

import io.statecraft.asl.diagnostic.Diagnostic;
import io.statecraft.asl.diagnostic.Severity;
import io.statecraft.asl.internal.JsonMappers;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes one SARIF 2.1.0 log with one run: the rule catalogue as {@code tool.driver.rules}, then
 * one result per diagnostic, located by a URI relative to {@code %SRCROOT%} as GitHub code scanning
 * resolves them against the repository.
 *
 * <pre>{@code
 * ObjectNode log = SarifWriter.write(List.of(new SarifWriter.Finding(diagnostic,
 *     "src/main/statecraft/order.asl.json", true, 7, 7)));
 * }</pre>
 */
public final class SarifWriter {

  /** The schema GitHub and the SARIF tools recognise (OASIS, 2.1.0 errata 01). */
  static final String SCHEMA =
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

  static final String SOURCE_ROOT = "%SRCROOT%";

  /**
   * A diagnostic and where it is.
   *
   * @param uri the file: relative to the source root when {@code relative}, else an absolute
   *     {@code file:} URI; {@code null} when no file is known
   * @param line 1-based, or 0 when unknown
   * @param column 1-based, or 0 when unknown
   */
  public record Finding(Diagnostic diagnostic, String uri, boolean relative, int line, int column) {}

  private SarifWriter() {}

  /** The whole log; {@code version} is the tool's version, or {@code null} when unknown. */
  public static ObjectNode write(List<Finding> findings, String version) {
    JsonNodeFactory json = JsonMappers.STANDARD.getNodeFactory();
    ObjectNode log = json.objectNode();
    log.put("$schema", SCHEMA);
    log.put("version", "2.1.0");
    ObjectNode run = log.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "Statecraft");
    if (version != null) {
      driver.put("version", version);
    }
    Map<String, Integer> ruleIndex = rules(driver.putArray("rules"), findings);
    run.put("columnKind", "utf16CodeUnits");
    ArrayNode results = run.putArray("results");
    for (Finding finding : findings) {
      results.add(result(json, finding, ruleIndex.get(finding.diagnostic().code())));
    }
    return log;
  }

  /** Every catalogued rule, then any other code a finding carries (a user's own validator's). */
  private static Map<String, Integer> rules(ArrayNode rules, List<Finding> findings) {
    Map<String, RuleCatalog.Entry> entries = new LinkedHashMap<>(RuleCatalog.all());
    for (Finding finding : findings) {
      Diagnostic d = finding.diagnostic();
      entries.putIfAbsent(d.code(), new RuleCatalog.Entry(d.code(), d.severity(),
          "reported by a DefinitionValidator outside Statecraft"));
    }
    Map<String, Integer> index = new LinkedHashMap<>();
    for (RuleCatalog.Entry entry : entries.values()) {
      index.put(entry.code(), index.size());
      ObjectNode rule = rules.addObject();
      rule.put("id", entry.code());
      rule.put("name", name(entry.code()));
      rule.putObject("shortDescription").put("text", sentence(entry.summary()));
      rule.putObject("fullDescription").put("text", sentence(entry.summary()) + " "
          + (entry.code().startsWith("READ_")
              ? "The definition cannot be read, so nothing else in it is checked."
              : entry.severity() == Severity.ERROR
              ? "AWS Step Functions refuses a definition that breaks this rule."
              : "AWS Step Functions accepts it; it is flagged for review."));
      rule.putObject("defaultConfiguration").put("level", level(entry.severity()));
      rule.putObject("properties").putArray("tags").add("step-functions");
    }
    return index;
  }

  private static ObjectNode result(JsonNodeFactory json, Finding finding, int ruleIndex) {
    Diagnostic d = finding.diagnostic();
    ObjectNode result = json.objectNode();
    result.put("ruleId", d.code());
    result.put("ruleIndex", ruleIndex);
    result.put("level", level(d.severity()));
    result.putObject("message").put("text", d.hint() == null ? d.message()
        : d.message() + " (" + d.hint() + ")");
    if (finding.uri() != null) {
      ObjectNode physical = result.putArray("locations").addObject()
          .putObject("physicalLocation");
      ObjectNode artifact = physical.putObject("artifactLocation");
      artifact.put("uri", finding.uri());
      if (finding.relative()) {
        artifact.put("uriBaseId", SOURCE_ROOT);
      }
      if (finding.line() > 0) {
        ObjectNode region = physical.putObject("region");
        region.put("startLine", finding.line());
        if (finding.column() > 0) {
          region.put("startColumn", finding.column());
        }
      }
    }
    // Stable across runs while lines move: the rule and the field it concerns.
    result.putObject("partialFingerprints")
        .put("statecraftPointer/v1", d.code() + ":" + (d.pointer().isEmpty() ? "/" : d.pointer()));
    result.putObject("properties").put("jsonPointer", d.pointer());
    return result;
  }

  private static String level(Severity severity) {
    return severity == Severity.ERROR ? "error" : "warning";
  }

  /** {@code STATE_UNREACHABLE} as {@code StateUnreachable}. */
  static String name(String code) {
    StringBuilder name = new StringBuilder();
    for (String word : code.split("_")) {
      if (!word.isEmpty()) {
        name.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
      }
    }
    return name.toString();
  }

  /** A summary as a sentence: capital first letter, final full stop. */
  private static String sentence(String summary) {
    String text = Character.toUpperCase(summary.charAt(0)) + summary.substring(1);
    return text.endsWith(".") ? text : text + ".";
  }
}
