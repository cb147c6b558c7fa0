package de.halle.smartcity.telegram;

import de.halle.smartcity.answer.Answer;
import de.halle.smartcity.answer.Question;
import de.halle.smartcity.answer.QuestionAnswerer;
import de.halle.smartcity.answer.Source;
import de.halle.smartcity.knowledge.KnowledgeDocument;
import de.halle.smartcity.knowledge.KnowledgeSnapshot;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A deterministic stand-in for the answer engine over the fixture releases: picks the paragraph sharing the most
 * words with the question (at least two), merges a short follow-up with the chat's last question, declines otherwise.
 * A question containing 💥 throws, to play a poison update.
 */
final class FixtureAnswerer implements QuestionAnswerer {
  static final String POISON = "💥";
  private static final Set<String> STOPWORDS = Set.of("und", "die", "der", "das", "wie", "was", "ein", "eine", "im",
      "in", "an", "am", "zu", "the", "and");
  private static final Set<String> GREETINGS = Set.of("hallo", "hi", "danke");

  private final KnowledgeSnapshot knowledge;

  FixtureAnswerer(KnowledgeSnapshot knowledge) {
    this.knowledge = knowledge;
  }

  @Override
  public Answer answer(Question question) {
    if (question.text().contains(POISON)) {
      throw new IllegalStateException("poison question");
    }
    Set<String> words = words(question.text());
    if (!words.isEmpty() && GREETINGS.containsAll(words)) {
      return new Answer(Answer.Kind.FIXED, "Hallo! Fragen Sie mich etwas.", List.of(), List.of(), 1, "de");
    }
    if (words.size() <= 1 && !question.recentQuestions().isEmpty()) {
      Set<String> merged = words(question.recentQuestions().get(question.recentQuestions().size() - 1));
      merged.removeIf(w -> w.matches("\\d{4}"));
      merged.addAll(words);
      words = merged;
    }
    KnowledgeDocument bestDocument = null;
    String bestParagraph = null;
    int bestScore = 1;
    for (KnowledgeDocument document : knowledge.documents()) {
      for (String paragraph : document.paragraphs()) {
        Set<String> shared = words(paragraph);
        shared.retainAll(words);
        if (shared.size() > bestScore) {
          bestScore = shared.size();
          bestDocument = document;
          bestParagraph = paragraph;
        }
      }
    }
    if (bestDocument == null) {
      return new Answer(Answer.Kind.DECLINED, "Dazu steht nichts in den Pressemitteilungen. Bitte wenden Sie sich "
          + "an die Behördennummer 115.", List.of(), List.of(), 0.1, "de");
    }
    Source source = new Source(bestDocument.title(), bestDocument.date(), bestDocument.source(), bestDocument.file());
    return new Answer(Answer.Kind.ANSWERED, bestParagraph, List.of(bestParagraph), List.of(source), 0.9, "de");
  }

  private static Set<String> words(String text) {
    return Arrays.stream(text.toLowerCase(Locale.GERMAN).split("[^\\p{L}\\p{N}-]+"))
        .filter(w -> !w.isBlank() && !STOPWORDS.contains(w))
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }
}
