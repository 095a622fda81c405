/**
 * Byline's core: the text model, the tokenizer and sentence splitter, the pipeline API and the
 * result records. Every package is API; core needs nothing at run time.
 */
module io.github.byline.core {
  // transitive: the API carries JSpecify annotations that modules reading core should see when they
  // compile; static: nothing needs them at run time.
  requires static transitive org.jspecify;

  exports io.github.byline.text;
  exports io.github.byline.pipeline;
  exports io.github.byline.model;
}
