package de.halle.smartcity.retrieval;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;

/**
 * The infinitives of general German verbs, folded like every term, so the participle rule can tell a participle
 * ("gefördert", of "fördern") from a noun of the same shape, whose middle is no verb ("Gesellschaft", "Geschäft": no
 * "sellschaften", "schäfen"). Read from the bundled thesaurus, whose verbs are its lower-case words in "-n" (a few
 * adjectives such as "offen" come along; no participle's middle matches them). Immutable and thread-safe.
 */
final class KnownVerbs {

  private final Set<String> infinitives;

  private KnownVerbs(Set<String> infinitives) {
    this.infinitives = Set.copyOf(infinitives);
  }

  /** The verbs of the bundled thesaurus, read once. */
  static KnownVerbs bundled() {
    return Bundled.VERBS;
  }

  /** The verbs among the words of thesaurus lines ("Wort=stamm;wort=stamm"). */
  static KnownVerbs of(List<String> thesaurusLines) {
    Set<String> infinitives = new HashSet<>();
    try (Analyzer folding = KeptApartStems.folding()) {
      for (String line : thesaurusLines) {
        for (String entry : line.split(";")) {
          String word = entry.split("=", 2)[0];
          if (word.endsWith("n") && word.chars().allMatch(Character::isLowerCase)) {
            infinitives.add(KeptApartStems.fold(folding, word));
          }
        }
      }
    }
    return new KnownVerbs(infinitives);
  }

  /** Whether a folded stem is a known verb's: "forder" (of "fördern"), "plan" (of "planen"). */
  boolean hasStem(String stem) {
    return infinitives.contains(stem + "en") || infinitives.contains(stem + "n");
  }

  /** Whether a folded word is a known verb's infinitive: "finden", "suchen". */
  boolean isInfinitive(String folded) {
    return infinitives.contains(folded);
  }

  /** Holds the bundled verbs, read when first asked for. */
  private static final class Bundled {
    static final KnownVerbs VERBS = of(LanguageResources.classpathLines(LanguageResources.THESAURUS));
  }
}
