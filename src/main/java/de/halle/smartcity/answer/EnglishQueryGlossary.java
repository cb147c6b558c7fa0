package de.halle.smartcity.answer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The English-German glossary of {@link EnglishQuery}: English words and phrases to German search words, with simple
 * English inflection (plural, -ed, -ing) of a phrase's first and last word resolved to the base form.
 */
final class EnglishQueryGlossary {

  /** A glossary hit: how many question words it covers and their German words. */
  record Match(int length, List<String> german) {
    Match {
      german = List.copyOf(german);
    }
  }

  private final Map<String, List<String>> entries;
  private final int longestPhrase;

  EnglishQueryGlossary(Map<String, List<String>> entries) {
    this.entries = Map.copyOf(entries);
    this.longestPhrase = entries.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(1);
  }

  /** Reads {@code english<TAB>german words} rows. */
  static EnglishQueryGlossary read(String resource) {
    Map<String, List<String>> entries = new HashMap<>();
    for (LanguageTable.Row row : LanguageTable.read(resource, 2)) {
      String english = String.join(" ", row.column(0).toLowerCase(Locale.ROOT).split("\\s+"));
      List<String> german = List.of(row.column(1).split("\\s+"));
      if (english.isEmpty() || row.column(1).isEmpty()) {
        throw new IllegalStateException(resource + ":" + row.line() + ": empty English or German column");
      }
      if (entries.put(english, german) != null) {
        throw new IllegalStateException(resource + ":" + row.line() + ": '" + english + "' is listed twice");
      }
    }
    return new EnglishQueryGlossary(entries);
  }

  /** The longest entry that starts at {@code position} of the lower-cased words, phrases before single words. */
  Optional<Match> longestAt(List<String> words, int position, int limit) {
    for (int length = Math.min(longestPhrase, limit - position); length >= 1; length--) {
      List<String> phrase = words.subList(position, position + length);
      Optional<List<String>> german = lookUp(phrase);
      if (german.isPresent()) {
        return Optional.of(new Match(length, german.get()));
      }
    }
    return Optional.empty();
  }

  private Optional<List<String>> lookUp(List<String> phrase) {
    int last = phrase.size() - 1;
    String middle = last > 1 ? " " + String.join(" ", phrase.subList(1, last)) + " " : " ";
    for (String first : baseForms(phrase.get(0))) {
      for (String end : last == 0 ? List.of("") : baseForms(phrase.get(last))) {
        List<String> german = entries.get(last == 0 ? first : first + middle + end);
        if (german != null) {
          return Optional.of(german);
        }
      }
    }
    return Optional.empty();
  }

  /** The word itself, then the base forms it may be inflected from, most likely first. */
  static List<String> baseForms(String word) {
    List<String> forms = new ArrayList<>(List.of(word));
    if (word.endsWith("'s")) {
      forms.add(cut(word, 2));
    } else if (word.endsWith("ies")) {
      forms.add(cut(word, 3) + "y");
    } else if (word.endsWith("s") && !word.endsWith("ss")) {
      forms.add(cut(word, 1));
      forms.add(cut(word, 2));
    } else if (word.endsWith("ied")) {
      forms.add(cut(word, 3) + "y");
    } else if (word.endsWith("ed")) {
      addVerbStems(forms, cut(word, 2));
    } else if (word.endsWith("ing")) {
      addVerbStems(forms, cut(word, 3));
    }
    forms.removeIf(String::isEmpty);
    return forms;
  }

  private static void addVerbStems(List<String> forms, String stem) {
    forms.add(stem);
    forms.add(stem + "e");
    int n = stem.length();
    if (n >= 2 && stem.charAt(n - 1) == stem.charAt(n - 2)) {
      forms.add(cut(stem, 1));
    }
  }

  private static String cut(String word, int letters) {
    return word.length() > letters ? word.substring(0, word.length() - letters) : "";
  }
}
