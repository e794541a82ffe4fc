package io.statecraft.local.internal.items;

import java.io.InputStream;
import java.util.Iterator;
import tools.jackson.databind.JsonNode;

/**
 * Where a distributed Map's objects live: Amazon S3, or a stand-in for it. Missing buckets and keys
 * raise {@link S3Failure} with the error S3 would report.
 */
public interface ObjectStore {

  /** The content of an object; the caller closes the stream. */
  InputStream getObject(String bucket, String key);

  /**
   * The objects whose key starts with {@code prefix} (all when it is empty or null), in S3's order
   * (keys by their UTF-8 bytes), each as the {@code s3:listObjectsV2} ItemReader gives it: {@code
   * {"Etag","Key","LastModified","Size","StorageClass"}}.
   */
  Iterator<JsonNode> listObjectsV2(String bucket, String prefix);

  /** Stores {@code content} under the key, replacing any object there. */
  void putObject(String bucket, String key, byte[] content);
}
