package de.halle.smartcity.retrieval;

import java.util.List;
import java.util.Set;

/**
 * The lower-case words of the bundled thesaurus (adjectives, adverbs and verbs), folded like every term, so that an
 * inflected word can be told for an adjective's form: "freies" and "kostenlose" end an entry ("frei", "kostenlos")
 * with an ending, "üblicherweise" and "heute" do not. Immutable and thread-safe.
 */
final class KnownAdjectives {

  private static final List<String> ENDINGS = List.of("em", "en", "es", "e");

  private final Set<String> words;

  private KnownAdjectives(Set<String> words) {
    this.words = Set.copyOf(words);
  }

  /** The words of the bundled thesaurus, read once. */
  static KnownAdjectives bundled() {
    return Bundled.WORDS;
  }

  /** The lower-case words of thesaurus lines ("Wort=stamm;wort=stamm"). */
  static KnownAdjectives of(List<String> thesaurusLines) {
    return new KnownAdjectives(ThesaurusWords.lowerCase(thesaurusLines));
  }

  /** Whether a folded word is a thesaurus word with an adjective's ending: "freies", "neuen", "kostenlose". */
  boolean inflected(String folded) {
    for (String ending : ENDINGS) {
      if (folded.endsWith(ending) && words.contains(folded.substring(0, folded.length() - ending.length()))) {
        return true;
      }
    }
    return false;
  }

  /** Holds the bundled words, read when first asked for. */
  private static final class Bundled {
    static final KnownAdjectives WORDS = new KnownAdjectives(ThesaurusWords.bundled());
  }
}
