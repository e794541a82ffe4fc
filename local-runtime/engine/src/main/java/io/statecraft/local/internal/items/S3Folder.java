package io.statecraft.local.internal.items;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import tools.jackson.databind.JsonNode;

/** Placeholder until the folder lands: bucket b, key k is the file DIR/b/k. */
public final class S3Folder implements ObjectStore {
  private final Path root;

  public S3Folder(Path root) {
    this.root = root;
  }

  @Override
  public InputStream getObject(String bucket, String key) {
    try {
      return Files.newInputStream(root.resolve(bucket).resolve(key));
    } catch (IOException e) {
      throw new S3Failure("S3.NoSuchKeyException", "The specified key does not exist.");
    }
  }

  @Override
  public Iterator<JsonNode> listObjectsV2(String bucket, String prefix) {
    return java.util.Collections.emptyIterator();
  }

  @Override
  public void putObject(String bucket, String key, byte[] content) {
    try {
      Path file = root.resolve(bucket).resolve(key);
      Files.createDirectories(file.getParent());
      Files.write(file, content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
