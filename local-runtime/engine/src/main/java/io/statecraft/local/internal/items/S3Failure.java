package io.statecraft.local.internal.items;

/** An S3 error. */
public final class S3Failure extends RuntimeException {
  private final String error;

  public S3Failure(String error, String cause) {
    super(cause, null, false, false);
    this.error = error;
  }

  public String error() {
    return error;
  }

  public String cause() {
    return getMessage();
  }
}
