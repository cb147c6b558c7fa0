package de.halle.smartcity.answer;

import de.halle.smartcity.answer.SmallTalkPhrases.Phrase;
import de.halle.smartcity.answer.SmallTalkPhrases.Role;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Recognizes greetings, thanks, goodbyes, requests for help, questions about what the bot does with the writer's data
 * and emergencies, and gives their fixed German or English replies without retrieval. Phrases and replies come from data files under {@code lang/}. Thread-safe.
 *
 * <p>An emergency phrase counts anywhere in the message (unless negated, as in "kein Notfall"). An alarm word such as
 * "Polizei" or "Unfall" counts too, but not in an ordinary question ("Wo ist die nächste Polizei?": a "?" or a leading
 * question word) unless an urgent word comes with it ("Schnell, wo ist die Polizei?"). The other intents count only
 * when the whole message consists of such phrases and filler words, so "Hallo, wann fährt der Bus?" is a real
 * question and not a greeting. A message of nothing but web addresses (and such phrases) asks for words instead, and so
 * does a message without letters ("👍", "???"), unless it is a number following earlier questions ("2020" after "Wie
 * viele … 2019?"), which {@link FollowUp} merges with them; such a reply names a topic of the releases to ask about.
 */
public final class SmallTalk {

  /** What a small-talk message is about. */
  public enum Intent {
    GREETING,
    THANKS,
    GOODBYE,
    HELP,
    /** What the bot stores about the writer ("Was passiert mit meinen Daten?"), not data in the releases. */
    PRIVACY,
    EMERGENCY,
    /** Only a link: the bot cannot open it. */
    LINK,
    /** No words at all: only symbols, emoji or a number without an earlier question. */
    NO_WORDS
  }

  /** A recognized intent and the language its reply should be in ("de" or "en"). */
  public record Recognized(Intent intent, String language) {
    public Recognized {
      Objects.requireNonNull(intent, "intent");
      if (!"de".equals(language) && !"en".equals(language)) {
        throw new IllegalArgumentException("language must be de or en but was " + language);
      }
    }
  }

  /** When a message holds phrases of several intents, the first of this list wins. */
  private static final List<Role> PRIORITY = List.of(Role.PRIVACY, Role.HELP, Role.GOODBYE, Role.THANKS, Role.GREETING);
  /** The roles a whole small-talk message may consist of. */
  private static final Set<Role> WHOLE_MESSAGE =
      EnumSet.of(Role.GREETING, Role.THANKS, Role.GOODBYE, Role.HELP, Role.PRIVACY, Role.FILLER, Role.NEGATION);
  /** The intents whose reply asks for the question in words, with an example topic. */
  private static final Set<Intent> ASKS_FOR_WORDS = EnumSet.of(Intent.LINK, Intent.NO_WORDS);
  private static final Pattern LETTER = Pattern.compile("\\p{L}");
  private static final Pattern DIGIT = Pattern.compile("\\p{N}");

  private final SmallTalkPhrases phrases;
  private final SmallTalkReplies replies;

  SmallTalk(SmallTalkPhrases phrases, SmallTalkReplies replies) {
    this.phrases = phrases;
    this.replies = replies;
  }

  /** Loads the phrase and reply tables shipped in {@code lang/smalltalk-*.tsv}. */
  public static SmallTalk load() {
    return new SmallTalk(
        SmallTalkPhrases.read("lang/smalltalk-phrases.tsv"), SmallTalkReplies.read("lang/smalltalk-replies.tsv"));
  }

  /**
   * The fixed reply for a small-talk message, or empty when it is a real question (or nothing at all). Earlier messages
   * that were small talk themselves ("Hallo", "👍") are no questions a number could follow up.
   */
  public Optional<Answer> reply(Question question) {
    return reply(question, List::of);
  }

  /**
   * Like {@link #reply(Question)}; the reply asking for words instead of a link or symbols names the first of
   * {@code topics} (asked for only then: release titles, newest first) as an example of what to ask.
   */
  Optional<Answer> reply(Question question, Supplier<List<String>> topics) {
    boolean followsQuestions =
        question.recentQuestions().stream().anyMatch(earlier -> recognize(earlier, true).isEmpty());
    return recognize(question.text(), followsQuestions).map(recognized -> fixed(recognized,
        ASKS_FOR_WORDS.contains(recognized.intent()) ? topics.get().stream().findFirst() : Optional.empty()));
  }

  private Answer fixed(Recognized recognized, Optional<String> topic) {
    return new Answer(Answer.Kind.FIXED, replies.text(recognized, topic), List.of(), List.of(), 1.0,
        recognized.language());
  }

  /** The fixed greeting, which invites a question, in {@code language} ("de" or "en"). */
  Answer greeting(String language) {
    return fixed(new Recognized(Intent.GREETING, language), Optional.empty());
  }

  /** The intent of a small-talk message, or empty when the text is a real question (or nothing at all). */
  public Optional<Recognized> recognize(String text) {
    return recognize(text, false);
  }

  /**
   * The intent of a message, or empty for a real question; {@code followsQuestions}: the chat has earlier questions, so
   * a number alone is a follow-up and not a message without words.
   */
  Optional<Recognized> recognize(String text, boolean followsQuestions) {
    String withoutAddresses = WebAddresses.without(text);
    List<String> words = SmallTalkPhrases.words(withoutAddresses);
    Optional<Recognized> emergency = emergency(words, withoutAddresses.contains("?"));
    if (emergency.isPresent()) {
      return emergency;
    }
    if (!withoutAddresses.equals(text)) {
      return words.isEmpty()
          ? Optional.of(new Recognized(Intent.LINK, "de"))
          : wholeMessage(words).map(r -> new Recognized(Intent.LINK, r.language()));
    }
    boolean followUp = followsQuestions && DIGIT.matcher(text).find();
    if (!text.isBlank() && !LETTER.matcher(text).find() && !followUp) {
      return Optional.of(new Recognized(Intent.NO_WORDS, "de"));
    }
    return wholeMessage(words);
  }

  /** A strong emergency phrase anywhere, or an alarm word outside an ordinary question; negated ones do not count. */
  private Optional<Recognized> emergency(List<String> words, boolean questionMark) {
    Phrase alarm = null;
    boolean urgent = false;
    boolean question = questionMark || !words.isEmpty() && has(words, 0, Role.QUESTION);
    for (int i = 0; i < words.size(); i++) {
      boolean negated = i > 0 && has(words, i - 1, Role.NEGATION);
      for (Phrase phrase : phrases.matchesAt(words, i)) {
        if (phrase.role() == Role.EMERGENCY && !negated) {
          return Optional.of(new Recognized(Intent.EMERGENCY, replyLanguage(phrase.language())));
        }
        alarm = alarm == null && phrase.role() == Role.ALARM && !negated ? phrase : alarm;
        urgent |= phrase.role() == Role.URGENT;
      }
    }
    return alarm != null && (urgent || !question)
        ? Optional.of(new Recognized(Intent.EMERGENCY, replyLanguage(alarm.language())))
        : Optional.empty();
  }

  /** Whether the text starts with a question word or a question's verb ("Wann", "Gibt es", "What", "Is"). */
  boolean startsLikeAQuestion(String text) {
    List<String> words = SmallTalkPhrases.words(text);
    return !words.isEmpty() && has(words, 0, Role.QUESTION);
  }

  private boolean has(List<String> words, int position, Role role) {
    return phrases.matchesAt(words, position).stream().anyMatch(p -> p.role() == role);
  }

  private Optional<Recognized> wholeMessage(List<String> words) {
    Set<Role> found = EnumSet.noneOf(Role.class);
    int englishVotes = 0;
    int i = 0;
    while (i < words.size()) {
      Optional<Phrase> phrase =
          phrases.matchesAt(words, i).stream().filter(p -> WHOLE_MESSAGE.contains(p.role())).findFirst();
      if (phrase.isEmpty() || phrase.get().role() == Role.NEGATION) {
        return Optional.empty();
      }
      found.add(phrase.get().role());
      englishVotes += vote(phrase.get().language());
      i += phrase.get().words().size();
    }
    String language = englishVotes > 0 ? "en" : "de";
    return PRIORITY.stream()
        .filter(found::contains)
        .findFirst()
        .map(role -> new Recognized(Intent.valueOf(role.name()), language));
  }

  /** +1 for an English phrase, -1 for a German one, 0 for a phrase both languages use. */
  private static int vote(String language) {
    return switch (language) {
      case "en" -> 1;
      case "de" -> -1;
      default -> 0;
    };
  }

  private static String replyLanguage(String phraseLanguage) {
    return "en".equals(phraseLanguage) ? "en" : "de";
  }
}
