package de.halle.smartcity.answer;

import de.halle.smartcity.knowledge.GermanSentenceSplitter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The part of a citizen's message to search with. People write letters, not queries ("Hallo! Mein Name ist Anna
 * Schulze. Wo fand der Stadtfesttag statt? Vielen Dank im Voraus, Anna"), and every word of a name or a greeting would
 * otherwise be looked for in the releases. Sentences, and clauses at a sentence's start, that are only small talk
 * (greetings, thanks, goodbyes; {@link SmallTalk}) or chatter about the writer ({@code lang/message-chatter.tsv}) are
 * left out, and so is a sign-off sentence with the name after it; beside a sentence that asks, so are statements naming
 * words no release uses. The message is split into sentences once for both; what in a sentence is chatter tells
 * {@link MessageChatter}. A message without such parts is kept exactly as written. Thread-safe.
 */
final class MessageFocus {

  /** A sentence that asks: it ends with a question mark (before closing quotes or brackets). */
  private static final Pattern ASKS = Pattern.compile("\\?[\\s\"'“”»«)\\]]*$");

  private final GermanSentenceSplitter splitter;
  private final SmallTalk smallTalk;
  private final MessageChatter chatter;

  MessageFocus(GermanSentenceSplitter splitter, SmallTalk smallTalk, MessageChatter chatter) {
    this.splitter = splitter;
    this.smallTalk = smallTalk;
    this.chatter = chatter;
  }

  /** The focus with the shipped chatter expressions ({@link MessageChatter#load}). */
  static MessageFocus load(GermanSentenceSplitter splitter, SmallTalk smallTalk) {
    return new MessageFocus(splitter, smallTalk, MessageChatter.load(smallTalk));
  }

  /**
   * A message cut into sentences once, for both {@link #onlyChatter(Parts)} and {@link #of(Parts, Predicate)}.
   *
   * @param message the message as written
   * @param words the message without its web addresses
   * @param sentences the sentences of {@code words} (none when it is blank)
   * @param withoutChatter the sentences without their chatter
   */
  record Parts(String message, String words, List<String> sentences, List<String> withoutChatter) {}

  /** The message cut into its sentences, with and without their chatter. */
  Parts parts(String message) {
    String words = WebAddresses.without(message);
    List<String> sentences = words.isBlank() ? List.of() : splitter.split(words);
    return new Parts(message, words, sentences, withoutChatter(sentences));
  }

  /** Like {@link #of(Parts, Predicate)} for a message not yet cut into sentences. */
  String of(String message, Predicate<String> namesUnknown) {
    return of(parts(message), namesUnknown);
  }

  /**
   * The message without its web addresses ({@link WebAddresses}) and its chatter, and without those of its statements
   * (sentences that do not ask) for which {@code namesUnknown} holds when at least one of its sentences asks; the
   * message itself when nothing is left out. Such a statement tells about the writer with words no release uses ("Ich
   * bin Anna.", "Ich wohne in der Beispielstraße 12."): no answer could cover them, so left in they only turn the
   * question down. A part that starts like a question ("Wann besuchte Anna II." before "Aheim?", where the splitter cut
   * one question in two) is no statement. A message that is nothing but chatter is judged whole.
   */
  String of(Parts parts, Predicate<String> namesUnknown) {
    if (parts.words().isBlank()) {
      return parts.message();
    }
    List<String> sentences = parts.sentences();
    List<String> kept = withoutUnknownContext(
        parts.withoutChatter().isEmpty() ? sentences : parts.withoutChatter(), namesUnknown);
    return kept.equals(sentences) ? parts.words() : String.join(" ", kept);
  }

  /** Like {@link #onlyChatter(Parts)} for a message not yet cut into sentences. */
  boolean onlyChatter(String message) {
    return onlyChatter(parts(message));
  }

  /**
   * Whether the message is nothing but chatter ("Ich bin Sabine.", "Mein Name ist Anna Schulze.", "Ich bin Sabine?"):
   * the writer has not asked yet, even where a question mark ends the self-introduction.
   */
  boolean onlyChatter(Parts parts) {
    return !parts.words().isBlank() && parts.withoutChatter().isEmpty();
  }

  /** The sentences without their chatter: a sign-off sentence that asks nothing, and chatter at a sentence's start. */
  private List<String> withoutChatter(List<String> sentences) {
    List<String> kept = new ArrayList<>();
    boolean asked = false;
    for (String sentence : sentences) {
      boolean signOff = !sentence.contains("?") && chatter.signOff(sentence, asked);
      String rest = signOff ? "" : chatter.withoutLeadingChatter(sentence);
      asked |= asks(sentence);
      if (!rest.isEmpty()) {
        kept.add(rest);
      }
    }
    return kept;
  }

  /** The sentences without the statements naming unknown words, when one of them asks; else all of them. */
  private List<String> withoutUnknownContext(List<String> sentences, Predicate<String> namesUnknown) {
    if (sentences.stream().noneMatch(MessageFocus::asks)) {
      return sentences;
    }
    return sentences.stream()
        .filter(s -> asks(s) || smallTalk.startsLikeAQuestion(s) || !namesUnknown.test(s)).toList();
  }

  private static boolean asks(String sentence) {
    return ASKS.matcher(sentence).find();
  }
}
