package io.statecraft.emulator.internal.store;

/** The tables of a data directory; each maps a key (an ARN, mostly) to a JSON document. */
public enum Table {
  /** The store's own facts: its format. */
  META,
  /** State machines by ARN: settings, current revision, versions and aliases. */
  MACHINES,
  /** Definitions as created, updated or published, by revision key, for machines and executions. */
  REVISIONS,
  /** Activities by ARN. */
  ACTIVITIES,
  /** Tags by resource ARN. */
  TAGS,
  /** Standard executions by ARN: how they were started and, once they have, how they ended. */
  EXECUTIONS,
  /** History events by execution ARN and event id ({@link Tables#eventKey}). */
  EVENTS;

  String mapName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
