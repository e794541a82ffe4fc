package io.statecraft.local.internal.states;

import io.statecraft.asl.ErrorNames;
import io.statecraft.local.internal.expr.StatesError;
import io.statecraft.local.internal.items.ChildResult;
import io.statecraft.local.internal.items.ObjectStore;
import io.statecraft.local.internal.items.ResultFiles;
import io.statecraft.local.internal.items.S3Failure;
import io.statecraft.local.internal.items.WriterSettings;
import io.statecraft.local.internal.json.Values;
import io.statecraft.local.internal.kernel.Line;
import io.statecraft.local.internal.maprun.MapRunHost;
import io.statecraft.local.internal.maprun.MapRunRecord;
import io.statecraft.local.internal.tasks.TaskDispatcher;
import io.statecraft.local.internal.tasks.TaskServices;
import io.statecraft.local.task.TaskFailure;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a distributed Map gives when its Map Run succeeds: the children's outputs in item order,
 * or, with a ResultWriter, the results written where the writer says (through a handler bound to
 * the Map state or its resource, else into the folder standing in for S3) and their location.
 */
final class MapResults {

  private MapResults() {}

  static JsonNode output(DistributedMapNode node, Line line,
      DistributedMapNode.Settings settings, MapRunRecord record, List<ChildResult> results,
      MapRunHost host) {
    DistributedMapNode.Writer writer = node.writer;
    if (writer == null || writer.resource == null) {
      return ResultFiles.output(results, new WriterSettings(
          writer == null || writer.outputType == null ? "JSON" : writer.outputType,
          writer == null || writer.transformation == null ? "COMPACT" : writer.transformation));
    }
    JsonNode parameters = writer.arguments != null
        ? writer.arguments.build(settings.bindings(), line)
        : writer.parameters != null ? writer.parameters.build(settings.effective(), line)
            : Values.object();
    String bucket = parameters.path("Bucket").asString("");
    String prefix = parameters.path("Prefix").asString("");
    ObjectStore store = store(node, writer, line, host);
    ObjectNode details;
    try {
      details = ResultFiles.write(store, bucket, prefix, record.arn, results,
          new WriterSettings(writer.outputType == null ? "JSON" : writer.outputType,
              writer.transformation == null ? "NONE" : writer.transformation));
    } catch (S3Failure failure) {
      throw new StatesError(ErrorNames.RESULT_WRITER_FAILED, failure.cause());
    } catch (TaskFailure failure) {
      throw new StatesError(ErrorNames.RESULT_WRITER_FAILED,
          failure.cause() != null ? failure.cause() : failure.error());
    }
    ObjectNode output = Values.object();
    output.put("MapRunArn", record.arn);
    output.set("ResultWriterDetails", details);
    return output;
  }

  /** Where the files go: a bound handler (each file one call), else the S3 folder. */
  private static ObjectStore store(DistributedMapNode node, DistributedMapNode.Writer writer,
      Line line, MapRunHost host) {
    ServiceCall call = new ServiceCall(node.name, writer.resource, line);
    TaskDispatcher dispatcher = line.run().service(TaskServices.class).dispatcher();
    if (host.s3() != null && !dispatcher.answers(call)) {
      return host.s3();
    }
    return new ObjectStore() {
      @Override
      public java.io.InputStream getObject(String bucket, String key) {
        throw new S3Failure("S3.NoSuchKeyException", "The ResultWriter only writes objects");
      }

      @Override
      public Iterator<JsonNode> listObjectsV2(String bucket, String prefix) {
        return java.util.Collections.emptyIterator();
      }

      @Override
      public void putObject(String bucket, String key, byte[] content) {
        ObjectNode request = Values.object();
        request.put("Bucket", bucket);
        request.put("Key", key);
        request.put("Body", new String(content, StandardCharsets.UTF_8));
        dispatcher.call(call, request, call);
      }
    };
  }
}
