package io.statecraft.local.internal.typed;

import io.statecraft.asl.diagnostic.Diagnostic;
import io.statecraft.asl.internal.JsonPointers;
import io.statecraft.compiler.RecordSchemas;
import io.statecraft.local.typed.TypeMismatchException;
import io.statecraft.local.internal.json.Values;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;

/** Reads a JSON value as a record: the schema check, then Jackson. */
public final class TypedValues {

  private TypedValues() {}

  /**
   * {@code value} as {@code record}; fields the record does not have are ignored.
   *
   * @param what what the value is, for the message: {@code the output of execution x}
   * @throws TypeMismatchException naming each field that does not fit
   */
  public static <T extends Record> T read(String what, JsonNode value, Class<T> record) {
    String heading = what + " does not fit " + record.getSimpleName();
    List<Diagnostic> problems = RecordSchemas.check(record, value);
    if (!problems.isEmpty()) {
      throw new TypeMismatchException(heading, record, problems);
    }
    try {
      return Values.MAPPER.readerFor(record)
          .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .treeToValue(value, record);
    } catch (JacksonException e) {
      // What the schema cannot say, e.g. what a custom deserializer of the record refuses.
      String pointer = pointer(e);
      throw new TypeMismatchException(heading, record, List.of(Diagnostic.error("VALUE_INVALID",
          pointer, (pointer.isEmpty() ? "the value" : pointer) + ": " + e.getOriginalMessage())));
    }
  }

  private static String pointer(JacksonException e) {
    StringBuilder pointer = new StringBuilder();
    for (JacksonException.Reference reference : e.getPath()) {
      pointer.append('/').append(reference.getPropertyName() != null
          ? JsonPointers.escape(reference.getPropertyName())
          : String.valueOf(reference.getIndex()));
    }
    return pointer.toString();
  }

  /**
   * {@code value}, a record a handler returned, as JSON, once it fits {@code record}'s schema.
   *
   * @param what what the value is, for the message: {@code the result of task 'x'}
   * @throws TypeMismatchException naming each field that does not fit (a null where a value is
   *     required), or when the handler returned null
   */
  public static JsonNode checked(String what, Record value, Class<? extends Record> record) {
    String heading = what + " does not fit " + record.getSimpleName();
    if (value == null) {
      throw new TypeMismatchException(heading, record, List.of(Diagnostic.error(
          "VALUE_TYPE", "", "the handler returned null, not a " + record.getSimpleName())));
    }
    JsonNode json = write(value);
    List<Diagnostic> problems = RecordSchemas.check(record, json);
    if (!problems.isEmpty()) {
      throw new TypeMismatchException(heading, record, problems);
    }
    return json;
  }

  /** {@code value} as JSON: itself when it is JSON already, else as Jackson writes it. */
  public static JsonNode write(Object value) {
    return value instanceof JsonNode node ? node : Values.MAPPER.valueToTree(value);
  }
}
