package de.halle.smartcity.retrieval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;

/**
 * The words compound splitting looks for inside a word: the general compound parts plus the corpus' own words and
 * the forms of them a compound may hold ("Fahrgastzählung" holds the singular of "Fahrgäste" and the noun of "zählen"),
 * and a few short general parts looked for only at a word's end ("Leihrad"). Immutable and thread-safe.
 */
final class CompoundDictionary {

  /** Words of three letters looked for only at a word's end. */
  static final String SHORT_HEADS = "lang/de/short-compound-heads.txt";
  /** Shorter words are no compound part. */
  static final int MIN_WORD = 4;
  /** Shorter words are not in the vocabulary a plural's singular is looked up in ({@link SPluralFilter}). */
  static final int MIN_VOCABULARY_WORD = 3;
  private static final int MIN_PART = 4;
  private static final int MAX_PART = 20;
  private static final String INFINITIVE = "en";
  private static final String NOUN = "ung";
  /** The endings of plurals that may also change the stem's last vowel to an umlaut ("gast" → "gäste"). */
  private static final List<String> PLURAL_ENDINGS = List.of("er", "e");
  private static final String UMLAUTS = "äöü";
  private static final String VOWELS = "aou";

  private final CharArraySet stopwords;
  private final CharArraySet dictionary;
  private final CharArraySet vocabulary;
  private final List<String> shortHeads;

  /**
   * The general compound parts plus the given corpus words (any case, any length) and their base forms, and the short
   * heads of {@value #SHORT_HEADS}, looked for only at a word's end ("Leihrad" ends in "rad").
   */
  CompoundDictionary(LanguageResources resources, Collection<String> corpusWords) {
    this(resources.stopwords(), new CharArraySet(resources.compoundParts(), false),
        new CharArraySet(resources.compoundParts(), false), shortHeads(SHORT_HEADS), corpusWords);
  }

  /**
   * The short heads of a word list file.
   *
   * @throws IllegalStateException naming the file and the entry that is not a lower-case word shorter than a part
   */
  static List<String> shortHeads(String resource) {
    List<String> heads = LanguageResources.classpathLines(resource);
    for (String head : heads) {
      if (head.length() >= MIN_PART || !head.chars().allMatch(Character::isLowerCase)) {
        throw new IllegalStateException(resource + ": '" + head + "' is not a lower-case word shorter than "
            + MIN_PART + " letters (longer parts belong in " + LanguageResources.COMPOUND_PARTS + ")");
      }
    }
    return heads;
  }

  private CompoundDictionary(CharArraySet stopwords, CharArraySet known, CharArraySet knownVocabulary,
      List<String> shortHeads, Collection<String> corpusWords) {
    this.stopwords = stopwords;
    this.shortHeads = shortHeads;
    CharArraySet words = new CharArraySet(known.size() + 2 * corpusWords.size(), false);
    CharArraySet vocabularyWords = new CharArraySet(knownVocabulary.size() + corpusWords.size(), false);
    words.addAll(known);
    vocabularyWords.addAll(knownVocabulary);
    for (String word : corpusWords) {
      if (word.length() >= MIN_VOCABULARY_WORD && !stopwords.contains(word)) {
        vocabularyWords.add(word);
      }
      if (word.length() >= MIN_WORD && !stopwords.contains(word)) {
        words.add(word);
        words.addAll(baseForms(word));
      }
    }
    this.dictionary = CharArraySet.unmodifiableSet(words);
    this.vocabulary = CharArraySet.unmodifiableSet(vocabularyWords);
  }

  /** A new dictionary that also knows the given corpus words (the same as one built with all words at once). */
  CompoundDictionary withWords(Collection<String> more) {
    return new CompoundDictionary(stopwords, dictionary, vocabulary, shortHeads, more);
  }

  /** The stream with a plural's "-s" taken off where the corpus or the compound parts know its singular. */
  TokenStream singulars(TokenStream stream) {
    return new SPluralFilter(stream, vocabulary);
  }

  /**
   * The stream with the dictionary words found inside each token (but a joined name's whole) added after it (all of
   * them, covering or not), and a short head the token ends in (before an inflection ending).
   */
  TokenStream decompounded(TokenStream stream) {
    return JoinedNames.decompounded(stream, dictionary, shortHeads, MIN_PART, MAX_PART);
  }

  /**
   * The forms a compound may hold of a lower-case word beyond the word itself: of a verb's infinitive its noun in
   * "-ung" ("zählen" → "zählung"), of a plural with an umlaut its singular ("fahrgäste" → "fahrgast", "häuser" →
   * "haus"); none shorter than a part may be.
   */
  static List<String> baseForms(String word) {
    List<String> forms = new ArrayList<>(1);
    if (word.endsWith(INFINITIVE) && word.length() - INFINITIVE.length() >= MIN_PART) {
      forms.add(word.substring(0, word.length() - INFINITIVE.length()) + NOUN);
    }
    for (String ending : PLURAL_ENDINGS) {
      if (word.endsWith(ending) && word.length() - ending.length() >= MIN_PART) {
        String stem = word.substring(0, word.length() - ending.length());
        String singular = withoutLastUmlaut(stem);
        if (!singular.equals(stem)) {
          forms.add(singular);
        }
        break;
      }
    }
    return forms;
  }

  /** The stem with its last vowel, when that is an umlaut, as the plain vowel ("fahrgäst" → "fahrgast", "häus" → "haus"). */
  private static String withoutLastUmlaut(String stem) {
    for (int i = stem.length() - 1; i >= 0; i--) {
      char c = stem.charAt(i);
      if (c == 'u' && i > 0 && stem.charAt(i - 1) == 'ä') {
        return stem.substring(0, i - 1) + 'a' + stem.substring(i);
      }
      if ("aeiouy".indexOf(c) >= 0) {
        return stem;
      }
      int umlaut = UMLAUTS.indexOf(c);
      if (umlaut >= 0) {
        return stem.substring(0, i) + VOWELS.charAt(umlaut) + stem.substring(i + 1);
      }
    }
    return stem;
  }
}
