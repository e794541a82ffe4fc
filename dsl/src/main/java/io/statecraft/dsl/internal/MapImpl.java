package io.statecraft.dsl.internal;

import io.statecraft.asl.QueryLanguage;
import io.statecraft.asl.StateType;
import io.statecraft.asl.map.ProcessorConfig;
import io.statecraft.dsl.flow.Flow;
import io.statecraft.dsl.flow.MapStep;
import io.statecraft.dsl.internal.value.BatchingImpl;
import io.statecraft.dsl.internal.value.ItemSourceImpl;
import io.statecraft.dsl.internal.value.Numbers;
import io.statecraft.dsl.internal.value.Paths;
import io.statecraft.dsl.internal.value.ResultSinkImpl;
import io.statecraft.dsl.map.Batching;
import io.statecraft.dsl.map.ItemSource;
import io.statecraft.dsl.map.ResultSink;
import io.statecraft.dsl.payload.Jsonata;
import io.statecraft.dsl.payload.Payload;

/**
 * The one implementation of the Map builder interfaces: its own fields here, those it shares with
 * other kinds in {@link StepImpl}.
 */
public final class MapImpl extends StepImpl<MapImpl> implements MapStep {

  MapImpl(Fields fields) {
    super(fields, StateType.MAP, MapImpl::new);
  }

  /** {@code Steps.map}. */
  public static MapImpl create(String name, Flow processor) {
    Fields fields = StateNode.start(name);
    Fragment.of(processor);
    fields.processor = processor;
    return new MapImpl(fields);
  }

  @Override
  public MapImpl itemSelector(Payload selector) {
    return copy(f -> f.itemSelector = req(selector, "selector"));
  }

  @Override
  public MapImpl legacyIterator() {
    return copy(f -> f.legacyIterator = true);
  }

  @Override
  public MapImpl processorComment(String comment) {
    return copy(f -> f.processorComment = req(comment, "comment"));
  }

  @Override
  public MapImpl legacyParameters(Payload parameters) {
    return copy(QueryLanguage.JSONPATH, "Parameters",
        f -> f.parameters = req(parameters, "parameters"));
  }

  @Override
  public MapImpl maxConcurrency(int limit) {
    return copy(f -> f.maxConcurrency = Numbers.atLeast(limit, 0, "limit"));
  }

  @Override
  public MapImpl maxConcurrency(String expression) {
    return copy(f -> f.maxConcurrency = Numbers.expression(expression, "maxConcurrency"));
  }

  @Override
  public MapImpl itemReader(ItemSource source) {
    return copy(f -> f.itemReader = ItemSourceImpl.of(req(source, "source")));
  }

  @Override
  public MapImpl itemBatcher(Batching batching) {
    return copy(f -> f.itemBatcher = BatchingImpl.of(req(batching, "batching")));
  }

  @Override
  public MapImpl resultWriter(ResultSink sink) {
    return copy(f -> f.resultWriter = ResultSinkImpl.of(req(sink, "sink")));
  }

  @Override
  public MapImpl toleratedFailurePercentage(double percentage) {
    return copy(f -> f.toleratedFailurePercentage = Numbers.percentage(percentage));
  }

  @Override
  public MapImpl toleratedFailurePercentage(String expression) {
    return copy(f -> f.toleratedFailurePercentage = Numbers.expression(expression, "expression"));
  }

  @Override
  public MapImpl toleratedFailureCount(int count) {
    return copy(f -> f.toleratedFailureCount = Numbers.atLeast(count, 0, "count"));
  }

  @Override
  public MapImpl toleratedFailureCount(String expression) {
    return copy(f -> f.toleratedFailureCount = Numbers.expression(expression, "expression"));
  }

  @Override
  public MapImpl label(String label) {
    return copy(f -> f.label = req(label, "label"));
  }

  @Override
  public MapImpl distributedStandard() {
    return copy(f -> {
      f.processorMode = ProcessorConfig.Mode.DISTRIBUTED;
      f.executionType = ProcessorConfig.ExecutionType.STANDARD;
    });
  }

  @Override
  public MapImpl distributedExpress() {
    return copy(f -> {
      f.processorMode = ProcessorConfig.Mode.DISTRIBUTED;
      f.executionType = ProcessorConfig.ExecutionType.EXPRESS;
    });
  }

  @Override
  public MapImpl itemsPath(String path) {
    return copy(QueryLanguage.JSONPATH, "ItemsPath", f -> f.itemsPath = Paths.text(path));
  }

  @Override
  public MapImpl maxConcurrencyPath(String path) {
    return copy(QueryLanguage.JSONPATH, "MaxConcurrencyPath",
        f -> f.maxConcurrencyPath = Paths.text(path));
  }

  @Override
  public MapImpl toleratedFailurePercentagePath(String path) {
    return copy(QueryLanguage.JSONPATH, "ToleratedFailurePercentagePath",
        f -> f.toleratedFailurePercentagePath = Paths.text(path));
  }

  @Override
  public MapImpl toleratedFailureCountPath(String path) {
    return copy(QueryLanguage.JSONPATH, "ToleratedFailureCountPath",
        f -> f.toleratedFailureCountPath = Paths.text(path));
  }

  @Override
  public MapImpl items(Jsonata items) {
    return copy(QueryLanguage.JSONATA, "Items", f -> f.items = req(items, "items"));
  }

  @Override
  public MapImpl items(Payload items) {
    return copy(QueryLanguage.JSONATA, "Items", f -> f.items = req(items, "items"));
  }
}
