package io.statecraft.compiler;

import static io.statecraft.dsl.Steps.lambdaInvoke;
import static io.statecraft.dsl.Steps.sqsSendMessage;
import static io.statecraft.dsl.Steps.stateMachine;
import static io.statecraft.dsl.Steps.succeed;
import static io.statecraft.dsl.Steps.task;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.statecraft.asl.StateMachine;
import io.statecraft.asl.diagnostic.Diagnostic;
import io.statecraft.dsl.TypedWorkflow;
import io.statecraft.dsl.Workflow;
import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The schema of a record using every kind of component, compared with the golden file
 * {@code src/test/resources/schema/Order.schema.json}; regenerate it after a deliberate change
 * with {@code -Dstatecraft.schema.regenerate=true} and review the diff.
 */
class RecordSchemasTest {

  private static final boolean REGENERATE = Boolean.getBoolean("statecraft.schema.regenerate");
  private static final Path GOLDEN = Path.of("src/test/resources/schema");
  private static final JsonMapper JACKSON = JsonMapper.builder().build();

  /** Any library's {@code @Nullable} is taken; this one stands for them. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.RECORD_COMPONENT, ElementType.METHOD, ElementType.FIELD,
      ElementType.PARAMETER})
  @interface Nullable {}

  enum Status { NEW, @JsonProperty("in-progress") IN_PROGRESS, DONE }

  record Address(String street, String city) {}

  record Customer(String email, @Nullable String phone, Optional<Address> address) {}

  record Line(String sku, int quantity, BigDecimal price) {}

  /** Refers to itself: written as {@code "$ref": "#"}. */
  record Order(
      UUID id,
      Customer customer,
      List<Line> lines,
      Set<String> tags,
      String[] notes,
      Map<String, Integer> counts,
      Status status,
      boolean gift,
      long placedMillis,
      double weight,
      Instant placedAt,
      LocalDate deliveryDate,
      Duration handling,
      @JsonProperty("shipping_address") Address shippingAddress,
      Optional<Order> replaces,
      char grade,
      JsonNode extra) {}

  record Unsupported(String name, Thread owner) {}

  record Holder(List<Unsupported> items) {}

  record Receipt(String orderId) {}

  public static final class Orders implements TypedWorkflow<Order, Receipt> {
    @Override
    public StateMachine define() {
      return stateMachine().startWith(succeed("Done")).build();
    }
  }

  /** Declares the result records of two tasks, one named with characters files cannot hold. */
  public static final class Charging implements Workflow {
    @Override
    public StateMachine define() {
      return stateMachine()
          .startWith(task("Charge card", lambdaInvoke("charge")).result(Receipt.class)
              .next(task("Ship: a/b", sqsSendMessage("queue", "m")).result(Address.class)))
          .build();
    }
  }

  public static final class Plain implements Workflow {
    @Override
    public StateMachine define() {
      return stateMachine().startWith(succeed("Done")).build();
    }
  }

  static Order sample() {
    return new Order(UUID.fromString("6f1c1c3e-1111-4d2b-9b1e-2f4a2b9f0a01"),
        new Customer("a@example.com", null, Optional.of(new Address("Main St 1", "Springfield"))),
        List.of(new Line("BOOK-7", 2, new BigDecimal("15.00"))), Set.of("gift"),
        new String[] {"leave at door"}, Map.of("books", 2), Status.IN_PROGRESS, true,
        1_700_000_000_000L, 1.5, Instant.parse("2026-12-03T10:15:30Z"), LocalDate.of(2026, 12, 5),
        Duration.ofMinutes(90), new Address("Elm St 2", "Shelbyville"), Optional.empty(), 'A',
        JACKSON.readTree("{\"any\": [1, 2]}"));
  }

  @Test
  void should_write_the_golden_schema_of_a_record_with_every_kind_of_component()
      throws IOException {
    String schema = RecordSchemas.write(Order.class);
    Path golden = GOLDEN.resolve("Order.schema.json");
    if (REGENERATE) {
      Files.writeString(golden, schema, StandardCharsets.UTF_8);
    }
    assertThat(schema).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  @Test
  void should_find_nothing_wrong_with_what_jackson_writes_for_the_record() {
    JsonNode written = JACKSON.valueToTree(sample());

    assertThat(RecordSchemas.check(Order.class, written)).isEmpty();
    assertThat(JACKSON.treeToValue(written, Order.class).customer()).isEqualTo(sample().customer());
  }

  @Test
  void should_name_each_field_that_does_not_fit() {
    var value = JACKSON.valueToTree(sample()).deepCopy();
    var order = (tools.jackson.databind.node.ObjectNode) value;
    ((tools.jackson.databind.node.ObjectNode) order.get("lines").get(0)).put("quantity", "2");
    ((tools.jackson.databind.node.ObjectNode) order.get("customer")).remove("email");
    order.put("status", "LOST");
    order.put("placedAt", "yesterday");

    List<String> problems = RecordSchemas.check(Order.class, order).stream()
        .map(Diagnostic::toString).toList();

    assertThat(problems).containsExactlyInAnyOrder(
        "/customer/email: error VALUE_MISSING_FIELD: /customer needs the field \"email\"",
        "/lines/0/quantity: error VALUE_TYPE: /lines/0/quantity must be a whole number, not"
            + " the string \"2\"",
        "/status: error VALUE_NOT_ALLOWED: /status must be one of NEW, in-progress, DONE, not"
            + " the string \"LOST\"",
        "/placedAt: error VALUE_FORMAT: /placedAt must be a date-time (RFC 3339, e.g."
            + " 2026-12-03T10:15:30Z), not the string \"yesterday\"");
  }

  record Counts(int items, long bytes, short tries, byte level, java.math.BigInteger huge) {}

  @Test
  void should_name_a_whole_number_outside_the_range_of_its_java_type() {
    JsonNode counts = JACKSON.readTree("{\"items\": 2147483648, \"bytes\": 9223372036854775807,"
        + " \"tries\": -32769, \"level\": 128, \"huge\": 92233720368547758070}");

    assertThat(RecordSchemas.check(Counts.class, counts)).extracting(Diagnostic::toString)
        .containsExactlyInAnyOrder(
            "/items: error VALUE_OUT_OF_RANGE: /items must be at most 2147483647, not the number"
                + " 2147483648",
            "/tries: error VALUE_OUT_OF_RANGE: /tries must be at least -32768, not the number"
                + " -32769",
            "/level: error VALUE_OUT_OF_RANGE: /level must be at most 127, not the number 128");
  }

  @Test
  void should_give_int_and_long_components_the_range_of_their_java_type() {
    JsonNode schema = RecordSchemas.toJson(Counts.class).get("properties");

    assertThat(schema.get("items").toString())
        .isEqualTo("{\"type\":\"integer\",\"minimum\":-2147483648,\"maximum\":2147483647}");
    assertThat(schema.get("bytes").toString()).isEqualTo("{\"type\":\"integer\","
        + "\"minimum\":-9223372036854775808,\"maximum\":9223372036854775807}");
    assertThat(schema.get("huge").toString()).isEqualTo("{\"type\":\"integer\"}");
  }

  @Test
  void should_accept_absent_or_null_optional_and_nullable_components() {
    JsonNode customer = JACKSON.readTree("{\"email\": \"a@example.com\", \"phone\": null}");

    assertThat(RecordSchemas.check(Customer.class, customer)).isEmpty();
  }

  @Test
  void should_name_the_field_inside_an_optional_record_without_its_null_alternative() {
    JsonNode customer = JACKSON.readTree(
        "{\"email\": \"a@example.com\", \"address\": {\"street\": \"Main St 1\"}}");

    assertThat(RecordSchemas.check(Customer.class, customer)).extracting(Diagnostic::toString)
        .containsExactly("/address/city: error VALUE_MISSING_FIELD: /address needs the field"
            + " \"city\"");
  }

  @Test
  void should_name_the_component_whose_type_has_no_schema() {
    assertThatThrownBy(() -> RecordSchemas.write(Holder.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unsupported.owner has the type java.lang.Thread, which has no JSON Schema:"
            + " JSON Schemas are written for records, enums, strings, numbers, booleans,"
            + " java.time values, lists, sets, arrays, maps and Optional");
  }

  @Test
  void should_give_the_input_and_output_schema_files_of_a_typed_workflow_only() {
    Map<String, String> files = RecordSchemas.files(new Orders());

    assertThat(files).containsOnlyKeys("Orders.input.schema.json", "Orders.output.schema.json");
    assertThat(files.get("Orders.input.schema.json")).isEqualTo(RecordSchemas.write(Order.class));
    assertThat(files.get("Orders.output.schema.json"))
        .isEqualTo(RecordSchemas.write(Receipt.class));
    assertThat(RecordSchemas.files(new Plain())).isEmpty();
  }

  @Test
  void should_give_the_schema_file_of_each_declared_task_result_named_after_its_state() {
    Map<String, String> files = RecordSchemas.files(new Charging());

    assertThat(files).containsOnlyKeys("Charging.Charge card.result.schema.json",
        "Charging.Ship_ a_b.result.schema.json");
    assertThat(files.get("Charging.Charge card.result.schema.json"))
        .isEqualTo(RecordSchemas.write(Receipt.class));
    assertThat(files.get("Charging.Ship_ a_b.result.schema.json"))
        .isEqualTo(RecordSchemas.write(Address.class));
  }
}
