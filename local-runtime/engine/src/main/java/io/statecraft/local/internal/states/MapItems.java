package io.statecraft.local.internal.states;

import io.statecraft.local.internal.items.ItemFormats;
import io.statecraft.local.internal.items.ItemReaderFailure;
import io.statecraft.local.internal.items.ItemStream;
import io.statecraft.local.internal.items.ObjectStore;
import io.statecraft.local.internal.items.ReaderSettings;
import io.statecraft.local.internal.json.Values;
import io.statecraft.local.internal.kernel.Line;
import io.statecraft.local.internal.maprun.MapRunHost;
import io.statecraft.local.internal.tasks.TaskDispatcher;
import io.statecraft.local.internal.tasks.TaskServices;
import io.statecraft.local.task.TaskFailure;
import java.util.Iterator;
import tools.jackson.databind.JsonNode;

/**
 * Where a distributed Map's items come from: the array in its input, or its ItemReader. The
 * reader's S3 call goes where a Task's would (a handler or mock bound to the Map state or to the
 * resource); when nothing is bound, the folder standing in for S3 answers.
 */
final class MapItems {

  /** AWS's most items an ItemReader reads. */
  static final long MAX_ITEMS = 100_000_000L;

  private MapItems() {}

  static ItemStream open(DistributedMapNode node, Line line, DistributedMapNode.Settings settings,
      MapRunHost host) {
    if (node.reader == null) {
      return stream(settings.items().values().iterator(), 0);
    }
    DistributedMapNode.Reader reader = node.reader;
    long maxItems = settings.maxItems();
    if (maxItems < 0) {
      throw new ItemReaderFailure("field MaxItems must be positive");
    }
    JsonNode parameters = reader.arguments != null
        ? reader.arguments.build(settings.bindings(), line)
        : reader.parameters != null ? reader.parameters.build(settings.effective(), line)
            : Values.object();
    ReaderSettings readerSettings = new ReaderSettings(reader.inputType,
        reader.csvHeaderLocation, reader.csvHeaders, reader.csvDelimiter, reader.manifestType,
        Math.min(maxItems, MAX_ITEMS));
    ServiceCall call = new ServiceCall(node.name, reader.resource, line);
    TaskDispatcher dispatcher = line.run().service(TaskServices.class).dispatcher();
    ObjectStore s3 = host.s3();
    if (s3 != null && !dispatcher.answers(call)) {
      return fromFolder(s3, reader.resource, parameters, readerSettings);
    }
    JsonNode result;
    try {
      result = dispatcher.call(call, parameters, call);
    } catch (TaskFailure failure) {
      throw new ItemReaderFailure(failure.cause() != null ? failure.cause() : failure.error());
    }
    return ItemFormats.fromHandlerResult(result, readerSettings, s3);
  }

  private static ItemStream fromFolder(ObjectStore s3, String resource, JsonNode parameters,
      ReaderSettings settings) {
    String bucket = parameters.path("Bucket").asString("");
    if (resource.endsWith(":listObjectsV2")) {
      return stream(s3.listObjectsV2(bucket, parameters.path("Prefix").asString("")),
          settings.maxItems());
    }
    return ItemFormats.read(s3.getObject(bucket, parameters.path("Key").asString("")),
        settings, s3);
  }

  /** The items of an iterator, at most {@code maxItems} (0: all). */
  static ItemStream stream(Iterator<JsonNode> items, long maxItems) {
    return new ItemStream() {
      private long read;

      @Override
      public boolean hasNext() {
        return (maxItems == 0 || read < maxItems) && items.hasNext();
      }

      @Override
      public JsonNode next() {
        read++;
        return items.next();
      }

      @Override
      public void close() {}
    };
  }
}
