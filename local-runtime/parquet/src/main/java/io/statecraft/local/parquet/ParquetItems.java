package io.statecraft.local.parquet;

import io.statecraft.local.internal.items.ItemReaderFailure;
import io.statecraft.local.internal.items.ItemStream;
import io.statecraft.local.internal.items.ParquetRows;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.NoSuchElementException;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.MessageColumnIO;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.schema.MessageType;
import tools.jackson.databind.JsonNode;

/**
 * The rows of a Parquet object as items, one row group in memory at a time. Parquet keeps its
 * index at the end of the file, so the content is first copied to a temporary file, deleted when
 * the stream is closed. Reads through parquet-java's Hadoop-free API ({@code LocalInputFile},
 * {@code PlainParquetConfiguration}) with our own page {@link Codecs}; parquet-java still loads a
 * few Hadoop classes while it builds its read options, hence hadoop-client-api in the POM.
 */
public final class ParquetItems implements ParquetRows {

  @Override
  public ItemStream read(InputStream content, long maxItems) {
    Path file = null;
    try (content) {
      file = Files.createTempFile("statecraft-items-", ".parquet");
      Files.copy(content, file, StandardCopyOption.REPLACE_EXISTING);
      return new Rows(file, maxItems);
    } catch (IOException | RuntimeException e) {
      delete(file);
      if (e instanceof ItemReaderFailure failure) {
        throw failure;
      }
      throw new ItemReaderFailure("Failed to read the Parquet items: " + e.getMessage());
    }
  }

  private static void delete(Path file) {
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        // A temporary file left behind changes no item; the OS cleans its temp folder.
      }
    }
  }

  /** Rows of one file, row group after row group. */
  private static final class Rows implements ItemStream {
    private final Path file;
    private final ParquetFileReader reader;
    private final MessageType schema;
    private final MessageColumnIO columns;
    private final long limit;
    private RecordReader<Group> records;
    private long leftInGroup;
    private long read;

    Rows(Path file, long maxItems) throws IOException {
      this.file = file;
      ParquetReadOptions options = ParquetReadOptions.builder(new PlainParquetConfiguration())
          .withCodecFactory(new Codecs())
          .build();
      // The constructor, not open(InputFile, options): open's other two-argument overload takes
      // Hadoop types, and javac must load them to choose between the two.
      this.reader = new ParquetFileReader(new LocalInputFile(file), options);
      this.schema = reader.getFooter().getFileMetaData().getSchema();
      this.columns = new ColumnIOFactory().getColumnIO(schema);
      this.limit = maxItems <= 0 ? Long.MAX_VALUE : maxItems;
    }

    @Override
    public boolean hasNext() {
      if (read >= limit) {
        return false;
      }
      while (leftInGroup == 0) {
        PageReadStore group = nextGroup();
        if (group == null) {
          return false;
        }
        leftInGroup = group.getRowCount();
        records = columns.getRecordReader(group, new GroupRecordConverter(schema));
      }
      return true;
    }

    private PageReadStore nextGroup() {
      try {
        return reader.readNextRowGroup();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public JsonNode next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      leftInGroup--;
      read++;
      return GroupJson.object(records.read());
    }

    @Override
    public void close() {
      try {
        reader.close();
      } catch (IOException e) {
        // Nothing more is read from it.
      }
      delete(file);
    }
  }
}
