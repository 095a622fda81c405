/**
 * The composable pipeline: typed annotation {@link io.github.byline.pipeline.Layer layers}, {@link
 * io.github.byline.pipeline.Extractor extractors} that declare which layers they require and
 * provide, a {@link io.github.byline.pipeline.Pipeline} that checks those declarations when it is
 * built, and the {@link io.github.byline.pipeline.Analysis} it returns.
 */
@NullMarked
package io.github.byline.pipeline;

import org.jspecify.annotations.NullMarked;
