package io.statecraft.dsl.internal;

import io.statecraft.asl.QueryLanguage;
import io.statecraft.asl.diagnostic.SourceLocation;
import io.statecraft.asl.map.ProcessorConfig;
import io.statecraft.asl.value.NumberOrExpression;
import io.statecraft.asl.value.Path;
import io.statecraft.dsl.flow.Flow;
import io.statecraft.dsl.integration.Integration;
import io.statecraft.dsl.internal.value.BatchingImpl;
import io.statecraft.dsl.internal.value.CatchImpl;
import io.statecraft.dsl.internal.value.ItemSourceImpl;
import io.statecraft.dsl.internal.value.ResultSinkImpl;
import io.statecraft.dsl.internal.value.RetryImpl;
import io.statecraft.dsl.payload.Payload;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything a state builder has been told, for every kind of state. Each builder call copies it,
 * changes the copy and wraps it in a new builder, so builders stay immutable; lists are replaced,
 * never changed in place.
 */
final class Fields implements Cloneable {

  /** A Choice rule: a JSONPath condition or a JSONata one, its options, and where it goes. */
  record RuleSpec(RuleImpl rule, Flow target) {}

  /** A Parallel branch and its {@code Comment}, or null. */
  record BranchSpec(Flow flow, String comment) {}

  /** A catcher and its handler. */
  record CatchSpec(CatchImpl spec, Flow handler) {}

  String name;
  SourceLocation source;
  /** The language chosen by calling a language-only method; null while undecided. */
  QueryLanguage mode;
  /** The first field of the other language set after {@link #mode} was chosen, or null. */
  String conflict;

  String comment;
  Path inputPath;
  Path outputPath;
  Path resultPath;
  Payload parameters;
  Payload result;
  Payload resultSelector;
  Payload assign;
  Payload credentials;
  Object output;
  Object arguments;

  Integration integration;
  /** The record a Task state declares for its result, or null. */
  Class<? extends Record> resultRecord;
  NumberOrExpression timeout;
  String timeoutPath;
  NumberOrExpression heartbeat;
  String heartbeatPath;
  List<RetryImpl> retries = List.of();
  List<CatchSpec> catches = List.of();

  NumberOrExpression seconds;
  String timestamp;
  String secondsPath;
  String timestampPath;

  List<RuleSpec> rules = List.of();
  Flow otherwise;

  String error;
  String cause;
  String errorPath;
  String causePath;

  List<BranchSpec> branches = List.of();

  Flow processor;
  /** The {@code Comment} of the item processor (or legacy iterator), or null. */
  String processorComment;
  /** A Map writes its processor as the legacy {@code Iterator}. */
  boolean legacyIterator;
  ProcessorConfig.Mode processorMode;
  ProcessorConfig.ExecutionType executionType;
  String itemsPath;
  Object items;
  Payload itemSelector;
  ItemSourceImpl itemReader;
  BatchingImpl itemBatcher;
  ResultSinkImpl resultWriter;
  NumberOrExpression maxConcurrency;
  String maxConcurrencyPath;
  NumberOrExpression toleratedFailurePercentage;
  String toleratedFailurePercentagePath;
  NumberOrExpression toleratedFailureCount;
  String toleratedFailureCountPath;
  String label;

  /** A Fail state's {@code Error} or {@code ErrorPath}: setting one clears the other. */
  void error(String text, String path) {
    error = text;
    errorPath = path;
  }

  /** A Fail state's {@code Cause} or {@code CausePath}: setting one clears the other. */
  void cause(String text, String path) {
    cause = text;
    causePath = path;
  }

  /** Records that {@code field}, which only {@code language} has, was set. */
  void use(QueryLanguage language, String field) {
    if (mode == null) {
      mode = language;
    } else if (mode != language && conflict == null) {
      conflict = field;
    }
  }

  @Override
  protected Fields clone() {
    try {
      return (Fields) super.clone();
    } catch (CloneNotSupportedException e) {
      throw new AssertionError(e);
    }
  }

  static <T> List<T> append(List<T> list, T item) {
    List<T> copy = new ArrayList<>(list);
    copy.add(item);
    return List.copyOf(copy);
  }
}
