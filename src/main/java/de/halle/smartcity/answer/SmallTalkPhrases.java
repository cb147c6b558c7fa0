package de.halle.smartcity.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The phrase table of {@link SmallTalk}: which word sequences mean a greeting, thanks, goodbye, a request for help, a
 * question about the bot's own handling of the writer's data, or an emergency, plus filler and negation words, read
 * from a tab-separated data file.
 */
final class SmallTalkPhrases {

  /**
   * What a phrase stands for; {@code FILLER}, {@code NEGATION}, {@code ALARM} (an emergency word only outside an
   * ordinary question), {@code URGENT} and {@code QUESTION} are no intents of their own.
   */
  enum Role {
    GREETING,
    THANKS,
    GOODBYE,
    HELP,
    PRIVACY,
    EMERGENCY,
    ALARM,
    URGENT,
    QUESTION,
    FILLER,
    NEGATION
  }

  /** One phrase: its role, the language of a reply it triggers ("de", "en", or "*" for any), its folded words. */
  record Phrase(Role role, String language, List<String> words) {
    Phrase {
      words = List.copyOf(words);
      if (words.isEmpty()) {
        throw new IllegalArgumentException("a phrase needs at least one word, role " + role);
      }
    }
  }

  private final Map<String, List<Phrase>> byFirstWord;

  SmallTalkPhrases(List<Phrase> phrases) {
    Map<String, List<Phrase>> index = new HashMap<>();
    for (Phrase phrase : phrases) {
      index.computeIfAbsent(phrase.words().get(0), w -> new ArrayList<>()).add(phrase);
    }
    index.values().forEach(list -> list.sort(Comparator.comparingInt((Phrase p) -> p.words().size()).reversed()));
    index.replaceAll((word, list) -> List.copyOf(list));
    this.byFirstWord = Map.copyOf(index);
  }

  /** Reads {@code role<TAB>language<TAB>phrase} rows. */
  static SmallTalkPhrases read(String resource) {
    List<Phrase> phrases = new ArrayList<>();
    for (LanguageTable.Row row : LanguageTable.read(resource, 3)) {
      Role role = row.constant(0, Role.class);
      phrases.add(new Phrase(role, row.column(1), words(row.column(2))));
    }
    return new SmallTalkPhrases(phrases);
  }

  /** Lower-cases, folds umlauts and ß, and splits on everything that is not a letter or digit. */
  static List<String> words(String text) {
    String folded =
        text.toLowerCase(Locale.ROOT)
            .replace("ä", "ae")
            .replace("ö", "oe")
            .replace("ü", "ue")
            .replace("ß", "ss");
    List<String> words = new ArrayList<>();
    for (String word : folded.split("[^\\p{L}\\p{N}]+")) {
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    return words;
  }

  /** The phrases that start at {@code position} in {@code words}, longest first. */
  List<Phrase> matchesAt(List<String> words, int position) {
    List<Phrase> matches = new ArrayList<>();
    for (Phrase phrase : byFirstWord.getOrDefault(words.get(position), List.of())) {
      int end = position + phrase.words().size();
      if (end <= words.size() && words.subList(position, end).equals(phrase.words())) {
        matches.add(phrase);
      }
    }
    return matches;
  }
}
