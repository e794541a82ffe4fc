package io.statecraft.asl;

/**
 * {@code "Type": "Fail"}: ends the execution with an error and a cause, each given literally (or as
 * JSONata) or by a path.
 */
public record FailState(
    String comment,
    QueryLanguage queryLanguage,
    String error,
    String errorPath,
    String cause,
    String causePath)
    implements State {}
