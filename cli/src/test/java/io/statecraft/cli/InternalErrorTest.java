package io.statecraft.cli;

import static io.statecraft.cli.BadInputTest.noStackTrace;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What is no fault of the input is one line to report, never a trace; and what AWS accepts is
 * walked without overflowing the stack.
 */
class InternalErrorTest {

  @TempDir Path dir;

  /** A Map in a Map ... {@code depth} deep, each state named after its level. */
  private static String nestedMaps(int depth) {
    Map<String, Object> processor = Map.of("StartAt", "Leaf",
        "States", Map.of("Leaf", Map.of("Type", "Pass", "End", true)));
    for (int level = 0; level < depth; level++) {
      processor = Map.of("StartAt", "M" + level, "States", Map.of("M" + level,
          Map.of("Type", "Map", "ItemProcessor", processor, "End", true)));
    }
    return BadInputTest.definition(processor);
  }

  @ParameterizedTest
  @ValueSource(strings = {"validate", "run", "policy", "diagram"})
  void aMapNested160DeepIsCheckedWithoutOverflowingTheStack(String verb) {
    // GIVEN a definition AWS accepts: 480 levels of JSON, under the 500 Statecraft reads
    String file = CommandLineRun.file(dir, "maps.asl.json", nestedMaps(160));
    // WHEN
    CommandLineRun run = verb.equals("run") ? CommandLineRun.of(verb, file, "--input", "[]")
        : CommandLineRun.of(verb, file);
    // THEN
    assertThat(run.exitCode()).as(run.err()).isZero();
    noStackTrace(run.err());
  }

  /** A command whose work throws {@code failure}, standing for a verb with a bug. */
  @picocli.CommandLine.Command(name = "broken")
  static final class Broken implements java.util.concurrent.Callable<Integer> {
    private final Throwable failure;

    Broken(Throwable failure) {
      this.failure = failure;
    }

    @Override
    public Integer call() throws Exception {
      if (failure instanceof Error error) {
        throw error;
      }
      throw (Exception) failure;
    }
  }

  private static CommandLineRun executeBroken(Throwable failure) {
    java.io.StringWriter out = new java.io.StringWriter();
    java.io.StringWriter err = new java.io.StringWriter();
    int code = Statecraft.execute(new picocli.CommandLine(new Broken(failure)),
        new java.io.PrintWriter(out, true), new java.io.PrintWriter(err, true));
    return new CommandLineRun(code, out.toString(), err.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"assertion", "no-class", "initializer", "linkage", "io"})
  void anyErrorEscapingAVerbIsOneLineToReport(String kind) {
    // GIVEN a verb that fails as a bug would, with an Error picocli does not handle or a
    // checked exception
    Throwable failure = switch (kind) {
      case "assertion" -> new AssertionError("state count");
      case "no-class" -> new NoClassDefFoundError("io/statecraft/Gone");
      case "initializer" -> new ExceptionInInitializerError(new IllegalStateException("bad table"));
      case "linkage" -> new LinkageError("loader constraint violated");
      default -> new IOException("disk gone");
    };
    // WHEN
    CommandLineRun run = executeBroken(failure);
    // THEN one line, exit 1, saying what failed (for an initializer, what it failed of)
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).startsWith("statecraft: internal error: " + failure)
        .doesNotContain("\tat ").hasLineCount(1);
    if (kind.equals("initializer")) {
      assertThat(run.err()).contains(", caused by java.lang.IllegalStateException: bad table");
    }
  }

  @Test
  void aThreadThatDiesIsOneLineToReport() throws InterruptedException {
    // GIVEN a thread of the command's (a runtime's, the server's) that dies of an error
    java.io.StringWriter err = new java.io.StringWriter();
    Thread thread = new Thread(() -> {
      throw new ExceptionInInitializerError(new IllegalStateException("bad table"));
    });
    thread.setUncaughtExceptionHandler(Statecraft.deadThread(new java.io.PrintWriter(err, true)));
    // WHEN
    thread.start();
    thread.join();
    // THEN
    assertThat(err.toString()).startsWith("statecraft: internal error:"
        + " java.lang.ExceptionInInitializerError, caused by java.lang.IllegalStateException:"
        + " bad table (a bug in statecraft").hasLineCount(1);
  }

  @Test
  void anInternalErrorIsOneLineToReportWithoutATrace() {
    java.io.StringWriter err = new java.io.StringWriter();
    int code = Statecraft.internalError(new StackOverflowError(),
        new java.io.PrintWriter(err, true));
    assertThat(code).isEqualTo(1);
    assertThat(err.toString()).isEqualTo("statecraft: internal error:"
        + " java.lang.StackOverflowError (a bug in statecraft: please report it with the command"
        + " line and the files it read; STATECRAFT_TRACE=1 prints where it happened)"
        + System.lineSeparator());
  }
}
