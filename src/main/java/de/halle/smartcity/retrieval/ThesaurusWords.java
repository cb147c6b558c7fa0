package de.halle.smartcity.retrieval;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;

/**
 * The lower-case words of thesaurus lines ("Wort=stamm;wort=stamm"): its adjectives, adverbs and verbs, folded like
 * every term. Read once from the bundled thesaurus for both {@link KnownVerbs} and {@link KnownAdjectives}.
 */
final class ThesaurusWords {

  private ThesaurusWords() {}

  /** The folded lower-case words of the bundled thesaurus, read when first asked for; immutable. */
  static Set<String> bundled() {
    return Bundled.WORDS;
  }

  /** The folded lower-case words of thesaurus lines (an entry's word before "="); immutable. */
  static Set<String> lowerCase(List<String> thesaurusLines) {
    Set<String> words = new HashSet<>();
    try (Analyzer folding = KeptApartStems.folding()) {
      for (String line : thesaurusLines) {
        for (String entry : line.split(";")) {
          String word = entry.split("=", 2)[0];
          if (!word.isEmpty() && word.chars().allMatch(Character::isLowerCase)) {
            words.add(KeptApartStems.fold(folding, word));
          }
        }
      }
    }
    return Set.copyOf(words);
  }

  private static final class Bundled {
    static final Set<String> WORDS = lowerCase(LanguageResources.classpathLines(LanguageResources.THESAURUS));
  }
}
