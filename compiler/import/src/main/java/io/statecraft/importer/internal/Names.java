package io.statecraft.importer.internal;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.SourceVersion;

/** Java identifiers from state and file names: readable, valid, and unique within one class. */
final class Names {

  private final Set<String> used = new HashSet<>();

  /** A fresh local variable name: "Charge card" -> chargeCard, a clash -> chargeCard2. */
  String variable(String text) {
    String base = camel(text, false);
    if (base.isEmpty() || !Character.isJavaIdentifierStart(base.charAt(0))) {
      base = "state" + capitalize(base);
    }
    if (SourceVersion.isKeyword(base) || base.equals("var") || base.equals("_")) {
      base = base + "State";
    }
    String name = base;
    for (int i = 2; !used.add(name); i++) {
      name = base + i;
    }
    return name;
  }

  /** A class name from a file name: "order-fulfillment.asl.json" -> OrderFulfillment. */
  static String className(String fileName) {
    String base = fileName;
    int slash = Math.max(base.lastIndexOf('/'), base.lastIndexOf('\\'));
    base = base.substring(slash + 1);
    for (String suffix : new String[] {".json", ".asl"}) {
      if (base.toLowerCase(Locale.ROOT).endsWith(suffix)) {
        base = base.substring(0, base.length() - suffix.length());
      }
    }
    String name = camel(base, true);
    if (name.isEmpty() || !Character.isJavaIdentifierStart(name.charAt(0))) {
      name = "Workflow" + name;
    }
    return name;
  }

  /** Words are runs of letters and digits; everything else separates them. */
  private static String camel(String text, boolean upperFirst) {
    StringBuilder out = new StringBuilder();
    boolean newWord = upperFirst;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (!Character.isLetterOrDigit(c)) {
        newWord = out.length() > 0 || upperFirst;
        continue;
      }
      if (out.length() == 0 && !upperFirst) {
        out.appendCodePoint(Character.toLowerCase(c));
        // Keep the rest of a leading acronym readable: "SQS queue" -> sqsQueue.
        while (i < text.length() && Character.isUpperCase(text.codePointAt(i))
            && (i + 1 >= text.length() || !Character.isLowerCase(text.codePointAt(i + 1)))) {
          int next = text.codePointAt(i);
          out.appendCodePoint(Character.toLowerCase(next));
          i += Character.charCount(next);
        }
      } else if (newWord) {
        out.appendCodePoint(Character.toUpperCase(c));
      } else {
        out.appendCodePoint(c);
      }
      newWord = false;
    }
    return out.toString();
  }

  private static String capitalize(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
