package io.statecraft.local.internal.items;

/** Where objects live. */
public interface ObjectStore {
  java.io.InputStream getObject(String bucket, String key);

  java.util.Iterator<tools.jackson.databind.JsonNode> listObjectsV2(String bucket, String prefix);

  void putObject(String bucket, String key, byte[] content);
}
