/**
 * The results Byline produces: the stripped body with its removed blocks and metadata, entity
 * mentions grouped into entities, and attributions. All are immutable records, safe to share
 * between threads; offsets are UTF-16 indices into the body text.
 */
@NullMarked
package io.github.byline.model;

import org.jspecify.annotations.NullMarked;
