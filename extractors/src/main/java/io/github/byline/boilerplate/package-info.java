/**
 * Boilerplate stripping for plain text and HTML, with a reason for every removed block.
 *
 * <p>{@link io.github.byline.boilerplate.BoilerplateStripper} cuts the input into blocks (lines of
 * plain text; block elements of a page, with their link density and the evidence of the element
 * they sit in) and measures each: words, function words, sentence punctuation, capitalization, cue
 * phrases of page furniture in several languages (appeals, newsletters, cookies, sharing, related
 * links, comments, legal text), credit, byline and dateline shapes, and the publication's "we"
 * voice. Sentence-like blocks count for the article by their length, fragments and cue-bearing
 * blocks against it; the article is the run of blocks with the highest total. A heading that ends
 * an article (comments, references, about the author) after enough article text turns what follows
 * against it; an appeal to readers takes its heading and its "we" paragraphs with it. Inside the
 * article, blocks with firm evidence (a cue in a short line, a credit, a furniture element, a block
 * the site repeats on every page) are still removed. The decision is repeated on what is left until
 * nothing changes, so stripping the result again removes nothing more.
 *
 * <p>{@link io.github.byline.boilerplate.HtmlDecoding} reads a page's bytes as a browser would;
 * {@link io.github.byline.boilerplate.BoilerplateEvaluation} scores stripping on labeled sets.
 */
@NullMarked
package io.github.byline.boilerplate;

import org.jspecify.annotations.NullMarked;
