package io.statecraft.local.internal.items;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * The records of delimited text, read one at a time, split by the rules Step Functions documents
 * (https://docs.aws.amazon.com/step-functions/latest/dg/example-csv-parse-dist-map.html):
 *
 * <ul>
 *   <li>the configured delimiter separates fields, a newline ({@code \n}, {@code \r\n} or {@code
 *       \r}) separates records, and every field is a string;
 *   <li>a field that starts with a double quote runs to the matching quote and may hold delimiters
 *       and newlines; a doubled quote inside stands for one quote;
 *   <li>a backslash escapes a backslash, a double quote or the delimiter; before any other
 *       character the backslash is dropped and that character read as usual.
 * </ul>
 *
 * Our choices where the documentation is silent: text after a closing quote is kept literally, a
 * quote inside an unquoted field is an ordinary character, empty lines are skipped (a line of
 * spaces is a record), and a byte order mark at the start is dropped.
 */
final class CsvRecords {
  private final Reader in;
  private final char delimiter;
  private final char[] buffer = new char[16 * 1024];
  private int position;
  private int limit;
  private int pushedBack = -2;
  private boolean started;

  CsvRecords(Reader in, char delimiter) {
    this.in = in;
    this.delimiter = delimiter;
  }

  /** The next record's fields, or null after the last one. */
  List<String> next() throws IOException {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean fieldStarted = false;
    boolean any = false;
    while (true) {
      int c = read();
      if (c < 0) {
        if (!any) {
          return null;
        }
        break;
      }
      if (c == '\n' || c == '\r') {
        if (c == '\r') {
          consumeIf('\n');
        }
        if (any) {
          break;
        }
        continue; // an empty line
      }
      any = true;
      if (c == delimiter) {
        fields.add(field.toString());
        field.setLength(0);
        fieldStarted = false;
        continue;
      }
      if (c == '"' && !fieldStarted) {
        readQuoted(field);
      } else if (c == '\\') {
        escape(field);
      } else {
        field.append((char) c);
      }
      fieldStarted = true;
    }
    fields.add(field.toString());
    return fields;
  }

  /** The rest of a quoted field, up to and without its closing quote (or the end of input). */
  private void readQuoted(StringBuilder field) throws IOException {
    for (int c = read(); c >= 0; c = read()) {
      if (c == '"') {
        if (!consumeIf('"')) {
          return;
        }
        field.append('"');
      } else if (c == '\\') {
        escape(field);
      } else {
        field.append((char) c);
      }
    }
  }

  /** After a backslash: keeps an escapable character, otherwise drops the backslash alone. */
  private void escape(StringBuilder field) throws IOException {
    int next = read();
    if (next == '\\' || next == '"' || next == delimiter) {
      field.append((char) next);
    } else if (next >= 0) {
      pushedBack = next;
    }
  }

  private boolean consumeIf(char expected) throws IOException {
    int next = read();
    if (next == expected) {
      return true;
    }
    if (next >= 0) {
      pushedBack = next;
    }
    return false;
  }

  private int read() throws IOException {
    if (pushedBack != -2) {
      int c = pushedBack;
      pushedBack = -2;
      return c;
    }
    if (position == limit) {
      limit = in.read(buffer, 0, buffer.length);
      position = 0;
      if (limit <= 0) {
        limit = 0;
        return -1;
      }
    }
    char c = buffer[position++];
    if (!started) {
      started = true;
      if (c == '\uFEFF') {
        return read();
      }
    }
    return c;
  }
}
