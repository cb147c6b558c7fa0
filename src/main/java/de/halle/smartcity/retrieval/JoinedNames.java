package de.halle.smartcity.retrieval;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.CharFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterIterator;

/**
 * Makes a joined name findable whole as well as by each part: one whose parts are joined by underscores
 * ("musterrad_bike") or by hyphens between letters ("MUS-City", which the text is read with as "MUS_City", so the
 * standard tokenizer keeps it one token). Lucene's word delimiter filter keeps the whole and adds its parts after it;
 * the parts are then split into compounds like any word, the whole is not. Stateless.
 */
final class JoinedNames {

  /** The character that joins a name's parts once hyphens between letters have been read as it. */
  static final char JOINER = '_';
  /** The longest inflection ending after a short head ("rad-es"). */
  private static final int MAX_ENDING = 2;
  /** Every UTF-16 unit is part of a word except the underscore, which delimits one. */
  private static final byte[] UNDERSCORE_ONLY = underscoreOnly();
  private static final int FLAGS =
      WordDelimiterGraphFilter.GENERATE_WORD_PARTS | WordDelimiterGraphFilter.PRESERVE_ORIGINAL;

  private JoinedNames() {}

  /** The text with every hyphen between two letters read as the joiner (same length, so offsets stay). */
  static Reader hyphensJoined(Reader text) {
    return new HyphensJoined(text);
  }

  /** The stream with every joined token followed by its parts. */
  static TokenStream split(TokenStream stream) {
    return new WordDelimiterGraphFilter(stream, false, UNDERSCORE_ONLY, FLAGS, null);
  }

  /** Whether a term is a joined name as a whole. */
  static boolean isWhole(CharSequence term) {
    for (int i = 0; i < term.length(); i++) {
      if (term.charAt(i) == JOINER) {
        return true;
      }
    }
    return false;
  }

  /**
   * Lucene's dictionary decompounder, leaving a joined name's whole alone (its parts are split on their own), plus each
   * of {@code shortHeads} (shorter than {@code minPart}) that a word ends in, before at most an inflection ending.
   */
  static TokenStream decompounded(TokenStream stream, CharArraySet dictionary, List<String> shortHeads, int minPart,
      int maxPart) {
    return new DictionaryCompoundWordTokenFilter(stream, dictionary,
        DictionaryCompoundWordTokenFilter.DEFAULT_MIN_WORD_SIZE, minPart, maxPart, false) {
      @Override
      protected void decompose() {
        if (!isWhole(termAtt)) {
          super.decompose();
          for (String head : shortHeads) {
            int at = headAt(termAtt, head);
            if (at >= minPart) {
              tokens.add(new CompoundToken(at, head.length()));
            }
          }
        }
      }
    };
  }

  /** Where the term holds {@code head} followed by at most an inflection ending, or -1; allocates nothing. */
  static int headAt(CharSequence term, String head) {
    for (int ending = 0; ending <= MAX_ENDING; ending++) {
      int at = term.length() - ending - head.length();
      if (at < 0) {
        return -1;
      }
      if (regionEquals(term, at, head)) {
        return at;
      }
    }
    return -1;
  }

  private static boolean regionEquals(CharSequence term, int at, String head) {
    for (int i = 0; i < head.length(); i++) {
      if (term.charAt(at + i) != head.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static byte[] underscoreOnly() {
    byte[] types = new byte[Character.MAX_VALUE + 1];
    Arrays.fill(types, (byte) WordDelimiterIterator.ALPHA);
    types[JOINER] = WordDelimiterIterator.getType(JOINER);
    return types;
  }

  /** Reads the whole text once, with each hyphen between two letters replaced by the joiner. */
  private static final class HyphensJoined extends CharFilter {

    private char[] text;
    private int length;
    private int next;

    HyphensJoined(Reader input) {
      super(input);
    }

    @Override
    public int read(char[] buffer, int offset, int count) throws IOException {
      if (text == null) {
        readAll();
      }
      if (next >= length) {
        return -1;
      }
      int n = Math.min(count, length - next);
      System.arraycopy(text, next, buffer, offset, n);
      next += n;
      return n;
    }

    private void readAll() throws IOException {
      text = new char[256];
      for (int n = input.read(text, 0, text.length); n != -1; n = input.read(text, length, text.length - length)) {
        length += n;
        if (length == text.length) {
          text = Arrays.copyOf(text, 2 * length);
        }
      }
      for (int i = 1; i + 1 < length; i++) {
        if (text[i] == '-' && Character.isLetter(text[i - 1]) && Character.isLetter(text[i + 1])) {
          text[i] = JOINER;
        }
      }
    }

    @Override
    protected int correct(int offset) {
      return offset;
    }
  }
}
