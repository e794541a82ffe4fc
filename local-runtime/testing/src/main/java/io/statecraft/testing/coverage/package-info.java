/**
 * Workflow coverage: which states, transitions, Choice rules, retriers and catchers the
 * executions of a test run covered. {@link io.statecraft.testing.coverage.StatecraftCoverageListener}
 * writes the report of every JUnit run into {@code target/statecraft-coverage}; a
 * {@link io.statecraft.testing.coverage.CoverageRecorder} records on demand, and its
 * {@link io.statecraft.testing.coverage.WorkflowCoverage} answers what was covered or missed.
 */
package io.statecraft.testing.coverage;
