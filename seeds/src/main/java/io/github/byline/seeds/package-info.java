/** The bundled seed articles and their gold annotations. */
@NullMarked
package io.github.byline.seeds;

import org.jspecify.annotations.NullMarked;
