/** The entry point: {@link io.github.byline.Byline}, a configured, thread-safe pipeline. */
@NullMarked
package io.github.byline;

import org.jspecify.annotations.NullMarked;
