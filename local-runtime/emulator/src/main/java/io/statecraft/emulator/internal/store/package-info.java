/**
 * The emulator's data directory: one MVStore file of tables of JSON documents, written by one
 * thread that commits whatever is pending at once (group commit), so that a change is answered
 * only once it is on disk and many changes share one commit. It knows nothing of what the
 * emulator keeps; {@code io.statecraft.emulator.internal} maps its records to documents.
 */
package io.statecraft.emulator.internal.store;
