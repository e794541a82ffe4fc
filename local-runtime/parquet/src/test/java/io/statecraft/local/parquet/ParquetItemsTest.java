package io.statecraft.local.parquet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.statecraft.local.internal.items.ItemFormats;
import io.statecraft.local.internal.items.ItemReaderFailure;
import io.statecraft.local.internal.items.ItemStream;
import io.statecraft.local.internal.items.ReaderSettings;
import io.statecraft.local.internal.json.Values;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

/** A Parquet file written with parquet-java, read back through the runtime's ItemFormats. */
class ParquetItemsTest {
  private static final MessageType SCHEMA = MessageTypeParser.parseMessageType("""
      message sensor {
        required binary device (STRING);
        required int64 reading_id;
        optional double temperature;
        required boolean ok;
        optional group tags (LIST) { repeated group list { optional binary element (STRING); } }
      }""");

  @TempDir Path folder;

  @Test
  void should_give_each_row_as_an_object_keyed_by_column_when_reading_parquet() throws IOException {
    // GIVEN: three rows, Snappy-compressed as most writers do; one temperature missing
    byte[] file = write(CompressionCodecName.SNAPPY);
    // WHEN
    List<JsonNode> items = read(file, ReaderSettings.of("PARQUET"));
    // THEN
    assertThat(items).extracting(Values::text).containsExactly(
        "{\"device\":\"d-0\",\"reading_id\":0,\"temperature\":20.5,\"ok\":true,\"tags\":[\"a\",\"b\"]}",
        "{\"device\":\"d-1\",\"reading_id\":1,\"temperature\":null,\"ok\":false,\"tags\":[]}",
        "{\"device\":\"d-2\",\"reading_id\":2,\"temperature\":22.5,\"ok\":true,\"tags\":[\"a\",\"b\"]}");
  }

  @ParameterizedTest
  @EnumSource(value = CompressionCodecName.class, names = {"UNCOMPRESSED", "SNAPPY", "GZIP"})
  void should_stop_after_max_items_whatever_the_compression(CompressionCodecName codec)
      throws IOException {
    byte[] file = write(codec);
    assertThat(read(file, ReaderSettings.of("PARQUET").withMaxItems(2)))
        .extracting(item -> item.get("device").stringValue()).containsExactly("d-0", "d-1");
  }

  @Test
  void should_fail_the_read_when_the_content_is_not_parquet() {
    assertThatThrownBy(() -> read(Values.utf8("a,b\n1,2\n"), ReaderSettings.of("PARQUET")))
        .isInstanceOfSatisfying(ItemReaderFailure.class, failure ->
            assertThat(failure.cause()).startsWith("Failed to read the Parquet items: "));
  }

  private byte[] write(CompressionCodecName codec) throws IOException {
    Path file = folder.resolve("rows-" + codec + ".parquet");
    SimpleGroupFactory rows = new SimpleGroupFactory(SCHEMA);
    try (ParquetWriter<Group> writer = writer(file, codec)) {
      for (int i = 0; i < 3; i++) {
        Group row = rows.newGroup()
            .append("device", "d-" + i)
            .append("reading_id", (long) i)
            .append("ok", i % 2 == 0);
        if (i != 1) {
          row.append("temperature", 20.5 + i);
        }
        Group tags = row.addGroup("tags");
        if (i != 1) {
          tags.addGroup("list").append("element", "a");
          tags.addGroup("list").append("element", "b");
        }
        writer.write(row);
      }
    }
    return Files.readAllBytes(file);
  }

  /**
   * A writer configured without Hadoop. Its builder methods are found by exact signature: javac,
   * and reflection's method lists, would load the Hadoop types of their other overloads, and
   * Hadoop is not on this module's class path.
   */
  @SuppressWarnings("unchecked")
  private static ParquetWriter<Group> writer(Path file, CompressionCodecName codec) {
    try {
      MethodHandles.Lookup lookup = MethodHandles.publicLookup();
      Object builder = lookup.findStatic(ExampleParquetWriter.class, "builder",
              MethodType.methodType(ExampleParquetWriter.Builder.class, OutputFile.class))
          .invoke(new LocalOutputFile(file));
      lookup.findVirtual(ParquetWriter.Builder.class, "withConf",
              MethodType.methodType(ParquetWriter.Builder.class, ParquetConfiguration.class))
          .invoke(builder, new PlainParquetConfiguration());
      ExampleParquetWriter.Builder typed = (ExampleParquetWriter.Builder) builder;
      return typed.withType(SCHEMA).withCodecFactory(new Codecs()).withCompressionCodec(codec)
          .build();
    } catch (Throwable e) {
      throw new AssertionError(e);
    }
  }

  private static List<JsonNode> read(byte[] file, ReaderSettings settings) {
    List<JsonNode> items = new ArrayList<>();
    try (ItemStream stream = ItemFormats.read(new ByteArrayInputStream(file), settings, null)) {
      stream.forEachRemaining(items::add);
    }
    return items;
  }
}
