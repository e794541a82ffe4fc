package io.statecraft.asl.internal;

import java.util.function.Function;

/**
 * Lookup by ASL spelling, for the enums of every {@code io.statecraft.asl} package that name a
 * word of the States Language ({@code "Type": "Parallel"}, {@code "QueryLanguage": "JSONata"}).
 *
 * <pre>{@code
 * public static StateType fromAslName(String aslName) {
 *   return AslNames.find(values(), StateType::aslName, aslName);
 * }
 * }</pre>
 */
public final class AslNames {

  private AslNames() {}

  /** The constant spelled {@code name} in ASL, or {@code null} when there is none (or it is null). */
  public static <E extends Enum<E>> E find(E[] constants, Function<E, String> aslName,
      String name) {
    for (E constant : constants) {
      if (aslName.apply(constant).equals(name)) {
        return constant;
      }
    }
    return null;
  }
}
