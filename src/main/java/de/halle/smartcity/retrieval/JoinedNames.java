package de.halle.smartcity.retrieval;

import java.util.Arrays;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ConditionalTokenFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterIterator;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Makes a name whose parts are joined by underscores ("movemix_bike", one token to the standard tokenizer) findable by
 * each part as well as whole: Lucene's word delimiter filter keeps the token and adds its parts after it. Only the
 * underscore splits; hyphens, "@" and full stops are split (or kept) by the tokenizer, the same way in releases and
 * questions. Stateless.
 */
final class JoinedNames {

  /** Every UTF-16 unit is part of a word except the underscore, which delimits one. */
  private static final byte[] UNDERSCORE_ONLY = underscoreOnly();
  private static final int FLAGS =
      WordDelimiterGraphFilter.GENERATE_WORD_PARTS | WordDelimiterGraphFilter.PRESERVE_ORIGINAL;

  private JoinedNames() {}

  /**
   * The stream with every underscore-joined token followed by its parts. Only tokens with an underscore go through the
   * word delimiter filter (the others it would pass unchanged), so the common token costs one scan of its characters.
   */
  static TokenStream split(TokenStream stream) {
    return new Underscored(stream);
  }

  /** The word delimiter filter over every token, as {@link #split} gives it the underscored ones. */
  static TokenStream splitEvery(TokenStream stream) {
    return new WordDelimiterGraphFilter(stream, false, UNDERSCORE_ONLY, FLAGS, null);
  }

  private static byte[] underscoreOnly() {
    byte[] types = new byte[Character.MAX_VALUE + 1];
    Arrays.fill(types, (byte) WordDelimiterIterator.ALPHA);
    types['_'] = WordDelimiterIterator.getType('_');
    return types;
  }

  /** Hands a token to the word delimiter filter only when it contains an underscore. */
  private static final class Underscored extends ConditionalTokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    Underscored(TokenStream input) {
      super(input, JoinedNames::splitEvery);
    }

    @Override
    protected boolean shouldFilter() {
      char[] buffer = term.buffer();
      for (int i = term.length() - 1; i >= 0; i--) {
        if (buffer[i] == '_') {
          return true;
        }
      }
      return false;
    }
  }
}
