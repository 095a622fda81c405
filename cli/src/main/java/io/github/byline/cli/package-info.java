/** The {@code byline} command line: see {@code shared/CLI.md} for its contract. */
@NullMarked
package io.github.byline.cli;

import org.jspecify.annotations.NullMarked;
