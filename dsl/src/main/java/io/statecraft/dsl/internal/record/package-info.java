/**
 * Record components named by method references ({@code Order::total}), for paths written against
 * a workflow's records. Depends on the JDK alone, so the public payload types can use it.
 */
package io.statecraft.dsl.internal.record;
