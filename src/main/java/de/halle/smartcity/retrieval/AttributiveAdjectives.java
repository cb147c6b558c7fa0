package de.halle.smartcity.retrieval;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;

/**
 * Finds a question's attributive adjectives: a lower-case word right before a capitalised word, only a space between
 * them, that is a thesaurus word with an adjective's ending ("freies WLAN", "kostenlose Stellplätze", "neue
 * Sprechzeiten"; {@link KnownAdjectives}) and no form of a known verb ("Wo finden Bürger …", "Ich suche
 * Parkplätze"). A predicative or adverbial use ("Ist das Parken kostenlos?", "üblicherweise Untersuchungen") is not
 * one. Stateless.
 */
public final class AttributiveAdjectives {

  private static final Pattern LOWER = Pattern.compile("\\p{Ll}+");

  private AttributiveAdjectives() {}

  /** An adjective's position among the question's words with the position of the noun it stands before. */
  public record Attribute(int adjective, int noun) {}

  /** The attributive adjectives of a question, positions as {@link QueryTerm#word} counts them. */
  public static List<Attribute> of(String question) {
    List<String> words = new ArrayList<>();
    List<int[]> offsets = new ArrayList<>();
    QuestionTerms.read(question, words, offsets);
    List<Attribute> attributes = new ArrayList<>();
    try (Analyzer folding = KeptApartStems.folding()) {
      for (int w = 0; w + 1 < words.size(); w++) {
        String word = words.get(w);
        String next = words.get(w + 1);
        if (LOWER.matcher(word).matches() && Character.isUpperCase(next.codePointAt(0))
            && question.substring(offsets.get(w)[1], offsets.get(w + 1)[0]).equals(" ")
            && adjective(KeptApartStems.fold(folding, word))) {
          attributes.add(new Attribute(w, w + 1));
        }
      }
    }
    return attributes;
  }

  /**
   * Whether a folded word is an inflected form of a thesaurus word ({@link KnownAdjectives#inflected}) and no known
   * verb's infinitive or first person ("suche" of "suchen").
   */
  private static boolean adjective(String folded) {
    KnownVerbs verbs = KnownVerbs.bundled();
    return KnownAdjectives.bundled().inflected(folded) && !verbs.isInfinitive(folded)
        && !(folded.endsWith("e") && verbs.isInfinitive(folded + "n"));
  }

  /**
   * The coverage with every attributive adjective of the question bound to its noun ({@link
   * QuestionCoverage#withAttribute}); {@code asksExistence}: the question asks whether something exists.
   */
  public static QuestionCoverage bound(String question, QuestionCoverage coverage, boolean asksExistence) {
    QuestionCoverage bound = coverage;
    for (Attribute attribute : of(question)) {
      bound = bound.withAttribute(attribute.adjective(), attribute.noun(), asksExistence);
    }
    return bound;
  }
}
