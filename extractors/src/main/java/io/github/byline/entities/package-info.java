/** Entity extraction: people, organizations, places, dates, money and quantities. */
@NullMarked
package io.github.byline.entities;

import org.jspecify.annotations.NullMarked;
