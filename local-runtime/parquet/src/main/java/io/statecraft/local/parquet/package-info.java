/**
 * Parquet items for the local runtime's distributed Map: {@link
 * io.statecraft.local.parquet.ParquetItems} is the {@code ParquetRows} the runtime finds with
 * {@link java.util.ServiceLoader} when this artifact is on the class path.
 */
package io.statecraft.local.parquet;
