package io.statecraft.local.internal.items;

/** WriterConfig evaluated. */
public record WriterSettings(String outputType, String transformation) {}
