package io.statecraft.importer.internal;

import com.palantir.javapoet.CodeBlock;
import io.statecraft.asl.Branch;
import io.statecraft.asl.Catcher;
import io.statecraft.asl.ChoiceRule;
import io.statecraft.asl.ChoiceState;
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

/** The builder expression of one state, as a person would write it with the DSL. */
final class StateCode {

  private final ScopePlanner scope;
  private final MethodBody body;

  StateCode(ScopePlanner scope, MethodBody body) {
    this.scope = scope;
    this.body = body;
  }

  CodeBlock expression(String name, State state) {
    if (state instanceof TaskState task) {
      return task(name, task);
    }
    if (state instanceof PassState pass) {
      return pass(name, pass);
    }
    if (state instanceof WaitState wait) {
      return waitState(name, wait);
    }
    if (state instanceof ChoiceState choice) {
      return choice(name, choice);
    }
    if (state instanceof SucceedState succeed) {
      return succeed(name, succeed);
    }
    if (state instanceof FailState fail) {
      return fail(name, fail);
    }
    if (state instanceof ParallelState parallel) {
      return parallel(name, parallel);
    }
    return map(name, (MapState) state);
  }

  private CodeBlock task(String name, TaskState t) {
    Fluent f = new Fluent(CodeBlock.of("task($S, $L)", name, Integrations.of(t)));
    f.text("comment", t.comment());
    paths(f, t.inputPath(), null);
    f.payload("resultSelector", t.resultSelector());
    paths(f, null, t.resultPath());
    outputPath(f, t.outputPath());
    f.payloadOrJsonata("output", t.output());
    f.payload("assign", t.assign());
    f.payload("credentials", t.credentials());
    seconds(f, "timeout", t.timeoutSeconds(), t.timeoutSecondsPath());
    seconds(f, "heartbeat", t.heartbeatSeconds(), t.heartbeatSecondsPath());
    retries(f, t.retry());
    catchers(f, t.catchers());
    return f.build();
  }

  private CodeBlock pass(String name, PassState p) {
    Fluent f = new Fluent(CodeBlock.of("pass($S)", name));
    f.text("comment", p.comment());
    paths(f, p.inputPath(), null);
    f.payload("parameters", p.parameters());
    if (p.result() != null) {
      f.call("result", JsonCode.json(p.result()));
    }
    paths(f, null, p.resultPath());
    outputPath(f, p.outputPath());
    f.payloadOrJsonata("output", p.output());
    f.payload("assign", p.assign());
    return f.build();
  }

  private CodeBlock waitState(String name, WaitState w) {
    CodeBlock start;
    if (w.secondsPath() != null) {
      start = CodeBlock.of("waitFor($S, path($S))", name, w.secondsPath());
    } else if (w.timestampPath() != null) {
      start = CodeBlock.of("waitUntil($S, path($S))", name, w.timestampPath());
    } else if (w.timestamp() != null) {
      start = JsonCode.isJsonata(w.timestamp())
          ? CodeBlock.of("waitUntil($S, $L)", name, JsonCode.jsonata(w.timestamp()))
          : CodeBlock.of("waitUntil($S, $T.parse($S))", name, java.time.Instant.class,
              instant(w.timestamp()));
    } else if (w.seconds().isNumber()) {
      start = CodeBlock.of("waitFor($S, $L)", name, duration(w.seconds().number().longValue()));
    } else if (w.seconds().expression().strip().startsWith("{%")) {
      start = CodeBlock.of("waitFor($S, $L)", name, JsonCode.jsonata(w.seconds().expression()));
    } else {
      start = CodeBlock.of("waitFor($S, $S)", name, w.seconds().expression());
    }
    Fluent f = new Fluent(start);
    f.text("comment", w.comment());
    paths(f, w.inputPath(), null);
    outputPath(f, w.outputPath());
    f.payloadOrJsonata("output", w.output());
    f.payload("assign", w.assign());
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
    Fluent f = new Fluent(CodeBlock.of("succeed($S)", name));
    f.text("comment", s.comment());
    paths(f, s.inputPath(), null);
    outputPath(f, s.outputPath());
    f.payloadOrJsonata("output", s.output());
    return f.build();
  }

  private CodeBlock fail(String name, FailState s) {
    Fluent f = new Fluent(CodeBlock.of("fail($S)", name));
    f.text("comment", s.comment());
    errorOrCause(f, "error", s.error(), s.errorPath());
    errorOrCause(f, "cause", s.cause(), s.causePath());
    return f.build();
  }

  private static void errorOrCause(Fluent f, String field, String value, String path) {
    if (value != null) {
      f.call(field, JsonCode.isJsonata(value) ? JsonCode.jsonata(value) : CodeBlock.of("$S", value));
    }
    if (path != null) {
      f.call(field + "Path", JsonCode.isPath(path)
          ? CodeBlock.of("path($S)", path) : Intrinsics.of(path));
    }
  }

  private CodeBlock choice(String name, ChoiceState c) {
    Fluent f = new Fluent(CodeBlock.of("choice($S)", name));
    f.text("comment", c.comment());
    paths(f, c.inputPath(), null);
    outputPath(f, c.outputPath());
    f.payloadOrJsonata("output", c.output());
    f.payload("assign", c.assign());
    for (ChoiceRule rule : c.choices()) {
      CodeBlock condition = Conditions.of(rule.condition());
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
      CodeBlock.Builder start = CodeBlock.builder().add("parallel($S", name);
      branches.forEach(branch -> start.add(",\n$>$>$L$<$<", branch));
      f = new Fluent(start.add(")").build());
    } else {
      // A commented first branch needs parallel(name).branch(comment, flow).
      f = new Fluent(CodeBlock.of("parallel($S)", name));
      for (int i = 0; i < branches.size(); i++) {
        String comment = p.branches().get(i).comment();
        f.call("branch", comment == null ? branches.get(i)
            : CodeBlock.of("$S,\n$>$>$L$<$<", comment, branches.get(i)));
      }
    }
    f.text("comment", p.comment());
    paths(f, p.inputPath(), null);
    f.payload("parameters", p.parameters());
    f.payloadOrJsonata("arguments", p.arguments());
    f.payload("resultSelector", p.resultSelector());
    paths(f, null, p.resultPath());
    outputPath(f, p.outputPath());
    f.payloadOrJsonata("output", p.output());
    f.payload("assign", p.assign());
    retries(f, p.retry());
    catchers(f, p.catchers());
    return f.build();
  }

  private CodeBlock map(String name, MapState m) {
    ItemProcessor processor = m.processor();
    String field = m.itemProcessor() != null ? "/ItemProcessor" : "/Iterator";
    CodeBlock flow = new ScopePlanner(scope.pointer(name) + field + "/States",
        processor.startAt(), processor.states(), body).flow();
    Fluent f = new Fluent(CodeBlock.of("map($S,\n$>$>$L$<$<)", name, flow));
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
    paths(f, m.inputPath(), null);
    f.payload("legacyParameters", m.parameters());
    if (m.itemsPath() != null) {
      f.call("itemsPath", CodeBlock.of("$S", m.itemsPath()));
    }
    f.payloadOrJsonata("items", m.items());
    f.payload("itemSelector", m.itemSelector());
    MapParts.reader(f, m.itemReader());
    MapParts.batcher(f, m.itemBatcher());
    MapParts.limits(f, m);
    MapParts.writer(f, m.resultWriter());
    f.text("label", m.label());
    f.payload("resultSelector", m.resultSelector());
    paths(f, null, m.resultPath());
    outputPath(f, m.outputPath());
    f.payloadOrJsonata("output", m.output());
    f.payload("assign", m.assign());
    retries(f, m.retry());
    catchers(f, m.catchers());
    return f.build();
  }

  private static void paths(Fluent f, Path inputPath, Path resultPath) {
    if (inputPath != null) {
      if (inputPath.isNull()) {
        f.call("ignoreInput", CodeBlock.of(""));
      } else {
        f.call("inputPath", CodeBlock.of("$S", inputPath.expression()));
      }
    }
    if (resultPath != null) {
      if (resultPath.isNull()) {
        f.call("discardResult", CodeBlock.of(""));
      } else {
        f.call("resultPath", CodeBlock.of("$S", resultPath.expression()));
      }
    }
  }

  private static void outputPath(Fluent f, Path outputPath) {
    if (outputPath != null) {
      if (outputPath.isNull()) {
        f.call("discardOutput", CodeBlock.of(""));
      } else {
        f.call("outputPath", CodeBlock.of("$S", outputPath.expression()));
      }
    }
  }

  private static void seconds(Fluent f, String field, NumberOrExpression value, String path) {
    if (value != null) {
      f.call(field, value.isNumber()
          ? duration(value.number().longValue())
          : CodeBlock.of("$S", value.expression()));
    }
    if (path != null) {
      f.call(field + "Path", CodeBlock.of("$S", path));
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
      if (c.resultPath() != null) {
        if (c.resultPath().isNull()) {
          spec.call("discardResult", CodeBlock.of(""));
        } else {
          spec.call("resultPath", CodeBlock.of("$S", c.resultPath().expression()));
        }
      }
      spec.payloadOrJsonata("output", c.output());
      spec.payload("assign", c.assign());
      spec.text("comment", c.comment());
      f.call("catching", CodeBlock.of("$L,\n$>$>$L$<$<", spec.build(), handler));
    }
  }
}
