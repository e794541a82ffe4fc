package io.statecraft.local.parquet;

import io.airlift.compress.Decompressor;
import io.airlift.compress.lz4.Lz4Decompressor;
import io.airlift.compress.zstd.ZstdDecompressor;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.xerial.snappy.Snappy;

/**
 * Page codecs without Hadoop: parquet-java's own factory builds Hadoop codecs, which need a Hadoop
 * {@code Configuration} and the rest of Hadoop's client at run time. Reads UNCOMPRESSED, SNAPPY,
 * GZIP, ZSTD and LZ4_RAW pages (what Athena, Spark, pyarrow and DuckDB write by default or on
 * request); writes UNCOMPRESSED, SNAPPY and GZIP.
 */
final class Codecs implements CompressionCodecFactory {

  @Override
  public BytesInputDecompressor getDecompressor(CompressionCodecName codec) {
    return new BytesInputDecompressor() {
      @Override
      public BytesInput decompress(BytesInput input, int uncompressedSize) throws IOException {
        return BytesInput.from(Codecs.decompress(codec, input.toInputStream().readAllBytes(), uncompressedSize));
      }

      @Override
      public void decompress(ByteBuffer input, int compressedSize, ByteBuffer output,
          int uncompressedSize) throws IOException {
        byte[] compressed = new byte[compressedSize];
        input.get(compressed);
        output.put(Codecs.decompress(codec, compressed, uncompressedSize));
      }

      @Override
      public void release() {}
    };
  }

  @Override
  public BytesInputCompressor getCompressor(CompressionCodecName codec) {
    return new BytesInputCompressor() {
      @Override
      public BytesInput compress(BytesInput input) throws IOException {
        return BytesInput.from(Codecs.compress(codec, input.toInputStream().readAllBytes()));
      }

      @Override
      public CompressionCodecName getCodecName() {
        return codec;
      }

      @Override
      public void release() {}
    };
  }

  @Override
  public void release() {}

  static byte[] decompress(CompressionCodecName codec, byte[] data, int size) throws IOException {
    return switch (codec) {
      case UNCOMPRESSED -> data;
      case SNAPPY -> Snappy.uncompress(data);
      case GZIP -> new GZIPInputStream(new ByteArrayInputStream(data)).readAllBytes();
      case ZSTD -> airlift(new ZstdDecompressor(), data, size);
      case LZ4_RAW -> airlift(new Lz4Decompressor(), data, size);
      default -> throw new IOException("Parquet pages compressed with " + codec
          + " cannot be read; UNCOMPRESSED, SNAPPY, GZIP, ZSTD and LZ4_RAW can");
    };
  }

  static byte[] compress(CompressionCodecName codec, byte[] data) throws IOException {
    switch (codec) {
      case UNCOMPRESSED:
        return data;
      case SNAPPY:
        return Snappy.compress(data);
      case GZIP:
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
          out.write(data);
        }
        return bytes.toByteArray();
      default:
        throw new IOException("Writing Parquet pages with " + codec + " is not supported");
    }
  }

  private static byte[] airlift(Decompressor decompressor, byte[] data, int size) {
    byte[] output = new byte[size];
    int written = decompressor.decompress(data, 0, data.length, output, 0, size);
    return written == size ? output : Arrays.copyOf(output, written);
  }
}
