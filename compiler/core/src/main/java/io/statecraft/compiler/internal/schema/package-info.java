/**
 * JSON Schemas (draft 2020-12) written from Java records, and the check of a JSON value against
 * one with diagnostics that name the field by JSON pointer.
 */
package io.statecraft.compiler.internal.schema;
