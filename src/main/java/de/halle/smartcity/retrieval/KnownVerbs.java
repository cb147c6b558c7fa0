package de.halle.smartcity.retrieval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;

/**
 * The infinitives of general German verbs, folded like every term, so the participle rule can tell a participle
 * ("gefördert", of "fördern") from a noun of the same shape, whose middle is no verb ("Gesellschaft", "Geschäft": no
 * "sellschaften", "schäfen"). Read from the bundled thesaurus, whose verbs are its lower-case words in "-n" (a few
 * adjectives such as "offen" come along; no participle's middle matches them). Also knows the separable particles, so
 * a separable verb's participle, with "ge" after its particle ("abgeholt"), finds its verb ("abholen"). Immutable and
 * thread-safe.
 */
final class KnownVerbs {

  /** The bundled separable particles, one per line. */
  static final String PARTICLES = "lang/de/separable-particles.txt";
  /** The fewest letters of a separable participle's own stem ("holt" of "abgeholt"). */
  private static final int MIN_SEPARABLE_STEM = 3;

  private final Set<String> infinitives;
  private final List<String> particles;

  private KnownVerbs(Set<String> infinitives, List<String> particles) {
    this.infinitives = Set.copyOf(infinitives);
    this.particles = List.copyOf(particles);
  }

  /** The verbs of the bundled thesaurus, read once. */
  static KnownVerbs bundled() {
    return Bundled.VERBS;
  }

  /** The verbs among the words of thesaurus lines ("Wort=stamm;wort=stamm"), with separable particles ("ab"). */
  static KnownVerbs of(List<String> thesaurusLines, List<String> particles) {
    return of(ThesaurusWords.lowerCase(thesaurusLines), particles);
  }

  /** The verbs among folded lower-case thesaurus words (those in "-n"), with separable particles. */
  private static KnownVerbs of(Set<String> thesaurusWords, List<String> particles) {
    Set<String> infinitives = new HashSet<>();
    for (String word : thesaurusWords) {
      if (word.endsWith("n")) {
        infinitives.add(word);
      }
    }
    List<String> folded = new ArrayList<>();
    try (Analyzer folding = KeptApartStems.folding()) {
      particles.forEach(particle -> folded.add(KeptApartStems.fold(folding, particle)));
    }
    return new KnownVerbs(infinitives, folded);
  }

  /** Whether a folded stem is a known verb's: "forder" (of "fördern"), "plan" (of "planen"). */
  boolean hasStem(String stem) {
    return infinitives.contains(stem + "en") || infinitives.contains(stem + "n");
  }

  /**
   * The joined stem of a separable verb whose participle, without its "-t" or "-et", is given: "abhol" for "abgehol"
   * (of "abgeholt") when "abholen" is a known verb; or null when the term is no such participle ("angebo" of
   * "Angebot": no verb "anbo(e)n").
   */
  String separableStem(String participle) {
    for (String particle : particles) {
      int stem = particle.length() + 2;
      if (participle.length() - stem >= MIN_SEPARABLE_STEM && participle.startsWith(particle)
          && participle.startsWith("ge", particle.length())) {
        String joined = particle + participle.substring(stem);
        if (hasStem(joined)) {
          return joined;
        }
      }
    }
    return null;
  }

  /** Whether a folded word is a known verb's infinitive: "finden", "suchen". */
  boolean isInfinitive(String folded) {
    return infinitives.contains(folded);
  }

  /** Holds the bundled verbs, read when first asked for. */
  private static final class Bundled {
    static final KnownVerbs VERBS = of(ThesaurusWords.bundled(), LanguageResources.classpathLines(PARTICLES));
  }
}
