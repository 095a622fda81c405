/** Quality measurement of every extractor against labeled data sets. */
@NullMarked
package io.github.byline.evaluation;

import org.jspecify.annotations.NullMarked;
