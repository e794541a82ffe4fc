package io.statecraft.importer.internal;

import com.palantir.javapoet.CodeBlock;
import io.statecraft.asl.Branch;
import io.statecraft.asl.Catcher;
import io.statecraft.asl.ChoiceRule;
import io.statecraft.asl.ChoiceState;
import io.statecraft.asl.ErrorHandling;
import io.statecraft.asl.FailState;
import io.statecraft.asl.ItemProcessor;
import io.statecraft.asl.MapState;
import io.statecraft.asl.ParallelState;
import io.statecraft.asl.PassState;
import io.statecraft.asl.Retrier;
import io.statecraft.asl.State;
import io.statecraft.asl.SucceedState;
import io.statecraft.asl.TaskState;
import io.statecraft.asl.WaitState;
import io.statecraft.asl.map.ProcessorConfig;
import io.statecraft.asl.value.NumberOrExpression;
import io.statecraft.asl.value.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** The builder expression of one state, as a person would write it with the DSL. */
final class StateCode {

  private final ScopePlanner scope;
  private final MethodBody body;

  StateCode(ScopePlanner scope, MethodBody body) {
    this.scope = scope;
    this.body = body;
  }

  CodeBlock expression(String name, State state) {
    return switch (state.type()) {
      case TASK -> task(name, (TaskState) state);
      case PASS -> pass(name, (PassState) state);
      case WAIT -> waitState(name, (WaitState) state);
      case CHOICE -> choice(name, (ChoiceState) state);
      case SUCCEED -> succeed(name, (SucceedState) state);
      case FAIL -> fail(name, (FailState) state);
      case PARALLEL -> parallel(name, (ParallelState) state);
      case MAP -> map(name, (MapState) state);
    };
  }

  private CodeBlock task(String name, TaskState t) {
    Fluent f = new Fluent(Literals.code("task($S, $L)", name, Integrations.of(t)));
    f.text("comment", t.comment());
    f.path("inputPath", "ignoreInput", t.inputPath());
    result(f, t.resultSelector(), t.resultPath(), t.outputPath(), t.output(), t.assign());
    f.payload("credentials", t.credentials());
    seconds(f, "timeout", t.timeoutSeconds(), t.timeoutSecondsPath());
    seconds(f, "heartbeat", t.heartbeatSeconds(), t.heartbeatSecondsPath());
    errorHandling(f, t);
    return f.build();
  }

  private CodeBlock pass(String name, PassState p) {
    Fluent f = new Fluent(Literals.code("pass($S)", name));
    f.text("comment", p.comment());
    f.path("inputPath", "ignoreInput", p.inputPath());
    f.payload("parameters", p.parameters());
    if (p.result() != null) {
      f.call("result", JsonCode.json(p.result()));
    }
    result(f, null, p.resultPath(), p.outputPath(), p.output(), p.assign());
    return f.build();
  }

  private CodeBlock waitState(String name, WaitState w) {
    CodeBlock start;
    if (w.secondsPath() != null) {
      start = Literals.code("waitFor($S, path($S))", name, w.secondsPath());
    } else if (w.timestampPath() != null) {
      start = Literals.code("waitUntil($S, path($S))", name, w.timestampPath());
    } else if (w.timestamp() != null) {
      start = JsonCode.isJsonata(w.timestamp())
          ? Literals.code("waitUntil($S, $L)", name, JsonCode.jsonata(w.timestamp()))
          : Literals.code("waitUntil($S, $T.parse($S))", name, java.time.Instant.class,
              instant(w.timestamp()));
    } else if (w.seconds().isNumber()) {
      start = Literals.code("waitFor($S, $L)", name, duration(w.seconds().number().longValue()));
    } else if (w.seconds().expression().strip().startsWith("{%")) {
      start = Literals.code("waitFor($S, $L)", name, JsonCode.jsonata(w.seconds().expression()));
    } else {
      start = Literals.code("waitFor($S, $S)", name, w.seconds().expression());
    }
    Fluent f = new Fluent(start);
    f.text("comment", w.comment());
    f.path("inputPath", "ignoreInput", w.inputPath());
    output(f, w.outputPath(), w.output(), w.assign());
    return f.build();
  }

  /** A timestamp that {@code waitUntil(Instant)} writes back exactly as the definition has it. */
  private static String instant(String timestamp) {
    String written;
    try {
      written = java.time.Instant.parse(timestamp).toString();
    } catch (java.time.format.DateTimeParseException e) {
      written = null;
    }
    if (!timestamp.equals(written)) {
      throw new InexpressibleException("Timestamp \"" + timestamp + "\" is not written back as it is by"
          + " waitUntil(Instant), which writes " + (written == null ? "no such text" : written));
    }
    return timestamp;
  }

  private CodeBlock succeed(String name, SucceedState s) {
    Fluent f = new Fluent(Literals.code("succeed($S)", name));
    f.text("comment", s.comment());
    f.path("inputPath", "ignoreInput", s.inputPath());
    output(f, s.outputPath(), s.output(), null);
    return f.build();
  }

  private CodeBlock fail(String name, FailState s) {
    Fluent f = new Fluent(Literals.code("fail($S)", name));
    f.text("comment", s.comment());
    errorOrCause(f, "error", s.error(), s.errorPath());
    errorOrCause(f, "cause", s.cause(), s.causePath());
    return f.build();
  }

  private static void errorOrCause(Fluent f, String field, String value, String path) {
    if (value != null) {
      f.call(field, JsonCode.isJsonata(value) ? JsonCode.jsonata(value) : Literals.code("$S", value));
    }
    if (path != null) {
      f.call(field + "Path", JsonCode.isPath(path)
          ? Literals.code("path($S)", path) : Intrinsics.of(path));
    }
  }

  private CodeBlock choice(String name, ChoiceState c) {
    Fluent f = new Fluent(Literals.code("choice($S)", name));
    f.text("comment", c.comment());
    f.path("inputPath", "ignoreInput", c.inputPath());
    output(f, c.outputPath(), c.output(), c.assign());
    int rules = 0;
    for (ChoiceRule rule : c.choices()) {
      if (rules > 0 && (rules % MethodBody.MAX_PARTS == 0 || MethodBody.tooLarge(f.build()))) {
        // The rules so far get a variable: one statement with thousands of them is too large.
        f = new Fluent(body.hoist(name + " rules", f.build(), MethodBody.CHOICE_RULES));
      }
      rules++;
      CodeBlock condition = new Conditions(body).of(rule.condition());
      if (rule.comment() != null || rule.assign() != null || rule.output() != null) {
        Fluent r = new Fluent(CodeBlock.of("rule($L)", condition));
        r.text("comment", rule.comment());
        r.payload("assign", rule.assign());
        r.payloadOrJsonata("output", rule.output());
        condition = r.build();
      }
      f.call("when", CodeBlock.of("$L,\n$>$>$L$<$<", condition, scope.reference(rule.next())));
    }
    if (c.defaultNext() != null) {
      f.call("otherwise", scope.reference(c.defaultNext()));
    }
    return f.build();
  }

  private CodeBlock parallel(String name, ParallelState p) {
    List<CodeBlock> branches = new ArrayList<>();
    for (int i = 0; i < p.branches().size(); i++) {
      Branch branch = p.branches().get(i);
      branches.add(new ScopePlanner(scope.pointer(name) + "/Branches/" + i + "/States",
          branch.startAt(), branch.states(), body).flow());
    }
    Fluent f;
    if (p.branches().stream().allMatch(branch -> branch.comment() == null)) {
      CodeBlock.Builder start = CodeBlock.builder().add(Literals.code("parallel($S", name));
      branches.forEach(branch -> start.add(",\n$>$>$L$<$<", branch));
      f = new Fluent(start.add(")").build());
    } else {
      // A commented first branch needs parallel(name).branch(comment, flow).
      f = new Fluent(Literals.code("parallel($S)", name));
      for (int i = 0; i < branches.size(); i++) {
        String comment = p.branches().get(i).comment();
        f.call("branch", comment == null ? branches.get(i)
            : Literals.code("$S,\n$>$>$L$<$<", comment, branches.get(i)));
      }
    }
    f.text("comment", p.comment());
    f.path("inputPath", "ignoreInput", p.inputPath());
    f.payload("parameters", p.parameters());
    f.payloadOrJsonata("arguments", p.arguments());
    result(f, p.resultSelector(), p.resultPath(), p.outputPath(), p.output(), p.assign());
    errorHandling(f, p);
    return f.build();
  }

  private CodeBlock map(String name, MapState m) {
    ItemProcessor processor = m.processor();
    String field = m.itemProcessor() != null ? "/ItemProcessor" : "/Iterator";
    CodeBlock flow = new ScopePlanner(scope.pointer(name) + field + "/States",
        processor.startAt(), processor.states(), body).flow();
    Fluent f = new Fluent(Literals.code("map($S,\n$>$>$L$<$<)", name, flow));
    f.text("comment", m.comment());
    ProcessorConfig config = processor.processorConfig();
    if (config != null && config.mode() == ProcessorConfig.Mode.DISTRIBUTED) {
      f.call(config.executionType() == ProcessorConfig.ExecutionType.EXPRESS
          ? "distributedExpress" : "distributedStandard", CodeBlock.of(""));
    }
    if (m.iterator() != null) {
      f.call("legacyIterator", CodeBlock.of(""));
    }
    f.text("processorComment", processor.comment());
    f.path("inputPath", "ignoreInput", m.inputPath());
    f.payload("legacyParameters", m.parameters());
    if (m.itemsPath() != null) {
      f.call("itemsPath", Literals.code("$S", m.itemsPath()));
    }
    f.payloadOrJsonata("items", m.items());
    f.payload("itemSelector", m.itemSelector());
    MapParts.reader(f, m.itemReader());
    MapParts.batcher(f, m.itemBatcher());
    MapParts.limits(f, m);
    MapParts.writer(f, m.resultWriter());
    f.text("label", m.label());
    result(f, m.resultSelector(), m.resultPath(), m.outputPath(), m.output(), m.assign());
    errorHandling(f, m);
    return f.build();
  }

  /** ResultSelector, ResultPath, then {@link #output}; null for those a state does not take. */
  private static void result(Fluent f, JsonNode resultSelector, Path resultPath, Path outputPath,
      JsonNode output, JsonNode assign) {
    f.payload("resultSelector", resultSelector);
    f.path("resultPath", "discardResult", resultPath);
    output(f, outputPath, output, assign);
  }

  /** OutputPath, Output and Assign, the last fields of every state that has them, in order. */
  private static void output(Fluent f, Path outputPath, JsonNode output, JsonNode assign) {
    f.path("outputPath", "discardOutput", outputPath);
    f.payloadOrJsonata("output", output);
    f.payload("assign", assign);
  }

  private static void seconds(Fluent f, String field, NumberOrExpression value, String path) {
    if (value != null) {
      f.call(field, value.isNumber()
          ? duration(value.number().longValue())
          : Literals.code("$S", value.expression()));
    }
    if (path != null) {
      f.call(field + "Path", Literals.code("$S", path));
    }
  }

  /** The most readable whole unit: 3600 -> Duration.ofHours(1). */
  static CodeBlock duration(long seconds) {
    if (seconds > 0 && seconds % 3600 == 0) {
      return CodeBlock.of("$T.ofHours($L)", Duration.class, seconds / 3600);
    }
    if (seconds > 0 && seconds % 60 == 0) {
      return CodeBlock.of("$T.ofMinutes($L)", Duration.class, seconds / 60);
    }
    return CodeBlock.of("$T.ofSeconds($L)", Duration.class, seconds);
  }

  private void errorHandling(Fluent f, ErrorHandling state) {
    retries(f, state.retry());
    catchers(f, state.catchers());
  }

  private static void retries(Fluent f, List<Retrier> retriers) {
    for (Retrier r : retriers) {
      Fluent retry = new Fluent(CodeBlock.of("retryOn($L)", ErrorCode.names(r.errorEquals())));
      if (r.intervalSeconds() != null) {
        retry.call("interval", duration(r.intervalSeconds()));
      }
      if (r.maxAttempts() != null) {
        retry.call("maxAttempts", CodeBlock.of("$L", r.maxAttempts()));
      }
      if (r.backoffRate() != null) {
        retry.call("backoffRate", CodeBlock.of("$L", r.backoffRate().toPlainString()));
      }
      if (r.maxDelaySeconds() != null) {
        retry.call("maxDelay", duration(r.maxDelaySeconds()));
      }
      if (r.jitterStrategy() != null) {
        retry.call(r.jitterStrategy() == io.statecraft.asl.JitterStrategy.FULL
            ? "fullJitter" : "noJitter", CodeBlock.of(""));
      }
      retry.text("comment", r.comment());
      f.call("retry", retry.build());
    }
  }

  private void catchers(Fluent f, List<Catcher> catchers) {
    for (Catcher c : catchers) {
      boolean all = c.errorEquals().equals(List.of("States.ALL"));
      boolean plain = c.resultPath() == null && c.output() == null && c.assign() == null
          && c.comment() == null;
      CodeBlock handler = scope.reference(c.next());
      if (all && plain) {
        f.call("catchAll", handler);
        continue;
      }
      Fluent spec = new Fluent(CodeBlock.of("errors($L)", ErrorCode.names(c.errorEquals())));
      spec.path("resultPath", "discardResult", c.resultPath());
      spec.payloadOrJsonata("output", c.output());
      spec.payload("assign", c.assign());
      spec.text("comment", c.comment());
      f.call("catching", CodeBlock.of("$L,\n$>$>$L$<$<", spec.build(), handler));
    }
  }
}
