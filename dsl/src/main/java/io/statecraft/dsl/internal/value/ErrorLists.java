package io.statecraft.dsl.internal.value;

import io.statecraft.asl.ErrorNames;
import java.util.List;
import java.util.Objects;

/** Checks of the error names given to retriers and catchers. */
final class ErrorLists {

  private ErrorLists() {}

  static List<String> check(String... errors) {
    Objects.requireNonNull(errors, "errors == null");
    if (errors.length == 0) {
      throw new IllegalArgumentException("errors must name at least one error");
    }
    for (String error : errors) {
      if (error == null || error.isBlank()) {
        throw new IllegalArgumentException("errors must not contain null or blank names");
      }
    }
    List<String> list = List.of(errors);
    if (list.contains(ErrorNames.ALL) && list.size() > 1) {
      throw new IllegalArgumentException(
          "States.ALL must appear alone in an error list, was " + list);
    }
    return list;
  }
}
