package io.statecraft.local.parquet;

import io.statecraft.local.internal.json.Values;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Base64;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.DecimalLogicalTypeAnnotation;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A Parquet row as JSON: an object keyed by column name; numbers and booleans as JSON numbers and
 * booleans; strings, enums and JSON columns as strings; decimals as exact numbers; other binary
 * values as Base64 text; a missing optional value as null; repeated fields and LIST columns as
 * arrays; MAP columns and other groups as objects.
 */
final class GroupJson {
  private GroupJson() {}

  static ObjectNode object(Group group) {
    GroupType type = group.getType();
    if (isAnnotated(type, LogicalTypeAnnotation.mapType())) {
      return map(group);
    }
    ObjectNode object = Values.object();
    for (int field = 0; field < type.getFieldCount(); field++) {
      object.set(type.getFieldName(field), field(group, field));
    }
    return object;
  }

  private static JsonNode field(Group group, int field) {
    Type type = group.getType().getType(field);
    int count = group.getFieldRepetitionCount(field);
    if (type.isRepetition(Type.Repetition.REPEATED)) {
      ArrayNode values = Values.array();
      for (int i = 0; i < count; i++) {
        values.add(value(group, field, i));
      }
      return values;
    }
    return count == 0 ? Values.NODES.nullNode() : value(group, field, 0);
  }

  private static JsonNode value(Group group, int field, int index) {
    Type type = group.getType().getType(field);
    if (type.isPrimitive()) {
      return primitive(group, field, index, type.asPrimitiveType());
    }
    Group child = group.getGroup(field, index);
    if (isAnnotated(type, LogicalTypeAnnotation.listType())) {
      return list(child);
    }
    return object(child);
  }

  /** A LIST column: its one repeated field holds the elements, each maybe wrapped in a group. */
  private static ArrayNode list(Group list) {
    ArrayNode elements = Values.array();
    for (int i = 0; i < list.getFieldRepetitionCount(0); i++) {
      Type repeated = list.getType().getType(0);
      if (repeated.isPrimitive() || repeated.asGroupType().getFieldCount() != 1) {
        elements.add(value(list, 0, i));
      } else {
        elements.add(field(list.getGroup(0, i), 0));
      }
    }
    return elements;
  }

  /** A MAP column: repeated key/value pairs, as an object keyed by the keys' text. */
  private static ObjectNode map(Group map) {
    ObjectNode object = Values.object();
    for (int i = 0; i < map.getFieldRepetitionCount(0); i++) {
      Group entry = map.getGroup(0, i);
      object.set(Values.unquoted(field(entry, 0)), field(entry, 1));
    }
    return object;
  }

  private static JsonNode primitive(Group group, int field, int index, PrimitiveType type) {
    LogicalTypeAnnotation logical = type.getLogicalTypeAnnotation();
    return switch (type.getPrimitiveTypeName()) {
      case BOOLEAN -> Values.NODES.booleanNode(group.getBoolean(field, index));
      case INT32 -> logical instanceof DecimalLogicalTypeAnnotation decimal
          ? decimal(BigInteger.valueOf(group.getInteger(field, index)), decimal)
          : Values.NODES.numberNode(group.getInteger(field, index));
      case INT64 -> logical instanceof DecimalLogicalTypeAnnotation decimal
          ? decimal(BigInteger.valueOf(group.getLong(field, index)), decimal)
          : Values.NODES.numberNode(group.getLong(field, index));
      case FLOAT -> Values.NODES.numberNode(group.getFloat(field, index));
      case DOUBLE -> Values.NODES.numberNode(group.getDouble(field, index));
      default -> binary(group.getBinary(field, index), logical);
    };
  }

  private static JsonNode binary(Binary value, LogicalTypeAnnotation logical) {
    if (logical instanceof DecimalLogicalTypeAnnotation decimal) {
      return decimal(new BigInteger(value.getBytes()), decimal);
    }
    if (LogicalTypeAnnotation.stringType().equals(logical)
        || LogicalTypeAnnotation.enumType().equals(logical)
        || LogicalTypeAnnotation.jsonType().equals(logical)) {
      return Values.text(value.toStringUsingUTF8());
    }
    return Values.text(Base64.getEncoder().encodeToString(value.getBytes()));
  }

  private static JsonNode decimal(BigInteger unscaled, DecimalLogicalTypeAnnotation decimal) {
    return Values.NODES.numberNode(new BigDecimal(unscaled, decimal.getScale()));
  }

  private static boolean isAnnotated(Type type, LogicalTypeAnnotation annotation) {
    return annotation.equals(type.getLogicalTypeAnnotation());
  }
}
