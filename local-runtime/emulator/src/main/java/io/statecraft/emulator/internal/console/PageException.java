package io.statecraft.emulator.internal.console;

/** A console request that cannot be answered with its page: the HTTP status and why. */
final class PageException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;

  PageException(int status, String message) {
    super(message, null, false, false);
    this.status = status;
  }

  int status() {
    return status;
  }
}
