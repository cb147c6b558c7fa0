package de.halle.smartcity.report;

import de.halle.smartcity.store.LoggedQuestion;
import de.halle.smartcity.store.QuestionHistory;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The knowledge-gap inbox: questions that were declined or rated 👎, grouped when they share at least half of their
 * content words (Jaccard similarity to the group's first question), biggest groups first. Thread-safe.
 */
public final class GapReport {

  /** Minimum Jaccard similarity of content words for a question to join a group. */
  public static final double MIN_SIMILARITY = 0.5;

  private final QuestionHistory history;
  private final ContentWords contentWords;
  private final Clock clock;

  /** A report over {@code history}, normalising with {@code contentWords}, counting days back from {@code clock}. */
  public GapReport(QuestionHistory history, ContentWords contentWords, Clock clock) {
    this.history = history;
    this.contentWords = contentWords;
    this.clock = clock;
  }

  /** The gaps among questions of the last {@code days} days (at least 1). */
  public List<KnowledgeGap> lastDays(int days) {
    if (days < 1) {
      throw new IllegalArgumentException("days must be at least 1 but was " + days);
    }
    return group(history.since(clock.instant().minus(Duration.ofDays(days))));
  }

  /** Groups the unanswered questions among {@code questions} (oldest first); questions with no text are skipped. */
  public List<KnowledgeGap> group(List<LoggedQuestion> questions) {
    List<Cluster> clusters = new ArrayList<>();
    for (LoggedQuestion question : questions) {
      if ((question.declined() || question.ratedUnhelpful()) && question.text().isPresent()) {
        Set<String> words = contentWords.of(question.text().get());
        clusters.stream().filter(c -> c.accepts(words, question)).findFirst()
            .orElseGet(() -> newCluster(clusters, words, question)).members.add(question);
      }
    }
    return clusters.stream().map(Cluster::toGap)
        .sorted(Comparator.comparingInt(KnowledgeGap::count).reversed()
            .thenComparing(KnowledgeGap::lastSeen, Comparator.reverseOrder()))
        .toList();
  }

  private static Cluster newCluster(List<Cluster> clusters, Set<String> words, LoggedQuestion first) {
    Cluster cluster = new Cluster(words, first.text().orElseThrow(), first.topSourceFile(), new ArrayList<>());
    clusters.add(cluster);
    return cluster;
  }

  /** Similar questions; {@code file} is the release found for the first one, if any. */
  private record Cluster(Set<String> words, String example, Optional<String> file, List<LoggedQuestion> members) {

    /**
     * Whether the question belongs here: it shares enough content words, or neither has any and the texts are equal
     * and were found near the same release. A question without content words is mostly a follow-up ("Und wo?") whose
     * topic was in the chat's earlier questions, which the log does not keep; the release found for it stands in for
     * that topic, so "Und wo?" after different topics stays in different groups.
     */
    boolean accepts(Set<String> otherWords, LoggedQuestion other) {
      return words.isEmpty() && otherWords.isEmpty()
          ? example.strip().equalsIgnoreCase(other.text().orElseThrow().strip()) && file.equals(other.topSourceFile())
          : ContentWords.similarity(words, otherWords) >= MIN_SIMILARITY;
    }

    KnowledgeGap toGap() {
      Optional<LoggedQuestion> closest = mostFrequentSource();
      return new KnowledgeGap(example, members.size(), members.get(0).askedAt(),
          members.get(members.size() - 1).askedAt(),
          (int) members.stream().filter(LoggedQuestion::declined).count(),
          (int) members.stream().filter(LoggedQuestion::ratedUnhelpful).count(),
          closest.flatMap(LoggedQuestion::topSourceTitle), closest.flatMap(LoggedQuestion::topSourceFile));
    }

    /** A member carrying the source title found most often, the latest such member on ties. */
    private Optional<LoggedQuestion> mostFrequentSource() {
      Map<String, List<LoggedQuestion>> bySource = members.stream()
          .filter(m -> m.topSourceTitle().isPresent())
          .collect(Collectors.groupingBy(m -> m.topSourceTitle().get(), LinkedHashMap::new, Collectors.toList()));
      return bySource.values().stream()
          .max(Comparator.<List<LoggedQuestion>>comparingInt(List::size)
              .thenComparing(list -> list.get(list.size() - 1).askedAt()))
          .map(list -> list.get(list.size() - 1));
    }
  }
}
