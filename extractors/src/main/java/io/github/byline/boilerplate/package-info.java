/** Boilerplate stripping for plain text and HTML, with a reason for every removed block. */
@NullMarked
package io.github.byline.boilerplate;

import org.jspecify.annotations.NullMarked;
