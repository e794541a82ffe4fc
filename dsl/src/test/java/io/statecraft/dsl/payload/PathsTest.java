package io.statecraft.dsl.payload;

import static io.statecraft.dsl.Steps.path;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PathsTest {

  record Customer(String email, @JsonProperty("is_vip") boolean vip) {}

  record Line(String sku, int quantity) {}

  record Order(String id, Customer customer, List<Line> lines, Set<String> tags,
      BigDecimal total, @JsonProperty("shipping address") String address,
      Map<String, String> notes) {}

  /** Not a record: its getters are not components. */
  static final class Bean {
    String getName() {
      return "";
    }
  }

  @Test
  void should_write_the_component_name_when_the_path_is_one_component() {
    assertThat(Paths.of(Order::total).expression()).isEqualTo("$.total");
    assertThat(path(Order::id)).isEqualTo(new JsonPath("$.id"));
  }

  @Test
  void should_follow_nested_components_when_chained_with_then() {
    assertThat(Paths.of(Order::customer).then(Customer::email).path())
        .isEqualTo(new JsonPath("$.customer.email"));
  }

  @Test
  void should_reach_list_items_by_index_or_all_of_them() {
    assertThat(Paths.of(Order::lines).at(0).then(Line::sku).expression())
        .isEqualTo("$.lines[0].sku");
    assertThat(Paths.of(Order::lines).each().then(Line::quantity).expression())
        .isEqualTo("$.lines[*].quantity");
    assertThat(Paths.of(Order::lines).path()).isEqualTo(new JsonPath("$.lines"));
    assertThat(Paths.of(Order::tags).at(2).expression()).isEqualTo("$.tags[2]");
  }

  @Test
  void should_use_the_json_property_name_when_a_component_has_one() {
    assertThat(Paths.of(Order::customer).then(Customer::vip).expression())
        .isEqualTo("$.customer.is_vip");
    assertThat(Paths.of(Order::address).expression()).isEqualTo("$['shipping address']");
  }

  @Test
  void should_be_usable_in_conditions_and_payloads() {
    assertThat(path(Order::total).gt(100).toString()).contains("$.total");
    assertThat(io.statecraft.dsl.Steps.payload().put("email",
            Paths.of(Order::customer).then(Customer::email).path()).toJson().toString())
        .isEqualTo("{\"email.$\":\"$.customer.email\"}");
  }

  @Test
  void should_fill_the_path_fields_of_a_state_from_typed_paths() {
    io.statecraft.asl.StateMachine machine = io.statecraft.dsl.Steps.stateMachine()
        .startWith(io.statecraft.dsl.Steps.task("Charge",
                io.statecraft.dsl.Steps.lambdaInvoke("charge"))
            .inputPath(path(Order::customer))
            .resultPath(path(Customer::email))
            .outputPath(path(Customer::vip))
            .catching(io.statecraft.dsl.Steps.errors("Boom").resultPath(path(Order::id)),
                io.statecraft.dsl.Steps.succeed("Caught")))
        .build();

    io.statecraft.asl.TaskState charge = (io.statecraft.asl.TaskState) machine.states()
        .get("Charge");
    assertThat(charge.inputPath()).isEqualTo(io.statecraft.asl.value.Path.of("$.customer"));
    assertThat(charge.resultPath()).isEqualTo(io.statecraft.asl.value.Path.of("$.email"));
    assertThat(charge.outputPath()).isEqualTo(io.statecraft.asl.value.Path.of("$.is_vip"));
    assertThat(charge.catchers().get(0).resultPath())
        .isEqualTo(io.statecraft.asl.value.Path.of("$.id"));
  }

  @Test
  void should_refuse_a_lambda_that_is_not_a_method_reference() {
    assertThatThrownBy(() -> Paths.of((Order order) -> order.total()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("a typed path needs a method reference to a record component,"
            + " like Order::total; io.statecraft.dsl.payload.PathsTest::lambda$");
  }

  @Test
  void should_refuse_a_method_reference_to_a_method_that_is_not_a_component() {
    assertThatThrownBy(() -> Paths.of(Bean::getName))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a typed path needs a method reference to a record component, like"
            + " Order::total; io.statecraft.dsl.payload.PathsTest$Bean::getName is not a"
            + " component of a record");
    assertThatThrownBy(() -> Paths.of(Order::toString))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PathsTest$Order::toString is not a component of a record");
  }

  @Test
  void should_refuse_a_negative_index() {
    assertThatThrownBy(() -> Paths.of(Order::lines).at(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("index must be >= 0, was -1");
  }

  @Test
  void should_be_equal_when_the_expressions_are() {
    assertThat(Paths.of(Order::lines).at(1)).isEqualTo(Paths.of(Order::lines).at(1))
        .hasSameHashCodeAs(Paths.of(Order::lines).at(1));
    assertThat(Paths.of(Order::lines)).isEqualTo(Paths.of(Order::lines));
  }
}
