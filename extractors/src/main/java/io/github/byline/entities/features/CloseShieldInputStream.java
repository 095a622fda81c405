package io.github.byline.entities.features;

import java.io.FilterInputStream;
import java.io.InputStream;

/**
 * Hides {@link #close()} from a reader that closes what it is handed.
 *
 * <p>OpenNLP reads every model entry from one zip stream; a resource reader that closes its stream
 * (as {@code BrownCluster} and {@code WordClusterDictionary} do in 2.5.11) would end the whole
 * model load with "Stream closed". Not thread-safe, like the stream it wraps.
 */
final class CloseShieldInputStream extends FilterInputStream {

  CloseShieldInputStream(InputStream in) {
    super(in);
  }

  @Override
  public void close() {
    // the owner of the underlying stream closes it
  }
}
