package io.github.byline.entities.features;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Hides {@link #close()} from a writer that closes what it is handed; see {@link
 * CloseShieldInputStream}. Not thread-safe.
 */
final class CloseShieldOutputStream extends FilterOutputStream {

  CloseShieldOutputStream(OutputStream out) {
    super(out);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    out.write(b, off, len);
  }

  @Override
  public void close() throws IOException {
    flush();
  }
}
