/** Attribution detection: who said or reported what. */
@NullMarked
package io.github.byline.attribution;

import org.jspecify.annotations.NullMarked;
