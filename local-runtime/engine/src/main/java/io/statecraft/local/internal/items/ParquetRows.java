package io.statecraft.local.internal.items;

import java.io.InputStream;
import java.util.Iterator;
import java.util.ServiceLoader;

/**
 * Reads the rows of a Parquet file as items. The engine has no Parquet library of its own: an
 * implementation is found with {@link ServiceLoader}, and {@code io.statecraft:statecraft-parquet}
 * provides one, so only workflows that read Parquet pay for the dependency.
 */
public interface ParquetRows {

  /** The artifact that provides an implementation. */
  String ARTIFACT = "io.statecraft:statecraft-parquet";

  /** Each row of {@code content} as a JSON object keyed by column name, at most {@code maxItems}. */
  ItemStream read(InputStream content, long maxItems);

  /** Whether an implementation is on the class path. */
  static boolean available() {
    return ServiceLoader.load(ParquetRows.class, ParquetRows.class.getClassLoader()).findFirst()
        .isPresent();
  }

  /** The implementation on the class path, or a failure naming the artifact that provides one. */
  static ParquetRows load() {
    Iterator<ParquetRows> found =
        ServiceLoader.load(ParquetRows.class, ParquetRows.class.getClassLoader()).iterator();
    if (!found.hasNext()) {
      throw new ItemReaderFailure("Reading InputType PARQUET needs " + ARTIFACT
          + " on the class path (a test-scoped dependency of the project running the workflow)");
    }
    return found.next();
  }
}
