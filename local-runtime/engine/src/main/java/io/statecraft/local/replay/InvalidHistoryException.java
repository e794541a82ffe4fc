package io.statecraft.local.replay;

/**
 * The text given as a history is not one: not JSON, no events, events of another shape, pages
 * missing (ids must run from 1 without gaps), or two executions' events mixed.
 */
public final class InvalidHistoryException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  InvalidHistoryException(String message) {
    super(message);
  }
}
