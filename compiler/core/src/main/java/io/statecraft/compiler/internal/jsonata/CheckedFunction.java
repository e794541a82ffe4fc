package io.statecraft.compiler.internal.jsonata;

import com.dashjoin.jsonata.JException;
import com.dashjoin.jsonata.Jsonata;
import com.dashjoin.jsonata.Jsonata.Frame;
import com.dashjoin.jsonata.Jsonata.JFunction;
import com.dashjoin.jsonata.Jsonata.JFunctionCallable;
import com.dashjoin.jsonata.Parser.Symbol;
import com.dashjoin.jsonata.utils.Signature;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A function whose arguments are checked against its signature as jsonata-js checks them. The
 * library differs twice: it reads a JSON null as a missing argument, so {@code $length(null)}
 * reaches the function and fails inside it instead of failing the signature; and it reports the
 * first argument as the bad one whenever there are too many, as in {@code $count([], [])}, which
 * jsonata-js reports as argument 2.
 *
 * <p>The library's built-ins are wrapped as they are found in its global environment. Where the
 * library's internals cannot be read, {@link #builtIns()} is empty and the library checks alone.
 */
final class CheckedFunction extends JFunction {

  private static final Field FUNCTION_NAME;
  private static final Field SIGNATURE;
  private static final Field METHOD;
  private static final Field METHOD_INSTANCE;
  private static final Field SIGNATURE_NAME;
  private static final Field PARAMS;
  private static final Field REGEX;
  private static final Field PARAM_REGEX;
  private static final Map<String, JFunction> BUILT_INS;

  static {
    Field[] fields = new Field[8];
    Map<String, JFunction> builtIns;
    try {
      fields[0] = field(JFunction.class, "functionName");
      fields[1] = field(JFunction.class, "signature");
      fields[2] = field(JFunction.class, "method");
      fields[3] = field(JFunction.class, "methodInstance");
      fields[4] = field(Signature.class, "functionName");
      fields[5] = field(Signature.class, "_params");
      fields[6] = field(Signature.class, "_regex");
      fields[7] = field(Class.forName(Signature.class.getName() + "$Param"), "regex");
    } catch (ReflectiveOperationException | RuntimeException e) {
      fields = new Field[8];
    }
    FUNCTION_NAME = fields[0];
    SIGNATURE = fields[1];
    METHOD = fields[2];
    METHOD_INSTANCE = fields[3];
    SIGNATURE_NAME = fields[4];
    PARAMS = fields[5];
    REGEX = fields[6];
    PARAM_REGEX = fields[7];
    try {
      builtIns = PARAM_REGEX == null ? Map.of() : wrapBuiltIns();
    } catch (ReflectiveOperationException | RuntimeException e) {
      builtIns = Map.of();
    }
    BUILT_INS = builtIns;
  }

  /** The signature's patterns, read on first use. */
  private volatile Check check;

  private CheckedFunction(JFunctionCallable implementation, String signature) {
    super(implementation, signature);
  }

  /** A function of Step Functions' own, with a JSONata signature such as {@code <an?:a>}. */
  static JFunction of(Jsonata.FnVarArgs<Object> implementation, String signature) {
    return new CheckedFunction(implementation.getJFunctionCallable(), signature);
  }

  /** The library's built-ins by name, each checked as jsonata-js checks it. */
  static Map<String, JFunction> builtIns() {
    return BUILT_INS;
  }

  private static Field field(Class<?> owner, String name) throws NoSuchFieldException {
    Field field = owner.getDeclaredField(name);
    field.setAccessible(true);
    return field;
  }

  private static Map<String, JFunction> wrapBuiltIns() throws ReflectiveOperationException {
    Field staticFrame = field(Jsonata.class, "staticFrame");
    Field bindings = field(Frame.class, "bindings");
    Map<?, ?> global = (Map<?, ?>) bindings.get(staticFrame.get(null));
    Map<String, JFunction> wrapped = new LinkedHashMap<>();
    for (Map.Entry<?, ?> entry : global.entrySet()) {
      if (entry.getValue() instanceof JFunction original && SIGNATURE.get(original) != null) {
        CheckedFunction function = new CheckedFunction(original, null);
        // The original's signature, name and method: partial application rebuilds a call by
        // name and arity, and higher-order functions read the arity, as for the original.
        SIGNATURE.set(function, SIGNATURE.get(original));
        FUNCTION_NAME.set(function, FUNCTION_NAME.get(original));
        METHOD.set(function, METHOD.get(original));
        METHOD_INSTANCE.set(function, METHOD_INSTANCE.get(original));
        wrapped.put((String) entry.getKey(), function);
      }
    }
    return Map.copyOf(wrapped);
  }

  @Override
  public Object validate(Object args, Object context) {
    Check check = check();
    if (check == null || !(args instanceof List<?> list)) {
      return super.validate(args, context);
    }
    // The library's check runs first, as it is the one that also fixes the arguments up; this
    // one only where the two can disagree: a JSON null among the arguments, or a failure.
    if (list.contains(Jsonata.NULL_VALUE)) {
      String supplied = symbols(list);
      if (!check.whole.matcher(supplied).matches()) {
        throw new JException("T0410", -1, check.badArgument(supplied), check.name);
      }
    }
    try {
      return super.validate(args, context);
    } catch (JException e) {
      if ("T0410".equals(e.getError())) {
        throw new JException("T0410", -1, check.badArgument(symbols(list)), check.name);
      }
      throw e;
    }
  }

  private Check check() {
    Check read = check;
    if (read == null && PARAM_REGEX != null) {
      try {
        Signature signature = (Signature) SIGNATURE.get(this);
        if (signature != null) {
          List<String> params = new ArrayList<>();
          for (Object param : (List<?>) PARAMS.get(signature)) {
            params.add((String) PARAM_REGEX.get(param));
          }
          read = new Check((Pattern) REGEX.get(signature), List.copyOf(params),
              SIGNATURE_NAME.get(signature));
          check = read;
        }
      } catch (IllegalAccessException e) {
        return null;
      }
    }
    return read;
  }

  /** A signature's patterns: the whole one, and one per parameter. */
  private record Check(Pattern whole, List<String> params, Object name) {

    /** The argument jsonata-js reports: the first one the signature's parameters cannot take. */
    int badArgument(String supplied) {
      StringBuilder partial = new StringBuilder("^");
      int goodTo = 0;
      for (String param : params) {
        partial.append(param);
        Matcher matcher = Pattern.compile(partial.toString()).matcher(supplied);
        if (!matcher.lookingAt()) {
          return goodTo + 1;
        }
        goodTo = matcher.end();
      }
      return goodTo + 1;
    }
  }

  /** The arguments' types as signature letters; unlike the library, JSON null is {@code l}. */
  private static String symbols(List<?> args) {
    StringBuilder letters = new StringBuilder(args.size());
    for (Object arg : args) {
      letters.append(symbol(arg));
    }
    return letters.toString();
  }

  private static char symbol(Object value) {
    if (value == null) {
      return 'm';
    }
    if (value == Jsonata.NULL_VALUE) {
      return 'l';
    }
    if (value instanceof JFunctionCallable || value instanceof Pattern
        || (value instanceof Symbol symbol && symbol._jsonata_lambda)) {
      return 'f';
    }
    if (value instanceof String) {
      return 's';
    }
    if (value instanceof Number) {
      return 'n';
    }
    if (value instanceof Boolean) {
      return 'b';
    }
    if (value instanceof List) {
      return 'a';
    }
    return value instanceof Map ? 'o' : 'm';
  }
}
