package de.halle.smartcity.retrieval;

import java.io.IOException;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Takes the plural (or genitive) "-s" off a word after a letter light stemming leaves it behind (a vowel other than
 * "e", or "p") when the word without it is one of the vocabulary's: "Kitas" → "kita", "Fotos" → "foto", "Apps" →
 * "app" where the texts use the singular. Words that end so by themselves keep it, their form without "-s" being no
 * word ("Haus", "Status", "Hinweis", "kostenlos", "Ergebnis"). Works on lower-case terms, before folding, so the
 * vocabulary is read as written.
 */
final class SPluralFilter extends TokenFilter {

  /** The letters before an "-s" Lucene's light stemmer keeps ("-es" it takes off, after "t" or "n" the "-s" too). */
  private static final String BEFORE_S = "aiouyp";
  private static final int MIN_SINGULAR = 3;

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final CharArraySet vocabulary;

  SPluralFilter(TokenStream input, CharArraySet vocabulary) {
    super(input);
    this.vocabulary = vocabulary;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    int singular = term.length() - 1;
    if (singular >= MIN_SINGULAR && term.charAt(singular) == 's' && BEFORE_S.indexOf(term.charAt(singular - 1)) >= 0
        && vocabulary.contains(term.buffer(), 0, singular)) {
      term.setLength(singular);
    }
    return true;
  }
}
