package io.statecraft.local.internal.items;

/**
 * An Amazon S3 error as Step Functions reports it for an S3 call: an error name such as {@code
 * S3.NoSuchKeyException} or {@code S3.NoSuchBucketException}, and the cause text.
 */
public final class S3Failure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The object's key does not exist in the bucket. */
  public static final String NO_SUCH_KEY = "S3.NoSuchKeyException";

  /** The bucket does not exist. */
  public static final String NO_SUCH_BUCKET = "S3.NoSuchBucketException";

  private final String error;
  private final String cause;

  public S3Failure(String error, String cause) {
    super(error + ": " + cause);
    this.error = error;
    this.cause = cause;
  }

  /** The error name, e.g. {@value #NO_SUCH_KEY}. */
  public String error() {
    return error;
  }

  /** The cause text. */
  public String cause() {
    return cause;
  }
}
