package io.statecraft.asl;

/** A retrier's {@code JitterStrategy}: {@code FULL} randomizes each delay, {@code NONE} does not. */
public enum JitterStrategy {
  FULL,
  NONE
}
