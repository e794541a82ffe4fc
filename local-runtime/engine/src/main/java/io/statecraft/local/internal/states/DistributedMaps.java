package io.statecraft.local.internal.states;

import io.statecraft.asl.MapState;
import io.statecraft.asl.map.ItemBatcher;
import io.statecraft.asl.map.ItemReader;
import io.statecraft.asl.map.ProcessorConfig;
import io.statecraft.asl.map.ReaderConfig;
import io.statecraft.asl.map.ResultWriter;
import io.statecraft.asl.value.NumberOrExpression;
import java.math.BigDecimal;

/** Compiles the fields only a distributed Map has onto its node (JSONPath and literals). */
final class DistributedMaps {

  private DistributedMaps() {}

  static DistributedMapNode compile(Loader loader, String name, MapState state) {
    DistributedMapNode node = new DistributedMapNode(name);
    node.label = state.label();
    ProcessorConfig config = state.processor().processorConfig();
    node.express = config != null
        && config.executionType() == ProcessorConfig.ExecutionType.EXPRESS;
    io.statecraft.asl.ItemProcessor processor = state.processor();
    node.childDefinition = new io.statecraft.asl.StateMachine(processor.comment(),
        state.queryLanguage() != null ? state.queryLanguage()
            : loader.jsonata ? io.statecraft.asl.QueryLanguage.JSONATA : null,
        processor.startAt(), null, null, processor.states());
    return node;
  }

  static void configure(Loader loader, DistributedMapNode node, MapState state, String pointer) {
    node.toleratedCount = setting(loader, state.toleratedFailureCount(),
        state.toleratedFailureCountPath(), "ToleratedFailureCount");
    node.toleratedPercentage = setting(loader, state.toleratedFailurePercentage(),
        state.toleratedFailurePercentagePath(), "ToleratedFailurePercentage");
    if (state.itemReader() != null) {
      node.reader = reader(loader, state.itemReader(), pointer + "/ItemReader");
      if ("PARQUET".equals(node.reader.inputType)
          && !io.statecraft.local.internal.items.ParquetRows.available()) {
        loader.unsupported(pointer + "/ItemReader/ReaderConfig/InputType", node.name,
            "Parquet items (InputType PARQUET)", "reading Parquet needs "
                + io.statecraft.local.internal.items.ParquetRows.ARTIFACT + " on the class path:"
                + " add it as a test dependency, or to the sfn-maven-plugin's <dependencies>");
      }
    }
    if (state.itemBatcher() != null) {
      node.batcher = batcher(loader, state.itemBatcher(), pointer + "/ItemBatcher");
    }
    if (state.resultWriter() != null) {
      node.writer = writer(loader, state.resultWriter(), pointer + "/ResultWriter");
    }
  }

  private static DistributedMapNode.Reader reader(Loader loader, ItemReader spec,
      String pointer) {
    DistributedMapNode.Reader reader = new DistributedMapNode.Reader();
    reader.resource = spec.resource();
    reader.parameters = loader.template(spec.parameters(), pointer + "/Parameters");
    ReaderConfig config = spec.readerConfig();
    if (config != null) {
      reader.inputType = config.inputType();
      reader.csvHeaderLocation = config.csvHeaderLocation();
      reader.csvHeaders = config.csvHeaders();
      reader.csvDelimiter = config.csvDelimiter();
      reader.manifestType = config.manifestType();
      reader.maxItems = setting(loader, config.maxItems(), config.maxItemsPath(), "MaxItems");
    }
    return reader;
  }

  private static DistributedMapNode.Batcher batcher(Loader loader, ItemBatcher spec,
      String pointer) {
    DistributedMapNode.Batcher batcher = new DistributedMapNode.Batcher();
    batcher.maxItems = setting(loader, spec.maxItemsPerBatch(), spec.maxItemsPerBatchPath(),
        "MaxItemsPerBatch");
    batcher.maxBytes = setting(loader, spec.maxInputBytesPerBatch(),
        spec.maxInputBytesPerBatchPath(), "MaxInputBytesPerBatch");
    batcher.batchInput = loader.template(spec.batchInput(), pointer + "/BatchInput");
    return batcher;
  }

  private static DistributedMapNode.Writer writer(Loader loader, ResultWriter spec,
      String pointer) {
    DistributedMapNode.Writer writer = new DistributedMapNode.Writer();
    writer.resource = spec.resource();
    writer.parameters = loader.template(spec.parameters(), pointer + "/Parameters");
    if (spec.writerConfig() != null) {
      writer.outputType = spec.writerConfig().outputType();
      writer.transformation = spec.writerConfig().transformation();
    }
    return writer;
  }

  /** A literal or a JSONPath reference; a JSONata expression is compiled by JsonataStates. */
  private static DistributedMapNode.Setting setting(Loader loader, NumberOrExpression literal,
      String path, String field) {
    BigDecimal number = literal != null && literal.isNumber() ? literal.number() : null;
    return DistributedMapNode.Setting.of(number, path == null ? null : loader.paths.path(path),
        null, field);
  }
}
