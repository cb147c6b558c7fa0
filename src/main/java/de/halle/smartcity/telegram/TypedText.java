package de.halle.smartcity.telegram;

import java.text.Normalizer;

/**
 * Cleans what a citizen typed before anything reads it: Unicode NFKC (decomposed umlauts such as {@code a\u0308}
 * from some keyboards become {@code ä}, full-width digits and no-break spaces become plain ones) and removal of
 * invisible format characters (zero-width spaces and joiners, direction marks, soft hyphens, byte-order marks), so
 * commands, mentions, search and the personal-data check see the text a reader sees — a zero-width space inside an
 * e-mail address no longer hides it from the check.
 */
final class TypedText {
  private TypedText() {}

  static String clean(String typed) {
    String composed = Normalizer.normalize(typed, Normalizer.Form.NFKC);
    StringBuilder out = new StringBuilder(composed.length());
    composed.codePoints().filter(cp -> Character.getType(cp) != Character.FORMAT).forEach(out::appendCodePoint);
    return out.toString();
  }
}
