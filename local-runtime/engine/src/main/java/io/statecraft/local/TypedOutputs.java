package io.statecraft.local;

import io.statecraft.asl.diagnostic.Diagnostic;
import io.statecraft.asl.internal.JsonPointers;
import io.statecraft.compiler.RecordSchemas;
import io.statecraft.local.internal.json.Values;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;

/** Reads an execution's output as a record: the schema check, then Jackson. */
final class TypedOutputs {

  private TypedOutputs() {}

  static <T extends Record> T read(String execution, JsonNode output, Class<T> record) {
    String what = "the output of execution " + execution + " does not fit "
        + record.getSimpleName();
    List<Diagnostic> problems = RecordSchemas.check(record, output);
    if (!problems.isEmpty()) {
      throw new TypeMismatchException(what, record, problems);
    }
    try {
      return Values.MAPPER.readerFor(record)
          .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .treeToValue(output, record);
    } catch (JacksonException e) {
      // What the schema cannot say, e.g. a whole number too large for an int component.
      String pointer = pointer(e);
      throw new TypeMismatchException(what, record, List.of(Diagnostic.error("VALUE_INVALID",
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
}
