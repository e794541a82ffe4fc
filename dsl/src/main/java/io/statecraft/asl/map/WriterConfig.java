package io.statecraft.asl.map;

/**
 * A {@code ResultWriter}'s {@code WriterConfig}, values kept as written.
 *
 * @param outputType {@code OutputType}: JSON or JSONL; or null
 * @param transformation {@code Transformation}: NONE, COMPACT or FLATTEN; or null
 */
public record WriterConfig(String outputType, String transformation) {}
