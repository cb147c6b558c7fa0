package de.halle.smartcity.answer;

import de.halle.smartcity.retrieval.AlternativeWords;
import de.halle.smartcity.retrieval.Evidence;
import de.halle.smartcity.retrieval.GermanAnalysis;
import de.halle.smartcity.retrieval.CoveredWords;
import de.halle.smartcity.retrieval.QuestionCoverage;
import de.halle.smartcity.retrieval.TermSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Whether a sentence itself states the relation a "who" question asks about ("Wer leitet Smart City?" is answered by
 * "Anna Muster leitet Smart City.", not by "Anna Muster leitet das Bauamt." under a title about Smart City): the
 * sentence alone, without its heading or the title, names, for each role word of the question ({@code
 * lang/de/role-verbs.txt}: "leiten", "Leiter", "unterzeichnen"), a word of that word's line (a form of the verb or the
 * role it names), and at least half of the question's other nouns. Immutable and thread-safe.
 */
final class StatedRelation {

  private final List<List<String>> roleVerbs;

  /** With the role verbs, each a list of lower-case words: the verb's forms and the nouns naming its role. */
  StatedRelation(List<List<String>> roleVerbs) {
    this.roleVerbs = roleVerbs.stream().map(List::copyOf).toList();
  }

  /** Loads the role verbs shipped in {@code lang/de/role-verbs.txt}. */
  static StatedRelation load() {
    List<List<String>> verbs = new ArrayList<>();
    for (LanguageTable.Row row : LanguageTable.read("lang/de/role-verbs.txt", 1)) {
      verbs.add(Arrays.stream(row.column(0).split(",")).map(String::strip).filter(w -> !w.isEmpty()).toList());
    }
    return new StatedRelation(verbs);
  }

  /**
   * The test for one question: true for a candidate whose sentence alone states the relation; the noun at {@code
   * exemptWord} (the class the answer is an instance of) need not be named. Alternatives of one question word
   * ("betreibt|leitet", an English verb's translations) are one role word: a word of any of their lines states it.
   * Words are compared as {@code analysis} indexes them.
   */
  Predicate<Evidence> of(String question, QuestionCoverage coverage, GermanAnalysis analysis, int exemptWord) {
    Map<Integer, List<String>> required = new TreeMap<>();
    QuestionCoverage objects = coverage;
    List<String> words = GermanAnalysis.surfaceTokens(question);
    int[] group = AlternativeWords.firstOfGroup(question);
    for (int w = 0; w < words.size(); w++) {
      String lower = words.get(w).toLowerCase(Locale.GERMAN);
      Optional<List<String>> verb = roleVerbs.stream().filter(line -> line.contains(lower)).findFirst();
      if (verb.isPresent()) {
        required.computeIfAbsent(group[w], g -> new ArrayList<>())
            .addAll(verb.get().stream().flatMap(form -> analysis.indexTerms(form).stream()).toList());
        objects = objects.without(group[w]);
      }
    }
    QuestionCoverage nouns = objects;
    return candidate -> {
      TermSet sentence = candidate.document().sentenceTerms().get(candidate.sentence());
      if (required.values().stream().anyMatch(verb -> verb.stream().noneMatch(sentence::contains))) {
        return false;
      }
      CoveredWords.NounMisses misses = nouns.words().missedNouns(sentence::contains, exemptWord);
      return 2 * misses.missed() <= misses.nouns();
    };
  }
}
