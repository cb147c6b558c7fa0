package de.halle.smartcity.retrieval;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.de.GermanLightStemmer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Folds common German derivations onto their stem around light stemming, so a question's verb finds the release's
 * noun and back: the singular nouns in "-ung" ("Eröffnung" → "eröffn"), the adjectives in "-isch" ("amerikanisch" →
 * "amerikan"), the participles "ge-…-t" with a stem of five letters or more that is a known verb's ({@link KnownVerbs}:
 * "gefördert" → "förder", while "Gesellschaft" stays, there being no verb "sellschaften"; those with a four-letter stem
 * are listed in {@link KeptApartStems}, since "Gericht" or "Geldnot" are none), the participles "-ge-…-t" of separable
 * verbs whose joined stem is a known verb's ("abgeholt" → "abhol" as "abholen", while "Angebot" stays) and verb forms
 * in "-et" ("eröffnet" → "eröffn", "gefährdet" → "gefährd" as "gefährden"). Works on folded lower-case terms; short
 * words stay.
 */
final class GermanDerivationFilter extends TokenFilter {

  private static final int MIN_STEM = 4;
  /** Stateless: Lucene's light stemmer keeps nothing between calls. */
  private static final GermanLightStemmer LIGHT = new GermanLightStemmer();

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
      String folded = nouns ? fold(term.toString()) : foldExposedVerb(term.toString());
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
   * As {@link #foldVerb} for a form light stemming has just exposed ("geförderte" → "gefördert"), with a participle's
   * stem light-stemmed as the bare participle's is before it, so "geförderte" meets "gefördert" and "fördern".
   */
  static String foldExposedVerb(String t) {
    String stem = participleStem(t);
    if (stem == null) {
      return withoutEt(t);
    }
    char[] chars = stem.toCharArray();
    return new String(chars, 0, LIGHT.stem(chars, chars.length));
  }

  /** The stem of a participle of a known verb or of a verb form in "-et", or the term unchanged. */
  static String foldVerb(String t) {
    String stem = participleStem(t);
    return stem != null ? stem : withoutEt(t);
  }

  /** A verb form in "-et" without it ("eröffnet" → "eröffn"), or the term unchanged. */
  private static String withoutEt(String t) {
    if (t.endsWith("et") && t.length() - 2 >= MIN_STEM + 1 && lettersOnly(t)) {
      return t.substring(0, t.length() - 2);
    }
    return t;
  }

  /**
   * The verb's stem of a participle in "-t" of a known verb — "ge-…-t" ("gefördert" → "forder") or a separable verb's,
   * with "ge" after the particle ("angemeldet" → "anmeld") — or null when the term is none.
   */
  private static String participleStem(String t) {
    if (!t.endsWith("t") || !lettersOnly(t)) {
      return null;
    }
    String withoutEnding = t.substring(0, t.length() - (t.endsWith("et") ? 2 : 1));
    KnownVerbs verbs = KnownVerbs.bundled();
    if (t.startsWith("ge") && t.length() - 3 >= MIN_STEM + 1 && verbs.hasStem(withoutEnding.substring(2))) {
      return withoutEnding.substring(2);
    }
    return verbs.separableStem(withoutEnding);
  }

  private static boolean lettersOnly(String t) {
    for (int i = 0; i < t.length(); i++) {
      if (!Character.isLetter(t.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
