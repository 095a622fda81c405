package io.github.byline.untrusted;

import opennlp.tools.namefind.TokenNameFinderFactory;

/**
 * A class a hostile model names in its manifest. It lies outside the packages OpenNLP may load, so
 * loading such a model must fail before this class is even initialized.
 */
public class Payload extends TokenNameFinderFactory {

  /** Set when the class is initialized: it never should be. */
  public static final String RAN = "byline.test.payload.ran";

  static {
    System.setProperty(RAN, "true");
  }
}
