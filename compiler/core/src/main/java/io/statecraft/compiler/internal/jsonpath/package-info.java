/**
 * Step Functions' JSONPath: the one parser that decides whether a path is valid, shared by the
 * validator and the local runtime so that neither accepts what the other refuses. {@link
 * io.statecraft.compiler.internal.jsonpath.AslPath#parse} reads input paths ({@code $.a}), context
 * paths ({@code $$.Execution.Id}) and variables ({@code $name.a}), with the leniencies Step
 * Functions has over Jayway JsonPath, and says whether a path is a reference path.
 *
 * <pre>{@code
 * AslPath path = AslPath.parse("$.orders[0]['id']");
 * path.isReference();   // true
 * path.steps();         // ["orders", 0, "id"]
 * }</pre>
 *
 * <p>Internal: public for Statecraft's own modules, may change without notice.
 */
package io.statecraft.compiler.internal.jsonpath;
