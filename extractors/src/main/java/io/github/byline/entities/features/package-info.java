/**
 * OpenNLP feature generators and resources of the trained name finder: word shapes, word clusters
 * and gazetteers. The classes are named in the model's feature descriptor and instantiated by
 * OpenNLP's extension loader, which must allow this package.
 */
@NullMarked
package io.github.byline.entities.features;

import org.jspecify.annotations.NullMarked;
