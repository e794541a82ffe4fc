/**
 * What a typed workflow's records make checkable: {@link
 * io.statecraft.local.typed.TypeMismatchException}, thrown when an execution's input, its output
 * read as a record, or a typed task handler's input does not fit the record's JSON Schema. A
 * package of its own so that the task API and the runtime's internals can both throw it.
 */
package io.statecraft.local.typed;
