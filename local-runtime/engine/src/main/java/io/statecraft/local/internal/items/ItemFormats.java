package io.statecraft.local.internal.items;

import io.statecraft.local.internal.json.Values;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A distributed Map's items from the content its {@code ItemReader} fetched, in each {@code
 * InputType} AWS reads: a JSON array, JSON Lines, delimited text, an S3 inventory or Athena
 * manifest, or Parquet rows. Items stream: none is read before it is asked for.
 */
public final class ItemFormats {
  private ItemFormats() {}

  /**
   * The items of one object's content as {@code settings} say, at most {@code maxItems} of them.
   * A manifest's listed objects are fetched from {@code store} as they are reached. The stream owns
   * {@code content} and closes it.
   *
   * @throws ItemReaderFailure when the settings or the content cannot be read as AWS would
   */
  public static ItemStream read(InputStream content, ReaderSettings settings, ObjectStore store) {
    try {
      long limit = settings.effectiveLimit();
      return LimitedItems.of(unlimited(content, settings, store, limit), limit);
    } catch (RuntimeException e) {
      ItemSource.closeQuietly(content);
      throw e;
    }
  }

  private static ItemStream unlimited(
      InputStream content, ReaderSettings settings, ObjectStore store, long limit) {
    if ("ATHENA_DATA".equals(settings.manifestType())) {
      return Manifests.athena(content, settings, store);
    }
    if (settings.inputType() == null) {
      throw new IllegalArgumentException(
          "inputType is null (s3:listObjectsV2), which lists objects and reads no content");
    }
    return switch (settings.inputType()) {
      case "JSON" -> new JsonArrayItems(content);
      case "JSONL" -> new JsonLinesItems(content);
      case "CSV" -> CsvItems.of(content, settings);
      case "MANIFEST" -> Manifests.inventory(content, store);
      default -> ParquetRows.load().read(content, limit);
    };
  }

  /**
   * The items when a handler or mock supplied the reader's result instead of S3: an array is the
   * items themselves; a string, or an object's {@code "Body"} string, is the content to read as
   * {@code settings} say; for {@code s3:listObjectsV2} (null input type), an object's {@code
   * "Contents"} are the items, an S3 SDK {@code ETag} field renamed {@code Etag} as the
   * ItemReader names it.
   */
  public static ItemStream fromHandlerResult(
      JsonNode result, ReaderSettings settings, ObjectStore store) {
    long limit = settings.effectiveLimit();
    JsonNode body = result.isObject() && result.has("Body") ? result.get("Body") : result;
    if (body.isString()) {
      return read(new ByteArrayInputStream(Values.utf8(body.stringValue())), settings, store);
    }
    if (settings.inputType() == null && result.isObject()) {
      return LimitedItems.of(listed(result.path("Contents").values().iterator(), true), limit);
    }
    if (!body.isArray()) {
      throw new ItemReaderFailure(JsonArrayItems.NOT_ITERABLE);
    }
    return LimitedItems.of(listed(body.values().iterator(), settings.inputType() == null), limit);
  }

  private static ItemStream listed(Iterator<JsonNode> elements, boolean objectListing) {
    return new ItemSource() {
      @Override
      protected JsonNode readNext() {
        if (!elements.hasNext()) {
          return null;
        }
        JsonNode item = elements.next();
        return objectListing ? renamedEtag(item) : item;
      }

      @Override
      public void close() {}
    };
  }

  /** {@code object} with an {@code ETag} field named {@code Etag}, or any other value as it is. */
  private static JsonNode renamedEtag(JsonNode item) {
    if (!item.isObject() || !item.has("ETag")) {
      return item;
    }
    ObjectNode renamed = Values.object();
    for (Map.Entry<String, JsonNode> field : item.properties()) {
      renamed.set(field.getKey().equals("ETag") ? "Etag" : field.getKey(), field.getValue());
    }
    return renamed;
  }
}
