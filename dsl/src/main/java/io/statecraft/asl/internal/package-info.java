/**
 * What every Statecraft module shares and users should not call: the one JSON configuration
 * ({@link io.statecraft.asl.internal.JsonMappers}), JSON pointers, the copies that keep model
 * records immutable, and the lookup of enum constants by their ASL spelling. It may change in any
 * release.
 *
 * <pre>{@code
 * JsonNode value = JsonMappers.STANDARD.readTree("[1.50, 2]");
 * }</pre>
 */
package io.statecraft.asl.internal;
