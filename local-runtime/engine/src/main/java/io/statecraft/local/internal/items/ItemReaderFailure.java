package io.statecraft.local.internal.items;

/** A failure reading items. */
public final class ItemReaderFailure extends RuntimeException {
  public ItemReaderFailure(String cause) {
    super(cause, null, false, false);
  }

  public String cause() {
    return getMessage();
  }
}
