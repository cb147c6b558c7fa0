package de.halle.smartcity.retrieval;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Folds common German derivations onto their stem around light stemming, so a question's verb finds the release's
 * noun and back: the singular nouns in "-ung" ("Eröffnung" → "eröffn"), the adjectives in "-isch" ("amerikanisch" →
 * "amerikan"), the participles "ge-…-t" ("gefördert" → "förder"; with a four-letter stem only those of {@value
 * #SHORT_PARTICIPLES_FILE}, "gezählt" → "zahl" as "zählen" stems, since "Gericht" or "Geldnot" are none) and verb
 * forms in "-et" ("eröffnet" → "eröffn"). Works on folded lower-case terms; short words stay.
 */
final class GermanDerivationFilter extends TokenFilter {

  private static final int MIN_STEM = 4;
  /** Participles whose stem has only four letters, first column: folded onto it like longer ones. */
  static final String SHORT_PARTICIPLES_FILE = "lang/de/short-participles.tsv";
  private static final Set<String> SHORT_PARTICIPLES = shortParticiples(SHORT_PARTICIPLES_FILE);

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

  private final boolean nouns;

  /**
   * A filter for before light stemming ({@code nouns}: all rules) or after it (only the verb rules, for forms the
   * stemmer has just exposed, such as "unterzeichneten" → "unterzeichnet").
   */
  GermanDerivationFilter(TokenStream input, boolean nouns) {
    super(input);
    this.nouns = nouns;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (!keyword.isKeyword()) {
      String folded = nouns ? fold(term.toString()) : foldVerb(term.toString());
      if (!folded.contentEquals(term)) {
        term.setEmpty().append(folded);
      }
    }
    return true;
  }

  /**
   * The stem of a derived form, or the term unchanged. Plural nouns in "-ungen" stay: they usually name things
   * ("Veranstaltungen", events) rather than the action ("veranstaltet").
   */
  static String fold(String t) {
    if (!t.chars().allMatch(Character::isLetter)) {
      return t;
    }
    for (String suffix : new String[] {"ung", "ischen", "ische", "ischer", "isches", "isch"}) {
      if (t.endsWith(suffix) && t.length() - suffix.length() >= MIN_STEM) {
        return t.substring(0, t.length() - suffix.length());
      }
    }
    return foldVerb(t);
  }

  /**
   * The folded participles (first column) of a file of lines "participle, tab, infinitive".
   *
   * @throws IllegalStateException naming the file and the line that is not two lower-case words
   */
  static Set<String> shortParticiples(String resource) {
    Set<String> participles = new HashSet<>();
    for (String line : LanguageResources.classpathLines(resource)) {
      String[] columns = line.split("\t");
      if (columns.length != 2 || !columns[0].startsWith("ge") || !columns[0].chars().allMatch(Character::isLowerCase)) {
        throw new IllegalStateException(resource + ": expected 'participle<TAB>infinitive' in lower case but found '"
            + line + "'");
      }
      participles.add(columns[0].replace("ä", "a").replace("ö", "o").replace("ü", "u").replace("ß", "ss"));
    }
    return Set.copyOf(participles);
  }

  /** The stem of a participle or a verb form in "-et", or the term unchanged. */
  static String foldVerb(String t) {
    if (!t.chars().allMatch(Character::isLetter)) {
      return t;
    }
    if (t.startsWith("ge") && t.endsWith("t") && (t.length() - 3 >= MIN_STEM + 1 || SHORT_PARTICIPLES.contains(t))) {
      String stem = t.substring(2, t.length() - (t.endsWith("et") ? 2 : 1));
      return stem;
    }
    if (t.endsWith("et") && t.length() - 2 >= MIN_STEM + 1) {
      return t.substring(0, t.length() - 2);
    }
    return t;
  }
}
