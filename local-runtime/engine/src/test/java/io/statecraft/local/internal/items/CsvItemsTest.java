package io.statecraft.local.internal.items;

import static io.statecraft.local.internal.items.Items.read;
import static io.statecraft.local.internal.items.Items.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Delimited text read as AWS reads CSV items; the recorded cases come from runs against AWS. */
class CsvItemsTest {
  private static final ReaderSettings CSV = ReaderSettings.of("CSV");

  /** The rows of the recorded runs, after their header row. */
  private static final String ROWS =
      "Value1,Value2,Value3\nValue4,Value5,Value6\n,,,\ntrue,1,'HelloWorld'\nNull,None,\n   \n";

  @Test
  void should_key_every_row_by_the_first_row_with_string_values_when_headers_are_in_the_first_row() {
    // WHEN
    var items = read("Col1,Col2,Col3\n" + ROWS, CSV);
    // THEN
    assertThat(text(items)).isEqualTo("[{\"Col1\":\"Value1\",\"Col2\":\"Value2\",\"Col3\":\"Value3\"},"
        + "{\"Col1\":\"Value4\",\"Col2\":\"Value5\",\"Col3\":\"Value6\"},"
        + "{\"Col1\":\"\",\"Col2\":\"\",\"Col3\":\"\"},"
        + "{\"Col1\":\"true\",\"Col2\":\"1\",\"Col3\":\"'HelloWorld'\"},"
        + "{\"Col1\":\"Null\",\"Col2\":\"None\",\"Col3\":\"\"},"
        + "{\"Col1\":\"   \",\"Col2\":\"\",\"Col3\":\"\"}]");
  }

  @Test
  void should_key_every_row_including_the_first_when_headers_are_given() {
    // WHEN
    var items = read(ROWS, CSV.withGivenHeaders(List.of("H1", "H2", "H3")));
    // THEN
    assertThat(items).hasSize(6);
    assertThat(text(items.subList(0, 2))).isEqualTo(
        "[{\"H1\":\"Value1\",\"H2\":\"Value2\",\"H3\":\"Value3\"},"
            + "{\"H1\":\"Value4\",\"H2\":\"Value5\",\"H3\":\"Value6\"}]");
  }

  @Test
  void should_drop_the_fields_past_the_last_header_when_a_row_has_more_fields() {
    // WHEN
    var items = read(ROWS, CSV.withGivenHeaders(List.of("H1")));
    // THEN
    assertThat(text(items)).isEqualTo("[{\"H1\":\"Value1\"},{\"H1\":\"Value4\"},{\"H1\":\"\"},"
        + "{\"H1\":\"true\"},{\"H1\":\"Null\"},{\"H1\":\"   \"}]");
  }

  @Test
  void should_key_a_field_by_the_empty_string_when_the_header_row_ends_with_a_delimiter() {
    // WHEN: the recorded header row "H1," names two columns, the second one ""
    var items = read("H1,\nValue4,Value5,Value6\n,,,\ntrue,1,'HelloWorld'\nNull,None,\n   \n", CSV);
    // THEN
    assertThat(text(items)).isEqualTo("[{\"\":\"Value5\",\"H1\":\"Value4\"},{\"\":\"\",\"H1\":\"\"},"
        + "{\"\":\"1\",\"H1\":\"true\"},{\"\":\"None\",\"H1\":\"Null\"},{\"\":\"\",\"H1\":\"   \"}]");
  }

  @Test
  void should_order_fields_as_aws_does_when_headers_are_not_in_hash_order() {
    // WHEN
    var items = read("0,True,{}\nValue4,Value5,Value6\n", CSV);
    // THEN: recorded against AWS, the order of a Java HashMap, not the header order
    assertThat(text(items)).isEqualTo("[{\"0\":\"Value4\",\"{}\":\"Value6\",\"True\":\"Value5\"}]");
  }

  @Test
  void should_fail_with_awss_cause_when_given_headers_repeat_a_name() {
    // WHEN / THEN
    assertThatThrownBy(() -> read(ROWS, CSV.withGivenHeaders(List.of("H1", "H1"))))
        .isInstanceOfSatisfying(ItemReaderFailure.class, failure ->
            assertThat(failure.cause()).isEqualTo("CSV headers cannot contain duplicates."));
  }

  @Test
  void should_fail_the_same_way_when_the_first_row_repeats_a_name() {
    assertThatThrownBy(() -> read("A,B,A\n1,2,3\n", CSV))
        .isInstanceOfSatisfying(ItemReaderFailure.class, failure ->
            assertThat(failure.cause()).isEqualTo("CSV headers cannot contain duplicates."));
  }

  @Test
  void should_read_quoted_fields_with_delimiters_newlines_and_doubled_quotes_when_quoted() {
    // GIVEN: the row of AWS's CSV parsing example
    String row = "abc,123,\"This string contains commas, a double quotation marks (\"\"), and a "
        + "newline (\n)\",{\"\"MyKey\"\":\"\"MyValue\"\"},\"[1,2,3]\"\n";
    ReaderSettings settings = CSV.withGivenHeaders(
        List.of("MyLetters", "MyNumbers", "MyString", "MyObject", "MyArray"));
    // WHEN
    var items = read(row, settings);
    // THEN
    assertThat(items).hasSize(1);
    assertThat(items.get(0).get("MyString").stringValue()).isEqualTo(
        "This string contains commas, a double quotation marks (\"), and a newline (\n)");
    assertThat(items.get(0).get("MyObject").stringValue()).isEqualTo("{\"\"MyKey\"\":\"\"MyValue\"\"}");
    assertThat(items.get(0).get("MyArray").stringValue()).isEqualTo("[1,2,3]");
  }

  @Test
  void should_unescape_backslashes_quotes_and_delimiters_and_drop_other_backslashes() {
    // WHEN: AWS's example "C:\\Program Files\\MyApp.exe", then \" \, and \x
    var items = read("path,size\nC:\\\\Program Files\\\\MyApp.exe,6534512\n"
        + "a\\\"b\\,c,d\\xe\n", CSV);
    // THEN
    assertThat(text(items)).isEqualTo("[{\"path\":\"C:\\\\Program Files\\\\MyApp.exe\","
        + "\"size\":\"6534512\"},{\"path\":\"a\\\"b,c\",\"size\":\"dxe\"}]");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {"COMMA#,", "PIPE#|", "SEMICOLON#;", "SPACE#' '", "TAB#'\t'"})
  void should_split_fields_at_the_configured_delimiter(String name, char delimiter) {
    // GIVEN: a row that also holds a comma, which only COMMA splits at
    String content = "a" + delimiter + "b\n1" + delimiter + "x,y\n";
    // WHEN
    var items = read(content, CSV.withDelimiter(name));
    // THEN
    assertThat(items).hasSize(1);
    assertThat(items.get(0).get("a").stringValue()).isEqualTo("1");
    assertThat(items.get(0).get("b").stringValue()).isEqualTo(delimiter == ',' ? "x" : "x,y");
  }

  @Test
  void should_skip_empty_lines_and_read_crlf_line_ends_and_a_byte_order_mark() {
    // WHEN
    var items = read("\uFEFFa,b\r\n1,2\r\n\r\n\n3,4", CSV);
    // THEN
    assertThat(text(items)).isEqualTo("[{\"a\":\"1\",\"b\":\"2\"},{\"a\":\"3\",\"b\":\"4\"}]");
  }

  @Test
  void should_read_no_items_when_the_content_is_empty() {
    assertThat(read("", CSV)).isEmpty();
    assertThat(read("only,headers\n", CSV)).isEmpty();
  }
}
