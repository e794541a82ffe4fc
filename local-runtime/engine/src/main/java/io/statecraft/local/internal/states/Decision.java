package io.statecraft.local.internal.states;

/**
 * What a state decided, as the engine notes it for an observer: the Choice rule that matched (or
 * the Default), the retrier that retried, the catcher that caught. The SPI hands it on as
 * {@code ExecutionObserver.Decision}; the engine keeps its own type so that it does not depend on
 * the SPI built on it.
 *
 * <pre>{@code
 * new Decision("Order valid?", Decision.Kind.CHOICE_RULE, 0)
 * }</pre>
 */
public record Decision(String state, Kind kind, int index) {

  /** Which kind of decision. */
  public enum Kind {
    CHOICE_RULE,
    DEFAULT,
    RETRIER,
    CATCHER
  }
}
