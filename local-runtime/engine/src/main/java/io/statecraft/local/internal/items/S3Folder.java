package io.statecraft.local.internal.items;

import io.statecraft.local.internal.json.Values;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A local folder standing in for Amazon S3: bucket {@code b}, key {@code k} is the file {@code
 * root/b/k}, a key's {@code /}s making subfolders. Keys and bucket names that would leave the
 * folder ({@code ..} segments, absolute paths) are rejected. Listed objects carry what S3 would:
 * the quoted MD5 of the content as ETag, the file's modification time, storage class STANDARD.
 */
public final class S3Folder implements ObjectStore {
  /** S3 orders keys by their UTF-8 bytes, not by Java's UTF-16 string order. */
  private static final Comparator<String> KEY_ORDER =
      (a, b) -> Arrays.compareUnsigned(
          a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));

  private final Path root;

  public S3Folder(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  @Override
  public InputStream getObject(String bucket, String key) {
    Path file = file(bucket, key);
    try {
      return Files.newInputStream(file);
    } catch (NoSuchFileException e) {
      throw noSuchKey(bucket, key);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public Iterator<JsonNode> listObjectsV2(String bucket, String prefix) {
    Path folder = bucket(bucket);
    String wanted = prefix == null ? "" : prefix;
    List<String> keys;
    try (Stream<Path> files = Files.walk(folder)) {
      keys = files.filter(Files::isRegularFile)
          .map(file -> key(folder, file))
          .filter(key -> key.startsWith(wanted))
          .sorted(KEY_ORDER)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return keys.stream().map(key -> listed(folder, key)).iterator();
  }

  @Override
  public void putObject(String bucket, String key, byte[] content) {
    Path file = file(bucket, key);
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * One object as the {@code s3:listObjectsV2} ItemReader gives it. The field names and order
   * (with AWS's {@code Etag} spelling) follow the ItemReader documentation's example, as does
   * {@code LastModified} in epoch seconds.
   */
  private static JsonNode listed(Path folder, String key) {
    Path file = folder.resolve(key);
    ObjectNode item = Values.object();
    try {
      item.put("Etag", "\"" + md5Hex(file) + "\"");
      item.put("Key", key);
      item.put("LastModified", Files.getLastModifiedTime(file).toInstant().getEpochSecond());
      item.put("Size", Files.size(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    item.put("StorageClass", "STANDARD");
    return item;
  }

  private static String key(Path folder, Path file) {
    return folder.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
  }

  private Path bucket(String bucket) {
    if (bucket == null || bucket.isEmpty() || bucket.contains("/") || bucket.contains("\\")
        || bucket.equals(".") || bucket.equals("..")) {
      throw new IllegalArgumentException("bucket must be a plain folder name, was " + bucket);
    }
    Path folder = root.resolve(bucket);
    if (!Files.isDirectory(folder)) {
      throw new S3Failure(S3Failure.NO_SUCH_BUCKET,
          "The specified bucket does not exist" + requestIds(bucket));
    }
    return folder;
  }

  private Path file(String bucket, String key) {
    Path folder = bucket(bucket);
    if (key == null || key.isEmpty() || key.startsWith("/") || key.endsWith("/")
        || Arrays.asList(key.split("/")).contains("..")) {
      throw new IllegalArgumentException("key must name a file inside the bucket, was " + key);
    }
    Path file = folder.resolve(key).normalize();
    if (!file.startsWith(folder)) {
      throw new IllegalArgumentException("key must name a file inside the bucket, was " + key);
    }
    if (Files.isDirectory(file)) {
      throw noSuchKey(bucket, key);
    }
    return file;
  }

  private static S3Failure noSuchKey(String bucket, String key) {
    return new S3Failure(S3Failure.NO_SUCH_KEY,
        "The specified key does not exist." + requestIds(bucket + "/" + key));
  }

  /**
   * The service details S3's SDK appends to an error message. Real request IDs differ on every
   * call; these derive from the object named, so a local run reads the same each time.
   */
  private static String requestIds(String name) {
    byte[] digest = md5(name.getBytes(StandardCharsets.UTF_8));
    String requestId = HexFormat.of().withUpperCase().formatHex(digest, 0, 8);
    String extended = Base64.getEncoder().encodeToString(digest);
    return " (Service: S3, Status Code: 404, Request ID: " + requestId
        + ", Extended Request ID: " + extended + ")";
  }

  private static String md5Hex(Path file) throws IOException {
    MessageDigest md5 = md5Digest();
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), md5)) {
      in.transferTo(OutputStream.nullOutputStream());
    }
    return HexFormat.of().formatHex(md5.digest());
  }

  private static byte[] md5(byte[] bytes) {
    return md5Digest().digest(bytes);
  }

  private static MessageDigest md5Digest() {
    try {
      return MessageDigest.getInstance("MD5");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has MD5", e);
    }
  }
}
