package io.statecraft.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of {@code statecraft} in-process: its exit code and what it printed. */
record CommandLineRun(int exitCode, String out, String err) {

  static CommandLineRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Statecraft.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new CommandLineRun(code, out.toString(), err.toString());
  }
}
