package io.statecraft.emulator.internal;

/** An activity created with CreateActivity. */
public record ActivityRecord(String name, String arn, long creationMillis) {}
