/** Not API: the bundled models, the resource-to-shape table and the checker. */
package io.statecraft.shapes.internal;
