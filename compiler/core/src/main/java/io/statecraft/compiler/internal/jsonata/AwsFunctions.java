package io.statecraft.compiler.internal.jsonata;

import com.dashjoin.jsonata.Functions;
import com.dashjoin.jsonata.JException;
import com.dashjoin.jsonata.Jsonata.FnVarArgs;
import com.dashjoin.jsonata.Jsonata.JFunction;
import com.dashjoin.jsonata.Jsonata;
import com.dashjoin.jsonata.Utils;
import io.statecraft.asl.internal.JsonMappers;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.random.RandomGenerator;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The functions Step Functions adds to JSONata ({@code $partition}, {@code $range},
 * {@code $hash}, {@code $random} with a seed, {@code $uuid}, {@code $parse}), the built-ins whose
 * results depend on the execution ({@code $now}, {@code $millis}, {@code $shuffle}, drawn from the
 * bindings' clock and random source so that runs repeat), and built-ins wrapped so that they fail
 * as JSONata does where the library fails otherwise.
 *
 * <p>Each function is defined once and shared by every expression; those that need the running
 * evaluation find it through {@link Evaluation#current()}.
 */
final class AwsFunctions {

  /** The names whose functions read the running evaluation. */
  static final Set<String> NEED_EVALUATION =
      Set.of("random", "uuid", "now", "millis", "shuffle", "range", "pad");

  private static final Set<String> HASH_ALGORITHMS =
      Set.of("MD5", "SHA-1", "SHA-256", "SHA-384", "SHA-512");


  private static final Map<String, JFunction> FUNCTIONS = new LinkedHashMap<>();

  static {
    define("partition", "<an?:a>", AwsFunctions::partition);
    define("range", "<nnn?:a>", AwsFunctions::range);
    define("hash", "<ss?:s>", AwsFunctions::hash);
    define("random", "<n?:n>", AwsFunctions::random);
    define("uuid", "<:s>", args -> uuid(Evaluation.current().bindings.random()));
    define("parse", "<s?:x>", AwsFunctions::parse);
    define("now", "<s?s?:s>", args -> Functions.dateTimeFromMillis(Evaluation.current().millis(),
        (String) arg(args, 0), (String) arg(args, 1)));
    define("millis", "<:n>", args -> Evaluation.current().millis());
    define("shuffle", "<a:a>", AwsFunctions::shuffle);
    define("number", "<(nsb)-:n>", AwsFunctions::number);
    define("toMillis", "<s-s?:n>", AwsFunctions::toMillis);
    define("sort", "<af?:a>", AwsFunctions::sort);
    define("clone", "<(oa)-:o>", AwsFunctions::clone);
    define("replace", "<s-(sf)(sf)n?:s>", AwsFunctions::replace);
    define("formatNumber", "<n-so?:s>", AwsFunctions::formatNumber);
    define("pad", "<s-ns?:s>", AwsFunctions::pad);
    define("string", "<x-b?:s>", args -> JsString.of(args.isEmpty() ? null : args.get(0),
        Boolean.TRUE.equals(arg(args, 1))));
    for (String url : List.of("encodeUrl", "encodeUrlComponent", "decodeUrl",
        "decodeUrlComponent")) {
      define(url, "<s-:s>", args -> url(url, (String) arg(args, 0)));
    }
  }

  private AwsFunctions() {}

  private static void define(String name, String signature, FnVarArgs<Object> implementation) {
    FUNCTIONS.put(name, CheckedFunction.of(implementation, signature));
  }

  /**
   * Binds into the environment of a parsed expression the functions among {@code names}, the
   * names it mentions: Step Functions' own, and the library's checked as jsonata-js checks them.
   * {@code $eval}, which AWS does not offer, is unbound: calling it fails with T1006, as on AWS.
   */
  static void register(Jsonata expression, Iterable<String> names) {
    for (String name : names) {
      if (name.equals("eval")) {
        expression.assign("eval", null);
        continue;
      }
      JFunction function = FUNCTIONS.get(name);
      if (function == null) {
        function = CheckedFunction.builtIns().get(name);
      }
      if (function != null) {
        expression.registerFunction(name, function);
      }
    }
  }

  private static Object arg(List<?> args, int index) {
    if (index >= args.size()) {
      return null;
    }
    Object value = args.get(index);
    return value == Jsonata.NULL_VALUE ? null : value;
  }

  /** A number argument truncated toward zero, as AWS treats non-integers; null when absent. */
  private static Long integer(List<?> args, int index) {
    Object value = arg(args, index);
    return value instanceof Number number ? (long) number.doubleValue() : null;
  }

  private static Object partition(List<?> args) {
    List<?> array = (List<?>) arg(args, 0);
    if (array == null || array.isEmpty()) {
      return null;
    }
    Long size = integer(args, 1);
    long chunk = size == null ? array.size() : size;
    if (chunk < 0) {
      throw new JException("D3137", -1, "Second argument must be zero or greater");
    }
    if (chunk == 0) {
      return null;
    }
    List<Object> chunks = new ArrayList<>();
    for (int start = 0; start < array.size(); start += (int) Math.min(chunk, array.size())) {
      int end = (int) Math.min(array.size(), start + chunk);
      chunks.add(new ArrayList<>(array.subList(start, end)));
    }
    return chunks;
  }

  private static Object range(List<?> args) {
    Long start = integer(args, 0);
    Long end = integer(args, 1);
    Long step = integer(args, 2);
    if (start == null || end == null || step == null || step == 0
        || (end > start && step < 0) || (end < start && step > 0)) {
      return null;
    }
    // The count is found exactly before anything is built: a step near the edge of the long range
    // would make a running sum wrap around and never pass the end.
    BigInteger count = BigInteger.valueOf(end).subtract(BigInteger.valueOf(start))
        .divide(BigInteger.valueOf(step)).add(BigInteger.ONE);
    if (count.compareTo(BigInteger.valueOf(Evaluation.current().limits.maxRangeElements())) > 0) {
      throw new Evaluation.Bound(Evaluation.MEMORY);
    }
    List<Object> sequence = Utils.createSequence();
    long value = start;
    for (int i = count.intValue(); i > 0; i--) {
      sequence.add(Values.number((double) value));
      value += step;
    }
    return sequence;
  }

  private static Object hash(List<?> args) {
    String value = (String) arg(args, 0);
    String algorithm = (String) arg(args, 1);
    if (value == null || algorithm == null) {
      return null;
    }
    if (!HASH_ALGORITHMS.contains(algorithm)) {
      throw new JException("D3137", -1, "The hashing algorithm " + algorithm
          + " is not supported. Supported algorithms: MD5, SHA-1, SHA-256, SHA-384, SHA-512");
    }
    try {
      byte[] digest = MessageDigest.getInstance(algorithm)
          .digest(value.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(algorithm + " is missing from this Java runtime", e);
    }
  }

  private static Object random(List<?> args) {
    Long seed = integer(args, 0);
    // AWS draws a seeded number as java.util.Random does: $random(42) is 0.7275636800328681.
    double value = seed == null ? Evaluation.current().bindings.random().nextDouble()
        : new Random(seed).nextDouble();
    return value;
  }

  /** A version 4 UUID made of {@code random}'s bits. */
  static String uuid(RandomGenerator random) {
    long high = (random.nextLong() & ~0xF000L) | 0x4000L;
    long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(high, low).toString();
  }

  private static Object parse(List<?> args) {
    String text = (String) arg(args, 0);
    if (text == null) {
      return null;
    }
    JsonNode node;
    try {
      // Strict JSON, as AWS reads the argument of $parse: one document, no repeated key.
      node = JsonMappers.STRICT.readTree(text);
    } catch (JacksonException e) {
      throw new JException("D3137", -1, "Invalid JSON: " + e.getOriginalMessage());
    }
    if (node == null || node.isMissingNode()) {
      throw new JException("D3137", -1, "Invalid JSON: no content");
    }
    return Values.toJsonata(node);
  }

  private static Object shuffle(List<?> args) {
    List<?> array = (List<?>) arg(args, 0);
    if (array == null || array.size() <= 1) {
      return array;
    }
    RandomGenerator random = Evaluation.current().bindings.random();
    List<Object> result = new ArrayList<>(array);
    for (int i = result.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      Object swap = result.get(i);
      result.set(i, result.get(j));
      result.set(j, swap);
    }
    return result;
  }

  private static Object number(List<?> args) {
    Object value = args.isEmpty() ? null : args.get(0);
    if (value == Jsonata.NULL_VALUE) {
      throw new JException("T0410", -1, 1, "number");
    }
    Number number;
    try {
      number = Functions.number(value);
    } catch (NumberFormatException e) {
      throw new JException("D3030", -1, value);
    }
    if (number != null && !Double.isFinite(number.doubleValue())) {
      // A numeral too large for a double is not a number to jsonata-js.
      throw new JException("D3030", -1, value);
    }
    return number;
  }

  private static Object toMillis(List<?> args) {
    String timestamp = (String) arg(args, 0);
    String picture = (String) arg(args, 1);
    if (timestamp == null) {
      return null;
    }
    try {
      return Functions.dateTimeToMillis(timestamp, picture);
    } catch (JException e) {
      throw e;
    } catch (Exception e) {
      if (picture == null) {
        throw new JException("D3110", -1, timestamp);
      }
      throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
    }
  }

  private static Object sort(List<?> args) {
    List<?> array = (List<?>) arg(args, 0);
    Object comparator = arg(args, 1);
    if (array == null || array.size() <= 1) {
      return array;
    }
    if (comparator != null) {
      // A merge sort that takes the right element first exactly when the function says so, as
      // jsonata-js sorts: stable, and sound for a function that only answers "greater". The
      // library turns the function into a Java comparator that calls equal elements unequal,
      // which reorders them and can make the sort fail on larger arrays.
      return mergeSort(new ArrayList<>(array), (left, right) ->
          Functions.toBoolean(apply(comparator, List.of(orNull(left), orNull(right)))));
    }
    // Without a comparator JSONata orders numbers by value and strings by UTF-16 code units; the
    // library's own comparison fails on a mix of integers and decimals.
    List<Object> sorted = new ArrayList<>(array);
    if (sorted.stream().allMatch(v -> v instanceof Number)) {
      sorted.sort(Comparator.comparingDouble(v -> ((Number) v).doubleValue()));
    } else if (sorted.stream().allMatch(v -> v instanceof String)) {
      sorted.sort(Comparator.comparing(v -> (String) v));
    } else {
      throw new JException("D3070", -1);
    }
    return sorted;
  }

  private static Object orNull(Object value) {
    return value == null ? Jsonata.NULL_VALUE : value;
  }

  private static Object apply(Object function, List<Object> args) {
    try {
      return Functions.funcApply(function, args);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<Object> mergeSort(List<Object> items,
      java.util.function.BiPredicate<Object, Object> swap) {
    if (items.size() <= 1) {
      return items;
    }
    int middle = items.size() / 2;
    List<Object> left = mergeSort(new ArrayList<>(items.subList(0, middle)), swap);
    List<Object> right = mergeSort(new ArrayList<>(items.subList(middle, items.size())), swap);
    List<Object> merged = new ArrayList<>(items.size());
    int l = 0;
    int r = 0;
    while (l < left.size() && r < right.size()) {
      Boolean takeRight = swap.test(left.get(l), right.get(r));
      merged.add(takeRight ? right.get(r++) : left.get(l++));
    }
    merged.addAll(left.subList(l, left.size()));
    merged.addAll(right.subList(r, right.size()));
    return merged;
  }

  private static Object replace(List<?> args) {
    Object replacement = arg(args, 2);
    try {
      Number limit = (Number) arg(args, 3);
      return Functions.replace((String) arg(args, 0), arg(args, 1), replacement,
          limit == null ? null : limit.intValue());
    } catch (NullPointerException | ClassCastException e) {
      if (Values.isFunction(replacement)) {
        // The replacement function gave something other than a string.
        throw new JException("D3012", -1);
      }
      throw e;
    }
  }

  private static Object clone(List<?> args) {
    Object value = args.isEmpty() ? null : args.get(0);
    return value == null ? null : deepCopy(value);
  }

  /**
   * A copy that shares nothing with {@code value}, as jsonata-js makes one (through JSON text):
   * JSON nulls stay nulls, functions become empty strings. The library's own copy loses the nulls.
   */
  private static Object deepCopy(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        Object item = entry.getValue();
        copy.put(String.valueOf(entry.getKey()), item == null ? Jsonata.NULL_VALUE : deepCopy(item));
      }
      return copy;
    }
    if (value instanceof List<?> list) {
      List<Object> copy = new ArrayList<>(list.size());
      for (Object item : list) {
        copy.add(item == null ? Jsonata.NULL_VALUE : deepCopy(item));
      }
      return copy;
    }
    return Values.isFunction(value) ? "" : value;
  }

  private static Object formatNumber(List<?> args) {
    Number value = (Number) arg(args, 0);
    String picture = (String) arg(args, 1);
    Map<?, ?> options = (Map<?, ?>) arg(args, 2);
    if (value == null) {
      return null;
    }
    if (picture != null) {
      NumberPicture.check(picture, options);
    }
    return Functions.formatNumber(value, picture, options);
  }

  private static Object pad(List<?> args) {
    String text = (String) arg(args, 0);
    Number width = (Number) arg(args, 1);
    if (text != null && width != null
        && Math.abs(width.doubleValue()) > Evaluation.current().limits.maxStringLength()) {
      throw new Evaluation.Bound(Evaluation.MEMORY);
    }
    return Functions.pad(text, width, (String) arg(args, 2));
  }

  private static Object url(String function, String value) {
    if (value == null) {
      return null;
    }
    try {
      return switch (function) {
        case "encodeUrl" -> Functions.encodeUrl(value);
        case "encodeUrlComponent" -> Functions.encodeUrlComponent(value);
        case "decodeUrl" -> Functions.decodeUrl(value);
        default -> Functions.decodeUrlComponent(value);
      };
    } catch (RuntimeException e) {
      throw new JException("D3140", -1, function, value);
    }
  }
}
