package io.statecraft.dsl.internal;

import io.statecraft.asl.Branch;
import io.statecraft.asl.Catcher;
import io.statecraft.asl.ChoiceRule;
import io.statecraft.asl.ChoiceState;
import io.statecraft.asl.FailState;
import io.statecraft.asl.ItemProcessor;
import io.statecraft.asl.MapState;
import io.statecraft.asl.ParallelState;
import io.statecraft.asl.PassState;
import io.statecraft.asl.QueryLanguage;
import io.statecraft.asl.Retrier;
import io.statecraft.asl.State;
import io.statecraft.asl.SucceedState;
import io.statecraft.asl.TaskState;
import io.statecraft.asl.WaitState;
import io.statecraft.asl.condition.Condition;
import io.statecraft.asl.map.ItemReader;
import io.statecraft.asl.map.ProcessorConfig;
import io.statecraft.asl.map.ResultWriter;
import io.statecraft.asl.value.NumberOrExpression;
import io.statecraft.dsl.flow.Flow;
import io.statecraft.dsl.integration.Integration;
import io.statecraft.dsl.internal.value.CallImpl;
import io.statecraft.dsl.internal.value.LambdaCallImpl;
import io.statecraft.dsl.internal.value.Numbers;
import io.statecraft.dsl.internal.value.PayloadImpl;
import io.statecraft.dsl.internal.value.RetryImpl;
import io.statecraft.dsl.internal.value.Values;
import io.statecraft.dsl.payload.Jsonata;
import io.statecraft.dsl.payload.Payload;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.StringNode;

/** Turns one state builder into its model state, in the query language it ends up in. */
final class StateRenderer {

  private final Assembler assembler;

  StateRenderer(Assembler assembler) {
    this.assembler = assembler;
  }

  State render(StateNode node, String next, String pointer) {
    Fields f = node.fields;
    QueryLanguage language = language(node, pointer);
    QueryLanguage declared = language == assembler.machineLanguage() ? null : language;
    List<String> problems = new ArrayList<>();
    Context c = new Context(language, pointer, problems);
    boolean end = next == null;
    State state = switch (node.kind()) {
      case TASK -> task(f, c, declared, next, end);
      case PASS -> new PassState(f.comment, declared, f.inputPath,
          c.payload(f.parameters, "Parameters"), c.payload(f.result, "Result"), f.resultPath,
          f.outputPath, c.value(f.output, "Output"), c.payload(f.assign, "Assign"), next, end);
      case WAIT -> new WaitState(f.comment, declared, f.inputPath, f.outputPath, f.seconds,
          f.timestamp, f.secondsPath, f.timestampPath, c.value(f.output, "Output"),
          c.payload(f.assign, "Assign"), next, end);
      case CHOICE -> choice(node, c, declared);
      case SUCCEED -> new SucceedState(f.comment, declared, f.inputPath, f.outputPath,
          c.value(f.output, "Output"));
      case FAIL -> new FailState(f.comment, declared, f.error, f.errorPath, f.cause,
          f.causePath);
      case PARALLEL -> parallel(f, c, declared, next, end);
      case MAP -> map(f, c, declared, next, end);
    };
    for (String problem : problems) {
      assembler.report(node, pointer, "DSL_EXPRESSION_LANGUAGE",
          "State '" + node.name() + "' is a " + language.aslName() + " state, but at " + problem,
          language == QueryLanguage.JSONATA
              ? "write the value with jsonata(...) instead"
              : "write the value with path(...) or an intrinsic function instead");
    }
    return state;
  }

  /** The language of a state: what its fields and expressions require, else the machine's. */
  private QueryLanguage language(StateNode node, String pointer) {
    Fields f = node.fields;
    Set<QueryLanguage> used = EnumSet.noneOf(QueryLanguage.class);
    if (f.mode != null) {
      used.add(f.mode);
    }
    for (Object value : new Object[] {f.parameters, f.result, f.resultSelector, f.output,
        f.arguments, f.items, f.itemSelector, f.assign, f.credentials}) {
      used.addAll(PayloadImpl.languagesOf(value));
    }
    PayloadImpl request = f.integration == null ? null : request(f.integration);
    if (request != null) {
      used.addAll(request.languages());
    }
    for (Fields.CatchSpec spec : f.catches) {
      if (spec.spec().usesJsonPathFields()) {
        used.add(QueryLanguage.JSONPATH);
      }
      if (spec.spec().usesJsonataFields()) {
        used.add(QueryLanguage.JSONATA);
      }
    }
    for (Fields.RuleSpec rule : f.rules) {
      used.add(rule.rule().isJsonata() ? QueryLanguage.JSONATA : QueryLanguage.JSONPATH);
    }
    for (NumberOrExpression number : new NumberOrExpression[] {f.timeout, f.heartbeat, f.seconds,
        f.maxConcurrency, f.toleratedFailurePercentage, f.toleratedFailureCount}) {
      if (Numbers.isJsonata(number)) {
        used.add(QueryLanguage.JSONATA);
      }
    }
    if (f.itemReader != null) {
      used.addAll(f.itemReader.languages());
    }
    if (f.itemBatcher != null) {
      used.addAll(f.itemBatcher.languages());
    }
    if (f.resultWriter != null) {
      used.addAll(f.resultWriter.request().languages());
    }
    if (f.conflict != null || used.size() > 1) {
      assembler.report(node, pointer, "DSL_QUERY_LANGUAGE_MIXED",
          "State '" + node.name() + "' mixes JSONPath and JSONata"
              + (f.conflict != null ? ": " + f.conflict + " belongs to the other language" : ""),
          "a state is written either in JSONPath (paths, .$ keys, intrinsic functions) or in"
              + " JSONata ({% %} expressions, Arguments, Output)");
    }
    QueryLanguage machineLanguage = assembler.machineLanguage();
    QueryLanguage language = f.mode != null
        ? f.mode
        : used.size() == 1 ? used.iterator().next() : machineLanguage;
    if (machineLanguage == QueryLanguage.JSONATA && language == QueryLanguage.JSONPATH) {
      assembler.report(node, pointer, "DSL_JSONPATH_IN_JSONATA_MACHINE",
          "State '" + node.name() + "' uses JSONPath, but the state machine is JSONata, and AWS"
              + " allows no JSONPath state in a JSONata state machine",
          "write the state in JSONata, or leave the machine in JSONPath and let single states"
              + " opt into JSONata");
    }
    return language;
  }

  private TaskState task(Fields f, Context c, QueryLanguage declared, String next, boolean end) {
    PayloadImpl request = request(f.integration);
    List<Retrier> retry = new ArrayList<>();
    if (f.integration instanceof LambdaCallImpl lambda) {
      lambda.defaultRetries().forEach(r -> retry.add(r.toModel()));
    }
    f.retries.forEach(r -> retry.add(r.toModel()));
    boolean jsonata = c.language == QueryLanguage.JSONATA;
    return new TaskState(f.comment, declared, f.integration.resource(),
        c.payload(f.credentials, "Credentials"), f.inputPath,
        jsonata ? null : c.payload(request, "Parameters"),
        jsonata ? c.payload(request, "Arguments") : null,
        c.payload(f.resultSelector, "ResultSelector"), f.resultPath, f.outputPath,
        c.value(f.output, "Output"), c.payload(f.assign, "Assign"), f.timeout, f.timeoutPath,
        f.heartbeat, f.heartbeatPath, retry, catchers(f, c), next, end);
  }

  /** The request template of a Task's integration, or null when it has none. */
  private static PayloadImpl request(Integration integration) {
    if (integration instanceof LambdaCallImpl lambda) {
      return lambda.request();
    }
    Payload request = Values.impl(integration, CallImpl.class, "integrations").request();
    return request == null ? null : PayloadImpl.of(request);
  }

  private ChoiceState choice(StateNode node, Context c, QueryLanguage declared) {
    Fields f = node.fields;
    List<ChoiceRule> rules = new ArrayList<>();
    for (int i = 0; i < f.rules.size(); i++) {
      Fields.RuleSpec spec = f.rules.get(i);
      RuleImpl rule = spec.rule();
      String at = "Choices/" + i;
      Condition condition = rule.condition() instanceof Jsonata jsonata
          ? new Condition.Jsonata(StringNode.valueOf(jsonata.text()))
          : (Condition) rule.condition();
      String comment = rule.comment();
      String own = Conditions.comment(condition);
      if (own != null) {
        // At the top of a rule, ASL has one Comment: the rule's.
        if (comment != null) {
          assembler.report(node, c.pointer + "/" + at + "/Comment", "DSL_RULE_COMMENT_TWICE",
              "Choice state '" + f.name + "' rule " + i + " has two comments: \"" + comment
                  + "\" and \"" + own + "\" on its condition",
              "keep one: rule(condition).comment(...) or commented(..., condition)");
        }
        comment = comment == null ? own : comment;
        condition = Conditions.withComment(condition, null);
      }
      rules.add(new ChoiceRule(condition, target(spec.target()),
          c.payload(rule.assign(), at + "/Assign"), c.value(rule.output(), at + "/Output"),
          comment));
    }
    return new ChoiceState(f.comment, declared, f.inputPath, f.outputPath, rules,
        f.otherwise == null ? null : target(f.otherwise), c.value(f.output, "Output"),
        c.payload(f.assign, "Assign"));
  }

  private ParallelState parallel(
      Fields f, Context c, QueryLanguage declared, String next, boolean end) {
    List<Branch> branches = new ArrayList<>();
    for (int i = 0; i < f.branches.size(); i++) {
      String scope = c.pointer + "/Branches/" + i;
      Fields.BranchSpec spec = f.branches.get(i);
      Assembler.Scope branch = assembler.assemble(spec.flow(), scope,
          "branch " + i + " of Parallel state '" + f.name + "'");
      branches.add(new Branch(spec.comment(), branch.startAt(), branch.states()));
    }
    boolean jsonata = c.language == QueryLanguage.JSONATA;
    return new ParallelState(f.comment, declared, f.inputPath,
        c.payload(f.parameters, "Parameters"),
        jsonata ? c.value(f.arguments, "Arguments") : null, branches,
        c.payload(f.resultSelector, "ResultSelector"), f.resultPath, f.outputPath,
        c.value(f.output, "Output"), c.payload(f.assign, "Assign"), retries(f), catchers(f, c),
        next, end);
  }

  private MapState map(Fields f, Context c, QueryLanguage declared, String next, boolean end) {
    Assembler.Scope scope = assembler.assemble(f.processor, c.pointer + "/ItemProcessor",
        "the item processor of Map state '" + f.name + "'");
    // A legacy Iterator predates ProcessorConfig: it has one only when asked for.
    ProcessorConfig config = f.legacyIterator && f.processorMode == null ? null
        : new ProcessorConfig(
            f.processorMode == null ? ProcessorConfig.Mode.INLINE : f.processorMode,
            f.executionType);
    ItemProcessor processor =
        new ItemProcessor(f.processorComment, config, scope.startAt(), scope.states());
    boolean jsonata = c.language == QueryLanguage.JSONATA;
    ItemReader reader = null;
    if (f.itemReader != null) {
      JsonNode request = c.payload(f.itemReader.request(),
          "ItemReader/" + (jsonata ? "Arguments" : "Parameters"));
      reader = new ItemReader(f.itemReader.resource(), f.itemReader.readerConfig(),
          jsonata ? null : request, jsonata ? request : null);
    }
    ResultWriter writer = null;
    if (f.resultWriter != null) {
      JsonNode request = c.payload(f.resultWriter.request(),
          "ResultWriter/" + (jsonata ? "Arguments" : "Parameters"));
      writer = new ResultWriter(f.resultWriter.resource(), jsonata ? null : request,
          jsonata ? request : null, f.resultWriter.config());
    }
    return new MapState(f.comment, declared, f.inputPath, f.itemsPath,
        c.value(f.items, "Items"), reader, c.payload(f.itemSelector, "ItemSelector"),
        c.payload(f.parameters, "Parameters"),
        f.itemBatcher == null ? null
            : f.itemBatcher.toModel(c.language, c.pointer + "/ItemBatcher", c.problems),
        f.legacyIterator ? null : processor, f.legacyIterator ? processor : null,
        f.maxConcurrency, f.maxConcurrencyPath, f.toleratedFailurePercentage,
        f.toleratedFailurePercentagePath, f.toleratedFailureCount, f.toleratedFailureCountPath,
        f.label, writer, c.payload(f.resultSelector, "ResultSelector"), f.resultPath,
        f.outputPath, c.value(f.output, "Output"), c.payload(f.assign, "Assign"), retries(f),
        catchers(f, c), next, end);
  }

  private static List<Retrier> retries(Fields f) {
    return f.retries.stream().map(RetryImpl::toModel).toList();
  }

  private static List<Catcher> catchers(Fields f, Context c) {
    List<Catcher> catchers = new ArrayList<>();
    for (int i = 0; i < f.catches.size(); i++) {
      Fields.CatchSpec spec = f.catches.get(i);
      catchers.add(spec.spec().toModel(target(spec.handler()), c.language,
          c.pointer + "/Catch/" + i, c.problems));
    }
    return catchers;
  }

  private static String target(Flow flow) {
    return ForwardImpl.resolve(Fragment.startOf(flow)).name();
  }

  /** The language, pointer and problem list of the state being rendered. */
  private record Context(QueryLanguage language, String pointer, List<String> problems) {

    JsonNode payload(Payload payload, String field) {
      return payload == null
          ? null
          : PayloadImpl.of(payload).render(language, pointer + "/" + field, problems);
    }

    JsonNode value(Object value, String field) {
      return value == null
          ? null
          : PayloadImpl.renderValue(value, language, pointer + "/" + field, problems);
    }
  }
}
