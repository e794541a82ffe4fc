package io.statecraft.emulator;

/** An activity created with CreateActivity. */
record ActivityRecord(String name, String arn, long creationMillis) {}
