package io.statecraft.compiler;

import io.statecraft.asl.StateMachine;
import io.statecraft.asl.diagnostic.Diagnostic;
import io.statecraft.compiler.internal.common.JsonText;
import io.statecraft.compiler.internal.schema.SchemaWriter;
import io.statecraft.compiler.internal.schema.ValueCheck;
import io.statecraft.dsl.TypedWorkflow;
import io.statecraft.dsl.Workflow;
import io.statecraft.dsl.internal.TaskResults;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON Schemas (draft 2020-12) of records, as Jackson reads and writes them, and the check of a
 * JSON value against one. The build writes those of a {@link TypedWorkflow}'s input and output
 * beside its ASL; the local runtime checks execution input and reads output with them.
 *
 * <pre>{@code
 * record Customer(String email, @Nullable String phone) {}
 * record Order(String orderId, Customer customer, List<String> skus, Optional<String> note) {}
 *
 * String schema = RecordSchemas.write(Order.class);
 * List<Diagnostic> problems = RecordSchemas.check(Order.class, Json.parse("{\"orderId\": 7}"));
 * // /orderId: error VALUE_TYPE: /orderId must be a string, not the number 7
 * // /customer: error VALUE_MISSING_FIELD: the object needs the field "customer"
 * }</pre>
 *
 * <p>Each component is a property named as Jackson names it ({@code @JsonProperty} included) and
 * is required, except {@code Optional} components and those annotated {@code @Nullable} (any
 * library's), which may be absent or {@code null}. Strings, numbers, booleans, enums (their
 * constants), {@code java.time} values and UUIDs (strings, with a {@code format} where JSON
 * Schema has one), whole numbers within the range of their Java type ({@code int} components
 * between {@code -2147483648} and {@code 2147483647}), lists, sets and arrays,
 * {@code Map<String, V>} and nested records (under {@code $defs}) are described; objects accept fields the record does not have, as Step
 * Functions adds fields to state data. A component of any other class is refused, naming it.
 */
public final class RecordSchemas {

  /** The file name suffix of a workflow's input schema: {@code <name>.input.schema.json}. */
  public static final String INPUT_SUFFIX = ".input.schema.json";

  /** The file name suffix of a workflow's output schema: {@code <name>.output.schema.json}. */
  public static final String OUTPUT_SUFFIX = ".output.schema.json";

  /**
   * The file name suffix of the schema of a task's declared result record:
   * {@code <name>.<state>.result.schema.json}.
   */
  public static final String RESULT_SUFFIX = ".result.schema.json";

  /** Characters some file systems refuse in a name; written as {@code _} in a state's file name. */
  private static final java.util.regex.Pattern UNSAFE = java.util.regex.Pattern.compile(
      "[\\\\/:*?\"<>|\\p{Cntrl}]");

  private RecordSchemas() {}

  /**
   * The schema of {@code record}, a fresh tree.
   *
   * @throws IllegalArgumentException naming the component whose type has no JSON Schema
   */
  public static ObjectNode toJson(Class<? extends Record> record) {
    return SchemaWriter.schema(Objects.requireNonNull(record, "record == null"));
  }

  /** The schema of {@code record} as text: two-space indent, a newline at the end. */
  public static String write(Class<? extends Record> record) {
    return JsonText.pretty(toJson(record));
  }

  /**
   * The files the build writes beside the ASL of {@code workflow}, by file name: the input and
   * output schemas of a {@link TypedWorkflow}, and the schema of each result record its Task
   * states declare with {@code result(Class)}; none for a workflow without records.
   *
   * @throws IllegalArgumentException naming the component whose type has no JSON Schema, or
   *     IllegalStateException when the workflow's records cannot be read from its class
   */
  public static Map<String, String> files(Workflow workflow) {
    return files(workflow, workflow.define());
  }

  /**
   * {@link #files(Workflow)} for a workflow whose definition is already built: {@code machine},
   * the very object its {@code define()} returned (the result records are kept with it).
   */
  public static Map<String, String> files(Workflow workflow, StateMachine machine) {
    Map<String, String> files = new LinkedHashMap<>();
    if (workflow instanceof TypedWorkflow<?, ?> typed) {
      files.put(workflow.name() + INPUT_SUFFIX, write(typed.inputType()));
      files.put(workflow.name() + OUTPUT_SUFFIX, write(typed.outputType()));
    }
    TaskResults.of(machine).forEach((state, declared) -> files.put(workflow.name() + "."
        + UNSAFE.matcher(state).replaceAll("_") + RESULT_SUFFIX, write(declared.record())));
    return files;
  }

  /**
   * Every way {@code value} does not fit {@code record}, one error each, with the JSON pointer of
   * the field ({@code /lines/0/quantity}) and codes {@code VALUE_TYPE},
   * {@code VALUE_MISSING_FIELD}, {@code VALUE_NOT_ALLOWED} (not one of an enum's constants),
   * {@code VALUE_FORMAT} (not a date-time, UUID, ...), {@code VALUE_OUT_OF_RANGE} (a whole number
   * too large or too small for its {@code int}, {@code long}, {@code short} or {@code byte}) or
   * {@code VALUE_INVALID}; empty when it fits.
   */
  public static List<Diagnostic> check(Class<? extends Record> record, JsonNode value) {
    Objects.requireNonNull(record, "record == null");
    Objects.requireNonNull(value, "value == null");
    return ValueCheck.check(record, value);
  }
}
