package io.statecraft.local.internal.items;

import static io.statecraft.local.internal.items.Items.read;
import static io.statecraft.local.internal.items.Items.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.statecraft.local.internal.json.Values;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** JSON, JSON Lines, MaxItems, streaming and the Parquet hook; CSV has its own test. */
class ItemFormatsTest {
  private static final String VERDICTS = "[{\"verdict\":\"true\",\"statement_date\":\"6/11/2008\"},"
      + "{\"verdict\":\"false\",\"statement_date\":\"6/7/2022\"},"
      + "{\"verdict\":\"mostly-true\",\"statement_date\":\"5/18/2016\"}]";
  private static final String FOUR_ROWS =
      "Col1,Col2\nValue1,Value2\nValue3,Value4\nValue5,Value6\nValue7,Value8\n";

  @Test
  void should_give_each_element_unchanged_when_the_json_is_an_array() {
    assertThat(text(read(VERDICTS, ReaderSettings.of("JSON")))).isEqualTo(VERDICTS);
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"a\":[1,2]}", "\"text\"", "42", ""})
  void should_fail_with_awss_cause_when_the_json_is_not_an_array(String content) {
    assertThatThrownBy(() -> read(content, ReaderSettings.of("JSON")))
        .isInstanceOfSatisfying(ItemReaderFailure.class, failure ->
            assertThat(failure.cause()).isEqualTo("Attempting to map over non-iterable node."));
  }

  @Test
  void should_fail_naming_the_problem_when_the_json_array_is_malformed() {
    assertThatThrownBy(() -> read("[1, 2, {", ReaderSettings.of("JSON")))
        .isInstanceOfSatisfying(ItemReaderFailure.class, failure ->
            assertThat(failure.cause()).startsWith("Failed to parse the items: "));
  }

  @Test
  void should_give_a_value_per_line_and_skip_blank_lines_when_the_input_is_json_lines() {
    // WHEN
    var items = read("{\"a\":1}\n\n[2,3]\n\"four\"\n", ReaderSettings.of("JSONL"));
    // THEN
    assertThat(text(items)).isEqualTo("[{\"a\":1},[2,3],\"four\"]");
  }

  @Test
  void should_fail_naming_the_line_when_a_json_line_is_not_json() {
    assertThatThrownBy(() -> read("{\"a\":1}\n{oops\n", ReaderSettings.of("JSONL")))
        .isInstanceOfSatisfying(ItemReaderFailure.class, failure ->
            assertThat(failure.cause()).startsWith("Line 2 of the JSON Lines input is not JSON"));
  }

  @ParameterizedTest
  @ValueSource(longs = {0, 4, 5, 100_000_000, 100_000_001})
  void should_read_every_item_when_max_items_is_zero_or_at_least_the_item_count(long maxItems) {
    assertThat(read(FOUR_ROWS, ReaderSettings.of("CSV").withMaxItems(maxItems))).hasSize(4);
  }

  @Test
  void should_stop_after_max_items_when_max_items_is_below_the_item_count() {
    // WHEN
    var items = read(FOUR_ROWS, ReaderSettings.of("CSV").withMaxItems(2));
    // THEN
    assertThat(text(items)).isEqualTo(
        "[{\"Col1\":\"Value1\",\"Col2\":\"Value2\"},{\"Col1\":\"Value3\",\"Col2\":\"Value4\"}]");
    assertThat(read(VERDICTS, ReaderSettings.of("JSON").withMaxItems(2))).hasSize(2);
  }

  @Test
  void should_fail_with_awss_cause_when_max_items_is_negative() {
    assertThatThrownBy(() -> read(FOUR_ROWS, ReaderSettings.of("CSV").withMaxItems(-1)))
        .isInstanceOfSatisfying(ItemReaderFailure.class, failure ->
            assertThat(failure.cause()).isEqualTo("field MaxItems must be positive"));
  }

  @Test
  void should_read_rows_as_they_are_asked_for_when_the_csv_is_large() {
    // GIVEN: 100,000 rows made as they are read
    GeneratedCsv csv = new GeneratedCsv(100_000);
    // WHEN
    try (ItemStream items = ItemFormats.read(csv, ReaderSettings.of("CSV"), null)) {
      var first = items.next();
      long generatedForFirst = csv.generated;
      long count = 1;
      String last = null;
      while (items.hasNext()) {
        last = items.next().get("id").stringValue();
        count++;
      }
      // THEN: the first item came after reading a buffer's worth, not the whole object
      assertThat(first.get("id").stringValue()).isEqualTo("0");
      assertThat(generatedForFirst).isLessThan(64 * 1024);
      assertThat(csv.generated).isGreaterThan(2_000_000);
      assertThat(count).isEqualTo(100_000);
      assertThat(last).isEqualTo("99999");
    }
    assertThat(csv.closed).isTrue();
  }

  @Test
  void should_fail_naming_the_artifact_when_no_parquet_reader_is_on_the_class_path() {
    assertThatThrownBy(() -> read("PAR1", ReaderSettings.of("PARQUET")))
        .isInstanceOfSatisfying(ItemReaderFailure.class, failure ->
            assertThat(failure.cause()).contains("io.statecraft:statecraft-parquet"));
  }

  @Test
  void should_take_an_array_result_as_the_items_when_a_handler_supplies_it() {
    // WHEN
    var items = Items.drain(ItemFormats.fromHandlerResult(
        Values.parse("[{\"ETag\":1},2,3]"), ReaderSettings.of("JSON").withMaxItems(2), null));
    // THEN: an item's own fields are never renamed
    assertThat(text(items)).isEqualTo("[{\"ETag\":1},2]");
  }

  @Test
  void should_parse_a_string_or_body_result_as_content_when_a_handler_supplies_it() {
    ReaderSettings csv = ReaderSettings.of("CSV");
    assertThat(text(Items.drain(ItemFormats.fromHandlerResult(
        Values.parse("\"a,b\\n1,2\\n\""), csv, null)))).isEqualTo("[{\"a\":\"1\",\"b\":\"2\"}]");
    assertThat(text(Items.drain(ItemFormats.fromHandlerResult(
        Values.parse("{\"Body\":\"[1,2]\"}"), ReaderSettings.of("JSON"), null))))
        .isEqualTo("[1,2]");
  }

  @Test
  void should_take_the_contents_as_items_when_a_handler_supplies_an_object_listing() {
    // WHEN
    var items = Items.drain(ItemFormats.fromHandlerResult(Values.parse(
        "{\"Contents\":[{\"ETag\":\"\\\"e\\\"\",\"Key\":\"a\",\"Size\":1}],\"KeyCount\":1}"),
        ReaderSettings.of(null), null));
    // THEN: named as the ItemReader names it
    assertThat(text(items)).isEqualTo("[{\"Etag\":\"\\\"e\\\"\",\"Key\":\"a\",\"Size\":1}]");
  }

  @Test
  void should_fail_with_awss_cause_when_a_handler_result_is_not_iterable() {
    assertThatThrownBy(() -> ItemFormats.fromHandlerResult(
        Values.parse("{\"Body\":{\"a\":1}}"), ReaderSettings.of("JSON"), null))
        .isInstanceOfSatisfying(ItemReaderFailure.class, failure ->
            assertThat(failure.cause()).isEqualTo("Attempting to map over non-iterable node."));
  }

  /** A CSV object of {@code rows} rows, produced byte by byte as it is read. */
  private static final class GeneratedCsv extends InputStream {
    private final int rows;
    private int row = -1;
    private byte[] line = "id,name\n".getBytes(StandardCharsets.US_ASCII);
    private int position;
    long generated;
    boolean closed;

    GeneratedCsv(int rows) {
      this.rows = rows;
    }

    @Override
    public int read() {
      if (position == line.length) {
        if (row + 1 == rows) {
          return -1;
        }
        row++;
        line = (row + ",name number " + row + "\n").getBytes(StandardCharsets.US_ASCII);
        position = 0;
      }
      generated++;
      return line[position++];
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      int count = 0;
      while (count < length) {
        int b = read();
        if (b < 0) {
          return count == 0 ? -1 : count;
        }
        buffer[offset + count++] = (byte) b;
      }
      return count;
    }

    @Override
    public void close() {
      closed = true;
    }
  }
}
