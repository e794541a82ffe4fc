package io.statecraft.local.internal.items;

/**
 * A failure reading a distributed Map's items: the Map Run fails with {@code
 * States.ItemReaderFailed} and {@link #cause()} as its cause, in AWS's words where AWS's are known.
 */
public final class ItemReaderFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The error every failure of this type reports. */
  public static final String ERROR = "States.ItemReaderFailed";

  private final String cause;

  public ItemReaderFailure(String cause) {
    super(ERROR + ": " + cause);
    this.cause = cause;
  }

  /** The cause text of the Map Run's failure. */
  public String cause() {
    return cause;
  }
}
