package io.statecraft.local.internal.engine;

import io.statecraft.asl.StateMachine;
import io.statecraft.asl.diagnostic.Diagnostic;
import io.statecraft.asl.diagnostic.InvalidDefinitionException;
import io.statecraft.compiler.Asl;
import io.statecraft.compiler.Substitutions;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Definition substitutions at load: every {@code ${Name}} placeholder gets its value, as
 * CloudFormation's DefinitionSubstitutions give it before AWS sees the definition. One without a
 * value fails the load: run as a literal, {@code ${ActivityArn}} would only fail later and
 * further from its cause.
 */
public final class Placeholders {

  /** Diagnostic code of a placeholder that has no value. */
  public static final String UNSUBSTITUTED = "RUN_PLACEHOLDER";

  /**
   * The latest resolutions, by definition object and values: a test class loads the same
   * definition with the same values into each test's fresh runtime, and substituting costs a
   * round trip through JSON. The results are immutable; a load that fails is not kept.
   */
  private static final int KEPT = 64;
  private static final Map<Key, StateMachine> RESOLVED = Collections.synchronizedMap(
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, StateMachine> eldest) {
          return size() > KEPT;
        }
      });

  private Placeholders() {}

  /** A definition by identity (its equality would compare the whole tree), and the values. */
  private static final class Key {
    private final StateMachine definition;
    private final Map<String, String> values;

    Key(StateMachine definition, Map<String, String> values) {
      this.definition = definition;
      this.values = values;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key && key.definition == definition
          && key.values.equals(values);
    }

    @Override
    public int hashCode() {
      return 31 * System.identityHashCode(definition) + values.hashCode();
    }
  }

  /**
   * {@code definition} with {@code values} substituted; the same object when it has no
   * placeholder.
   *
   * @throws InvalidDefinitionException naming each placeholder without a value, its state and
   *     its JSON pointer
   */
  public static StateMachine resolve(StateMachine definition, Map<String, String> values) {
    Key key = new Key(definition, values);
    StateMachine known = RESOLVED.get(key);
    if (known != null) {
      return known;
    }
    StateMachine resolved = substitute(definition, values);
    RESOLVED.put(key, resolved);
    return resolved;
  }

  private static StateMachine substitute(StateMachine definition, Map<String, String> values) {
    JsonNode json = Asl.toJson(definition);
    if (Substitutions.remaining(json).isEmpty()) {
      return definition;
    }
    JsonNode substituted = Substitutions.apply(json, values);
    List<Substitutions.Placeholder> missing = Substitutions.remaining(substituted);
    if (!missing.isEmpty()) {
      throw new InvalidDefinitionException(missing.stream().map(Placeholders::problem).toList());
    }
    return Asl.fromJson(substituted);
  }

  private static Diagnostic problem(Substitutions.Placeholder placeholder) {
    String state = placeholder.stateName();
    String name = placeholder.name();
    return Diagnostic.error(UNSUBSTITUTED, placeholder.pointer(), "placeholder ${" + name + "}"
        + (state == null ? "" : " in state '" + state + "'") + " has no value")
        .withHint("give it a value as a definition substitution:"
            + " LocalStepFunctions.builder().substitute(\"" + name + "\", value),"
            + " statecraft run/serve --substitute " + name + "=VALUE or --substitutions FILE.json");
  }
}
