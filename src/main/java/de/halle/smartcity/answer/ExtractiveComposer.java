package de.halle.smartcity.answer;

import de.halle.smartcity.retrieval.Evidence;
import de.halle.smartcity.retrieval.IndexedDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;

/**
 * Chooses the verbatim sentences of an answer: the anchor sentence, plus at most two more of its release's sentences
 * that the ranking model scores within a margin of it (it rates them about as likely to hold the answer), most likely
 * first; a chosen sentence that ends with a colon brings the sentence it introduces. Where another release answers
 * about as well — its best complete sentence scores within a wider margin and passes the caller's check — that
 * sentence is quoted too, when it fits before the less likely sentences would. The answer lists the release's
 * sentences in reading order and never fills the character budget for its own sake (see {@link SentencesWithHeadings}
 * for how they are written out). Immutable.
 */
final class ExtractiveComposer {

  /** The most sentences an answer quotes. */
  static final int MAX_SENTENCES = 3;

  private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"'“”«»)\\]]*$");

  /** Coverage at which a sentence counts as covering the whole question (allowing for rounding). */
  static final double FULL_COVERAGE = 0.99;

  private final double neighbourMargin;
  private final double otherReleaseMargin;

  /**
   * @param neighbourMargin how far (log-odds) below the anchor a sentence of its release may score and be quoted
   * @param otherReleaseMargin how far below the anchor the best complete sentence of another release may score and be
   *     quoted
   */
  ExtractiveComposer(double neighbourMargin, double otherReleaseMargin) {
    this.neighbourMargin = neighbourMargin;
    this.otherReleaseMargin = otherReleaseMargin;
  }

  /**
   * The sentences of an answer.
   *
   * @param chosen sentence indices of the anchor's release, in reading order
   * @param other a sentence of another release quoted after them, if any
   */
  record Selection(List<Integer> chosen, Optional<Evidence> other) {
    Selection {
      chosen = List.copyOf(chosen);
      Objects.requireNonNull(other, "other");
    }
  }

  /**
   * The sentence indices of the anchor's release, in reading order, that the answer could quote without another
   * release, every neighbour within the margin included (what the confidence is judged on).
   */
  List<Integer> choose(List<Evidence> ranked, Evidence anchor, int budget) {
    return choose(ranked, anchor, budget, e -> true, e -> false, e -> 0).chosen();
  }

  /**
   * The sentences that make the answer, taken in ranking order while they fit the budget; a sentence of the anchor's
   * release joins only when {@code neighbourJoins} accepts it (one it rejects keeps its place: no less likely sentence
   * takes it). Only the best-ranked complete sentence of another release is considered; it is quoted when it scores
   * within the margin, {@code answersToo} accepts it and its {@code cost} (the sentence with what introduces it and its
   * source line) still fits.
   */
  Selection choose(List<Evidence> ranked, Evidence anchor, int budget, Predicate<Evidence> neighbourJoins,
      Predicate<Evidence> answersToo, ToIntFunction<Evidence> cost) {
    IndexedDocument document = anchor.document().document();
    List<Integer> chosen = new ArrayList<>();
    int used = take(document, anchor.sentence(), chosen, -1, budget);
    used = introduced(document, anchor.sentence(), chosen, used, budget);
    Evidence other = null;
    boolean otherSeen = false;
    int left = 0;
    for (Evidence e : ranked) {
      if (e.file().equals(anchor.file())) {
        if (chosen.size() + left < MAX_SENTENCES && !chosen.contains(e.sentence())
            && anchor.fused() - e.fused() <= neighbourMargin) {
          if (!neighbourJoins.test(e)) {
            left++;
            continue;
          }
          int next = take(document, e.sentence(), chosen, used, budget);
          used = next == used ? used : introduced(document, e.sentence(), chosen, next, budget);
        }
      } else if (!otherSeen && complete(e.text())) {
        otherSeen = true;
        int extra = cost.applyAsInt(e);
        if (anchor.fused() - e.fused() <= otherReleaseMargin && used + extra <= budget
            && !document.sentences().contains(e.text()) && answersToo.test(e)) {
          other = e;
          used += extra;
        }
      }
    }
    chosen.sort(Integer::compare);
    return new Selection(chosen, Optional.ofNullable(other));
  }

  /**
   * Whether a neighbour helps the citizen. A neighbour from another section of the release (under another heading)
   * is about something else unless it holds a question word the anchor, its heading and title miss, or names the
   * anchor's subject (the rarest question word the anchor sentence names, in the anchor's own terms) as far as
   * {@link #fromElsewhereHelps} allows: "Am 12. Mai reisten Schüler aus Musterstadt nach Aheim." shares only
   * "Musterstadt" with "Ist Beheim eine Partnerstadt von Musterstadt?"; the sum of one project under its own heading
   * does not join the lead's total answering "Wie viel Geld bekommt Musterstadt?", nor the count of offices under
   * "Förderung" the firms answering "Welche Firmen haben das Amt digitalisiert?". When the anchor sentence (with its
   * heading and title) already covers the whole question, or all of it but the class noun of a "Welche …" question (it
   * then names instances of the class: "Welche Geräte …" answered by "Sägen, Bohrmaschinen"), a neighbour is quoted
   * only if it may carry part of the answer: the sentence itself holds a question word and the kind of fact the
   * question asks for (a sum for "Was kostet …", a date for "Wann …"), and where the anchor sentence names the class
   * noun ("Agentur" in "Welche Agentur …"), the neighbour names it too — one that does not is about something else.
   * Where the anchor misses the class noun, a label introducing the next line ("Für wen:") may still introduce the
   * instances. Otherwise the neighbour may carry what the anchor misses, when it continues the anchor (right before or
   * after it), holds a word of the question, names the anchor's subject or introduces the next line: a sentence
   * further on sharing no word with the question ("Anna Muster leitet Smart City Musterstadt." a few sentences after
   * "Das Projekt misst, wie voll die Busse sind." for "Zeigt die App an, wie voll der Bus ist?") is about something
   * else. A neighbour naming another name instead of the anchor's subject name never helps. An anchor denying a
   * question noun answers by itself ("Aheim ist keine Partnerstadt" for "Seit wann ist Aheim Partnerstadt?"): a
   * neighbour under another heading joins it only from the release's lead, which states the release's subject (the
   * list of partner towns the denial sets apart), not the date of another town's friendship from another section.
   */
  static boolean neighbourHelps(AnchorReach anchor, Neighbour neighbour) {
    if (neighbour.namesOtherName() || !neighbour.sameSection() && !fromElsewhereHelps(anchor, neighbour)
        || anchor.denies() && !neighbour.sameSection() && !neighbour.lead()) {
      return false;
    }
    if (!anchor.coversQuestion()) {
      return neighbour.connected() || neighbour.namesSubject() || neighbour.addsWord() || neighbour.introduces();
    }
    if (anchor.coverage() < FULL_COVERAGE && neighbour.introduces()) {
      return true;
    }
    return neighbour.holdsQuestionWord() && neighbour.holdsAskedFact()
        && (!anchor.namesClass() || neighbour.namesClass());
  }

  /**
   * Whether a neighbour under another heading than the anchor's helps: it holds a question word the anchor misses, or
   * it names the anchor's subject and stands in the release's lead, or names the subject where the anchor is no lead
   * sentence answering the whole question ({@link AnchorReach#answersInLead}) — and names the class noun too where the
   * anchor names it.
   */
  private static boolean fromElsewhereHelps(AnchorReach anchor, Neighbour neighbour) {
    return neighbour.addsWord() || neighbour.namesSubject() && (neighbour.lead()
        || (anchor.namesClass() ? neighbour.namesClass() : !anchor.answersInLead()));
  }

  /**
   * How much of the question the anchor answers.
   *
   * @param coverage the question's weighted share covered by the anchor sentence, its heading and title
   * @param besideClass the same share with the class noun of a "Welche …" question left out (equal to {@code coverage}
   *     for a question without one)
   * @param namesClass whether the anchor sentence itself names (at least half of) the question's class noun
   * @param lead whether the anchor stands in the release's lead, before any heading
   * @param denies whether the anchor denies one of the question's nouns ({@link Denial}): it answers by saying the
   *     question's premise is wrong
   */
  record AnchorReach(double coverage, double besideClass, boolean namesClass, boolean lead, boolean denies) {
    /** Whether the anchor covers the whole question, or all of it but the class noun it gives instances of. */
    boolean coversQuestion() {
      return coverage >= FULL_COVERAGE || besideClass >= FULL_COVERAGE;
    }

    /** Whether the anchor stands in the release's lead and covers the whole question: a total the sections break down. */
    boolean answersInLead() {
      return lead && coversQuestion();
    }
  }

  /**
   * What a neighbour of the anchor holds.
   *
   * @param holdsQuestionWord whether the neighbour sentence alone holds the question's subject, its class noun or a
   *     fair share of its words ({@link QuestionFit#holdsQuestionWord})
   * @param holdsAskedFact whether it holds the kind of fact asked for (always for a question asking for no particular
   *     kind)
   * @param namesClass whether the neighbour sentence names (at least half of) the question's class noun
   * @param introduces whether it ends with a colon, introducing the line after it
   * @param namesSubject whether it shares a term of the anchor's subject with the anchor sentence (always when the
   *     anchor sentence names no question word)
   * @param addsWord whether it holds a question word the anchor sentence, its heading and title miss, a word for the
   *     kind of answer ("wo", "wann") counted only in the release's lead
   * @param sameSection whether it stands under the anchor's heading
   * @param lead whether it stands in the release's lead, before any heading (about the release's whole subject)
   * @param namesOtherName whether the anchor's subject is a name and the neighbour, missing it (in the anchor's own
   *     section: a line beside the anchor line, missing it in sentence, heading and title), names another name the
   *     question does not ask about (under another heading: a peer of the subject the release lists beside it, whatever
   *     question words it holds); or, sharing only the class noun with the question, relates one of the anchor's
   *     names to a name neither the anchor nor the question names
   * @param connected whether the neighbour sentence holds any word of the question (or a synonym of one), or stands
   *     right before or after the anchor, continuing it
   */
  record Neighbour(boolean holdsQuestionWord, boolean holdsAskedFact, boolean namesClass, boolean introduces,
      boolean namesSubject, boolean addsWord, boolean sameSection, boolean lead, boolean namesOtherName,
      boolean connected) {}

  /** The line that quotes another release's sentence below the answer. */
  static String otherReleaseLine(String sentence, String language) {
    return ("en".equals(language) ? "Also: " : "Außerdem: ") + sentence;
  }

  /** A complete sentence starts with a capital letter and ends with a full stop, question or exclamation mark. */
  static boolean complete(String sentence) {
    return !sentence.isEmpty() && Character.isUpperCase(sentence.codePointAt(0))
        && SENTENCE_END.matcher(sentence).find();
  }

  /** A chosen sentence that ends with a colon brings the sentence it introduces. */
  private static int introduced(IndexedDocument document, int sentence, List<Integer> chosen, int used, int budget) {
    if (chosen.contains(sentence) && document.sentences().get(sentence).endsWith(":")) {
      return take(document, sentence + 1, chosen, used, budget);
    }
    return used;
  }

  /** Adds the sentence when it exists, is new and fits; returns the characters used (joined by spaces). */
  private static int take(IndexedDocument document, int sentence, List<Integer> chosen, int used, int budget) {
    if (sentence >= document.sentences().size() || chosen.contains(sentence)) {
      return used;
    }
    int length = 1 + document.sentences().get(sentence).length();
    if (used + length > budget && !chosen.isEmpty()) {
      return used;
    }
    chosen.add(sentence);
    return used + length;
  }
}
