package io.statecraft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** One run of {@code statecraft} in-process: its exit code and what it printed. */
record CommandLineRun(int exitCode, String out, String err) {

  static CommandLineRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Statecraft.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new CommandLineRun(code, out.toString(), err.toString());
  }

  /** Runs {@code args}, which must exit with 0 (the failure shows stderr); what it printed. */
  static String succeeds(String... args) {
    CommandLineRun run = of(args);
    assertThat(run.exitCode()).as("exit code; stderr: %s", run.err()).isZero();
    return run.out();
  }

  /** Runs {@code args}, which must exit with {@code code}; what it printed on stderr. */
  static String failsWith(int code, String... args) {
    CommandLineRun run = of(args);
    assertThat(run.exitCode()).as("exit code; stdout: %s; stderr: %s", run.out(), run.err())
        .isEqualTo(code);
    return run.err();
  }

  /** Writes {@code text} to {@code name} in {@code dir}; the file's path as an argument. */
  static String file(Path dir, String name, String text) {
    try {
      return Files.writeString(dir.resolve(name), text).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
