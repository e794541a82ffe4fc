package io.statecraft.compiler.internal.jsonpath;

import com.jayway.jsonpath.InvalidPathException;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.internal.Path;
import com.jayway.jsonpath.internal.path.ArrayIndexToken;
import com.jayway.jsonpath.internal.path.CompiledPath;
import com.jayway.jsonpath.internal.path.PathCompiler;
import com.jayway.jsonpath.internal.path.PathToken;
import com.jayway.jsonpath.internal.path.PropertyPathToken;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A JSONPath as Step Functions reads it, parsed once: into the state input ({@code $.a}), the
 * context object ({@code $$.Execution.Id}) or a variable ({@code $name.a}). Jayway JsonPath, the
 * dialect Step Functions speaks, compiles what follows the root; brackets are checked first,
 * because Jayway quietly drops an unclosed {@code [} ({@code $.ship[} would read {@code $.ship})
 * where Step Functions refuses it. Immutable.
 */
public final class AslPath {

  /** What a path reads. */
  public enum Root {
    /** The state's data: {@code $...}. */
    INPUT,
    /** The context object: {@code $$...}. */
    CONTEXT,
    /** A variable: {@code $name...}. */
    VARIABLE
  }

  static {
    // JsonPath takes an SLF4J logger when it compiles: no warning on a classpath without SLF4J.
    io.statecraft.compiler.internal.common.QuietLogging.ensure();
  }

  /** Jayway's old script index {@code [(@.length-1)]}, which Step Functions still takes. */
  private static final Pattern LENGTH_INDEX =
      Pattern.compile("\\[\\(@\\.length\\s*-\\s*(\\d+)\\)]");

  /** A bare word compared in a filter, {@code [?(@.code==fr)]}, which Jayway needs quoted. */
  private static final Pattern BARE_WORD = Pattern.compile(
      "((?:==|!=|<=|>=|<|>)\\s*)(?!true\\b|false\\b|null\\b)([A-Za-z_][A-Za-z0-9_]*)(?=\\s*[)&|])");

  /**
   * The most steps ({@code .name}, {@code [..]}) a path may take: as many levels as a JSON value
   * may nest (Jackson's default nesting limit, which every JSON text here is read with), so no
   * path that could select something is refused. Jayway compiles and reads a path one recursive
   * call per step: the bound keeps a path of a hundred thousand steps from exhausting the stack.
   */
  public static final int MAX_STEPS = io.statecraft.compiler.internal.common.JsonText.MAX_DEPTH;

  private final String text;
  private final Root root;
  private final String variable;
  private final String query;
  private final JsonPath compiled;
  private final List<Object> steps;

  private AslPath(String text, Root root, String variable, String query, JsonPath compiled,
      List<Object> steps) {
    this.text = text;
    this.root = root;
    this.variable = variable;
    this.query = query;
    this.compiled = compiled;
    this.steps = steps;
  }

  /**
   * Paths parsed before, by text: a definition repeats its paths from state to state, and the
   * validator, the runtime's loader and its ResultPaths parse each. Bounded: emptied when full.
   */
  private static final Map<String, AslPath> PARSED = new ConcurrentHashMap<>();
  private static final int PARSED_LIMIT = 4096;

  /** Parses {@code text}; throws {@link PathSyntaxException} when Step Functions refuses it. */
  public static AslPath parse(String text) {
    AslPath known = PARSED.get(text);
    if (known != null) {
      return known;
    }
    AslPath parsed = parseNew(text);
    if (PARSED.size() >= PARSED_LIMIT) {
      PARSED.clear();
    }
    PARSED.put(text, parsed);
    return parsed;
  }

  private static AslPath parseNew(String text) {
    Root root = rootOf(text);
    if (root == null) {
      throw new PathSyntaxException(text, 0, "a path starts with $");
    }
    int start = switch (root) {
      case INPUT -> 1;
      case CONTEXT -> 2;
      case VARIABLE -> variableEnd(text);
    };
    checkBrackets(text, start);
    String query = lenient("$" + text.substring(start));
    String variable = root == Root.VARIABLE ? text.substring(1, start) : null;
    if (query.equals("$")) {
      return new AslPath(text, root, variable, query, null, List.of());
    }
    try {
      Path path = PathCompiler.compile(query);
      return new AslPath(text, root, variable, query, JsonPath.compile(query), steps(path));
    } catch (InvalidPathException e) {
      throw new PathSyntaxException(text, -1, e.getMessage());
    } catch (RuntimeException e) {
      // Jayway fails on some truncated paths with an index out of bounds rather than its own error.
      throw new PathSyntaxException(text, -1, "the path ends before it is complete");
    }
  }

  /** What {@code text} reads, judged by its first characters only; null when not a path. */
  public static Root rootOf(String text) {
    if (!text.startsWith("$")) {
      return null;
    }
    if (text.startsWith("$$")) {
      return Root.CONTEXT;
    }
    return text.length() > 1 && isNameStart(text.charAt(1)) ? Root.VARIABLE : Root.INPUT;
  }

  /** The path as written. */
  public String text() {
    return text;
  }

  public Root root() {
    return root;
  }

  /** The variable's name ({@code order} for {@code $order.id}); null unless {@link Root#VARIABLE}. */
  public String variable() {
    return variable;
  }

  /**
   * The path Jayway reads from the root's value, as Jayway spells it: {@code $.id} for
   * {@code $order.id}, {@code $.a[-1]} for {@code $.a[(@.length-1)]}.
   */
  public String query() {
    return query;
  }

  /** The compiled path, thread-safe; null when the path is the root's whole value. */
  public JsonPath compiled() {
    return compiled;
  }

  /** Whether the path selects at most one value (no wildcard, slice, filter or deep scan). */
  public boolean isDefinite() {
    return compiled == null || compiled.isDefinite();
  }

  /**
   * Whether this is a reference path, which Step Functions requires where a path names one place:
   * fields and indexes only, one at a time (no wildcards, slices, filters, unions, {@code ..} or
   * functions).
   */
  public boolean isReference() {
    return steps != null;
  }

  /** For a reference path, its steps: a String per field, an Integer per index; else null. */
  public List<Object> steps() {
    return steps;
  }

  @Override
  public String toString() {
    return text;
  }

  /** Step Functions' leniencies over Jayway 3, spelled Jayway's way. */
  private static String lenient(String query) {
    // Most paths hold neither: no regular expression runs for them.
    String indexed = query.indexOf('(') < 0 ? query
        : LENGTH_INDEX.matcher(query).replaceAll("[-$1]");
    boolean compares = indexed.indexOf('=') >= 0 || indexed.indexOf('<') >= 0
        || indexed.indexOf('>') >= 0;
    return compares ? BARE_WORD.matcher(indexed).replaceAll("$1'$2'") : indexed;
  }

  /**
   * Refuses a {@code [} that is never closed, a {@code ]} that closes nothing, outside quoted
   * names, and more than {@link #MAX_STEPS} steps, in {@code text} from {@code start}.
   */
  private static void checkBrackets(String text, int start) {
    List<Integer> open = new ArrayList<>();
    char quote = 0;
    int steps = 0;
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote == 0 && (c == '.' || c == '[') && ++steps > MAX_STEPS) {
        throw new PathSyntaxException(text, i, "the path takes more than " + MAX_STEPS
            + " steps (a step is a .name or a [...]); no JSON value nests deeper than "
            + MAX_STEPS + " levels");
      }
      if (quote != 0) {
        if (c == '\\') {
          i++;
        } else if (c == quote) {
          quote = 0;
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == '[') {
        open.add(i);
      } else if (c == ']' && open.isEmpty()) {
        throw new PathSyntaxException(text, i, "the ']' at character " + i + " closes no '['");
      } else if (c == ']') {
        open.remove(open.size() - 1);
      }
    }
    if (quote != 0) {
      throw new PathSyntaxException(text, text.length(), "a quoted name is never closed");
    }
    if (!open.isEmpty()) {
      int at = open.get(open.size() - 1);
      throw new PathSyntaxException(text, at, "the '[' at character " + at + " is never closed");
    }
  }

  /** The fields and single indexes {@code path} is made of, or null when it has anything else. */
  private static List<Object> steps(Path path) {
    if (!(path instanceof CompiledPath compiled) || path.isFunctionPath()) {
      return null;
    }
    List<Object> steps = new ArrayList<>();
    for (PathToken token = compiled.getRoot().getNext(); token != null;
        token = token.getNext()) {
      if (token instanceof PropertyPathToken property && property.singlePropertyCase()) {
        steps.add(property.getProperties().get(0));
      } else if (token instanceof ArrayIndexToken index && singleIndex(index) != null) {
        steps.add(singleIndex(index));
      } else {
        return null;
      }
    }
    return List.copyOf(steps);
  }

  /** The index of {@code token} ({@code [3]}), or null when it names several ({@code [1,2]}). */
  private static Integer singleIndex(ArrayIndexToken token) {
    String fragment = token.getPathFragment();
    String inner = fragment.substring(1, fragment.length() - 1).trim();
    try {
      return Integer.valueOf(inner);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static boolean isNameStart(char c) {
    return Character.isLetter(c) || c == '_';
  }

  /** Where the variable's name in {@code $name...} ends. */
  private static int variableEnd(String path) {
    int end = 1;
    while (end < path.length() && (Character.isLetterOrDigit(path.charAt(end))
        || path.charAt(end) == '_')) {
      end++;
    }
    return end;
  }
}
