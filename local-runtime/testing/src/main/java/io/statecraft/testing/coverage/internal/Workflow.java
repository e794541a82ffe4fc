package io.statecraft.testing.coverage.internal;

import io.statecraft.asl.StateMachine;
import io.statecraft.compiler.Asl;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * The coverage of one workflow: its items and how often each was hit, over some executions. A
 * workflow is its name plus the hash of its canonical ASL text, so two runs add up only when they
 * ran the same definition.
 *
 * <pre>{@code
 * Workflow empty = Workflow.empty("order", machine);
 * Workflow both = first.plus(second);      // same name and hash
 * }</pre>
 *
 * @param hits how often each item of {@code items} was hit, index by index
 */
public record Workflow(String name, String hash, StateMachine definition, long executions,
    List<Item> items, long[] hits) {

  public Workflow {
    items = List.copyOf(items);
    hits = hits.clone();
    if (hits.length != items.size()) {
      throw new IllegalArgumentException("hits must have " + items.size() + " entries, was "
          + hits.length);
    }
  }

  /** {@code definition} loaded as {@code name}, never run. */
  public static Workflow empty(String name, StateMachine definition) {
    List<Item> items = Items.of(definition);
    return new Workflow(name, hash(definition), definition, 0, items, new long[items.size()]);
  }

  /** The SHA-256 of the definition's canonical ASL text, in hex. */
  public static String hash(StateMachine definition) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(Asl.write(definition).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** Name and hash: what identifies the workflow across runs. */
  public String key() {
    return name + "@" + hash;
  }

  /** This and {@code other}, a coverage of the same workflow, added up. */
  public Workflow plus(Workflow other) {
    if (!key().equals(other.key())) {
      throw new IllegalArgumentException("other must be the coverage of " + key() + ", was "
          + other.key());
    }
    long[] sum = hits.clone();
    for (int i = 0; i < sum.length; i++) {
      sum[i] += other.hits[i];
    }
    return new Workflow(name, hash, definition, executions + other.executions, items, sum);
  }

  /** How many items of {@code kind} there are, and how many were hit: {@code {covered, total}}. */
  public int[] total(Item.Kind kind) {
    int covered = 0;
    int total = 0;
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i).kind() == kind) {
        total++;
        covered += hits[i] > 0 ? 1 : 0;
      }
    }
    return new int[] {covered, total};
  }

  /** How often each item was hit: a copy, so the record stays immutable. */
  @Override
  public long[] hits() {
    return hits.clone();
  }

  /** How often the item at {@code index} was hit. */
  public long hits(int index) {
    return hits[index];
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Workflow that && key().equals(that.key())
        && executions == that.executions && Arrays.equals(hits, that.hits);
  }

  @Override
  public int hashCode() {
    return key().hashCode() * 31 + Arrays.hashCode(hits);
  }

  @Override
  public String toString() {
    return "Workflow " + key() + " " + executions + " executions";
  }
}
