package io.statecraft.local.internal.items;

/** ReaderConfig once evaluated. */
public record ReaderSettings(String inputType, String csvHeaderLocation,
    java.util.List<String> csvHeaders, String csvDelimiter, String manifestType, long maxItems) {}
