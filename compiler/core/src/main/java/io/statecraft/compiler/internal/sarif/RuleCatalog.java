package io.statecraft.compiler.internal.sarif;

import io.statecraft.asl.diagnostic.Severity;
import io.statecraft.compiler.validation.Rule;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every code a diagnostic of ours can carry, with what it means: the validator's {@link Rule}s,
 * the reader's {@code READ_*} codes and the DSL's {@code DSL_*} codes (which {@code build()} reports
 * before the validator runs). A report lists them all as SARIF rules, so a code-scanning alert
 * always has a description.
 *
 * <pre>{@code
 * RuleCatalog.Entry entry = RuleCatalog.all().get("STATE_UNREACHABLE");
 * }</pre>
 */
public final class RuleCatalog {

  /** One code: its default severity and a few words on what it flags. */
  public record Entry(String code, Severity severity, String summary) {}

  private static final Map<String, Entry> ALL = build();

  private RuleCatalog() {}

  /** Every known code, in a stable order: the reader's, the validator's, then the DSL's. */
  public static Map<String, Entry> all() {
    return ALL;
  }

  private static Map<String, Entry> build() {
    Map<String, Entry> entries = new LinkedHashMap<>();
    error(entries, "READ_SYNTAX", "the text is not JSON");
    error(entries, "READ_IO", "the definition file cannot be read");
    error(entries, "READ_TYPE", "a field has a JSON type the model cannot read");
    error(entries, "READ_UNKNOWN_FIELD", "a field ASL does not document for this object");
    error(entries, "READ_MISSING_FIELD", "a field ASL requires is absent");
    error(entries, "READ_VALUE", "a value ASL does not allow for this field");
    for (Rule rule : Rule.values()) {
      entries.put(rule.code(), new Entry(rule.code(), rule.severity(), rule.summary()));
    }
    error(entries, "DSL_DUPLICATE_STATE_NAME", "two states declared in Java share a name");
    error(entries, "DSL_STATE_UNREACHABLE", "a state declared in Java that nothing leads to");
    error(entries, "DSL_NEXT_CONFLICT", "a state given two different next states");
    error(entries, "DSL_STATE_OUT_OF_SCOPE",
        "a state used in two scopes (the machine, a Parallel branch, a Map processor)");
    error(entries, "DSL_STATE_NAME_TOO_LONG", "a state name longer than 80 characters");
    error(entries, "DSL_FORWARD_UNBOUND", "a forward reference never bound to a state");
    error(entries, "DSL_EXPRESSION_LANGUAGE",
        "a JSONPath value in a JSONata state, or a JSONata value in a JSONPath state");
    error(entries, "DSL_QUERY_LANGUAGE_MIXED", "a state that mixes JSONPath and JSONata");
    error(entries, "DSL_JSONPATH_IN_JSONATA_MACHINE",
        "a JSONPath state in a state machine whose query language is JSONata");
    error(entries, "DSL_RULE_COMMENT_TWICE", "a Choice rule given two comments");
    error(entries, "DSL_SCOPE_TOO_DEEP",
        "Parallel branches and Map item processors nested more than 165 deep");
    return Collections.unmodifiableMap(entries);
  }

  private static void error(Map<String, Entry> entries, String code, String summary) {
    entries.put(code, new Entry(code, Severity.ERROR, summary));
  }
}
