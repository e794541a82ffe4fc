package io.statecraft.shapes.generator;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.ObjectMapper;

/**
 * One service's bundled document, written one operation, structure or enum a line so that a new
 * SDK version shows in review as a readable diff.
 */
record BundledShapes(String service, String sdkVersion, Map<String, String> operations,
    Map<String, Map<String, String>> structures, Map<String, List<String>> enums) {

  /** Where the runtime reads the documents from, on the class path. */
  static final String FOLDER = "io/statecraft/shapes";

  String toJson(ObjectMapper mapper) {
    StringBuilder json = new StringBuilder("{\n");
    json.append("  \"service\": ").append(mapper.writeValueAsString(service)).append(",\n");
    json.append("  \"sdkVersion\": ").append(mapper.writeValueAsString(sdkVersion))
        .append(",\n");
    section(json, mapper, "operations", operations, false);
    section(json, mapper, "structures", structures, false);
    section(json, mapper, "enums", enums, true);
    return json.append("}\n").toString();
  }

  private static void section(StringBuilder json, ObjectMapper mapper, String name,
      Map<String, ?> entries, boolean last) {
    json.append("  ").append(mapper.writeValueAsString(name)).append(": {");
    Iterator<? extends Map.Entry<String, ?>> iterator = entries.entrySet().iterator();
    json.append(iterator.hasNext() ? "\n" : "");
    while (iterator.hasNext()) {
      Map.Entry<String, ?> entry = iterator.next();
      json.append("    ").append(mapper.writeValueAsString(entry.getKey())).append(": ")
          .append(mapper.writeValueAsString(entry.getValue()))
          .append(iterator.hasNext() ? ",\n" : "\n");
    }
    json.append(entries.isEmpty() ? "}" : "  }").append(last ? "\n" : ",\n");
  }
}
