package de.halle.smartcity.retrieval;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.CharFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterIterator;

/**
 * Makes a joined name findable whole as well as by each part: one whose parts are joined by underscores
 * ("musterrad_bike"), by hyphens between letters ("MUS-City", which the text is read with as "MUS_City", so the
 * standard tokenizer keeps it one token) or by spaces in a quoted name that opens with a capitalised stop word
 * ("„Unser Muster Plus“", read as "„Unser_Muster_Plus“": its stop word names it as much as its other words do). Lucene's word delimiter filter keeps the whole and adds its parts after it;
 * the parts are then split into compounds like any word, the whole is not. Stateless.
 */
final class JoinedNames {

  /** The character that joins a name's parts once hyphens between letters have been read as it. */
  static final char JOINER = '_';
  /** The longest inflection ending after a short head ("rad-es"). */
  private static final int MAX_ENDING = 2;
  /** The characters that open a quoted name. */
  private static final String OPENING_QUOTES = "\u201e\u201c\"\u00bb\u00ab\u201a'";
  /** Every UTF-16 unit is part of a word except the underscore, which delimits one. */
  private static final byte[] UNDERSCORE_ONLY = underscoreOnly();
  private static final int FLAGS =
      WordDelimiterGraphFilter.GENERATE_WORD_PARTS | WordDelimiterGraphFilter.PRESERVE_ORIGINAL;

  private JoinedNames() {}

  /**
   * The text with every hyphen between two letters, and every space between the capitalised words of a quoted name
   * that opens with a stop word, read as the joiner (same length, so offsets stay).
   */
  static Reader hyphensJoined(Reader text, CharArraySet stopwords) {
    return new HyphensJoined(text, stopwords);
  }

  /** As {@link #hyphensJoined} for a text in memory. */
  static String joined(String text, CharArraySet stopwords) {
    char[] chars = text.toCharArray();
    join(chars, chars.length, stopwords);
    return new String(chars);
  }

  /** Replaces the hyphens and spaces that join names in the first {@code length} characters by the joiner. */
  private static void join(char[] text, int length, CharArraySet stopwords) {
    for (int i = 1; i + 1 < length; i++) {
      if (text[i] == '-' && Character.isLetter(text[i - 1]) && Character.isLetter(text[i + 1])) {
        text[i] = JOINER;
      }
    }
    for (int i = 1; i < length; i++) {
      if (OPENING_QUOTES.indexOf(text[i - 1]) >= 0 && Character.isUpperCase(text[i])) {
        int end = i;
        while (end < length && Character.isLetter(text[end])) {
          end++;
        }
        if (stopwords.contains(new String(text, i, end - i).toLowerCase(Locale.ROOT))) {
          joinCapitalised(text, end, length);
        }
      }
    }
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

  /** Joins the words from {@code at} on while a space is followed by a capitalised word. */
  private static void joinCapitalised(char[] text, int at, int length) {
    int space = at;
    while (space + 1 < length && text[space] == ' ' && Character.isUpperCase(text[space + 1])) {
      text[space] = JOINER;
      space++;
      while (space < length && Character.isLetter(text[space])) {
        space++;
      }
    }
  }

  private static byte[] underscoreOnly() {
    byte[] types = new byte[Character.MAX_VALUE + 1];
    Arrays.fill(types, (byte) WordDelimiterIterator.ALPHA);
    types[JOINER] = WordDelimiterIterator.getType(JOINER);
    return types;
  }

  /** Reads the whole text once, with each hyphen between two letters replaced by the joiner. */
  private static final class HyphensJoined extends CharFilter {

    private final CharArraySet stopwords;
    private char[] text;
    private int length;
    private int next;

    HyphensJoined(Reader input, CharArraySet stopwords) {
      super(input);
      this.stopwords = stopwords;
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
      join(text, length, stopwords);
    }

    @Override
    protected int correct(int offset) {
      return offset;
    }
  }
}
