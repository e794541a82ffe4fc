/**
 * How coverage is counted, stored and shown: the items of a definition, the tally of executions,
 * {@code coverage.json}, the HTML pages and the merging report folder. Not an API: it may change
 * in any release.
 */
package io.statecraft.testing.coverage.internal;
