package de.halle.smartcity.retrieval;

import java.util.Arrays;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterIterator;

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

  /** The stream with every underscore-joined token followed by its parts. */
  static TokenStream split(TokenStream stream) {
    return new WordDelimiterGraphFilter(stream, false, UNDERSCORE_ONLY, FLAGS, null);
  }

  private static byte[] underscoreOnly() {
    byte[] types = new byte[Character.MAX_VALUE + 1];
    Arrays.fill(types, (byte) WordDelimiterIterator.ALPHA);
    types['_'] = WordDelimiterIterator.getType('_');
    return types;
  }
}
