package de.halle.smartcity.answer;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * How {@link EnglishQuery} joins translated words German writes as one compound. English writes a compound as nouns
 * side by side ("sensor test field"), German as one word, so the German nouns of consecutive glossary matches are
 * joined ("Wetter" and "Station" → "Wetterstation"). An adjective German also uses as the first part of compounds
 * ({@code lang/de/compound-parts.txt} as the analysis loaded it,
 * {@link de.halle.smartcity.retrieval.LanguageResources#compoundParts}: "muster" in "Mustertag") may be one with the
 * noun after it ("the muster day" → "Mustertag"), or not ("ein musterer Tag"): the compound is offered as an
 * alternative of the noun, the adjective stays a word of its own. Immutable.
 *
 * @param stems the lower-case words German uses as the first part of compounds
 */
record EnglishCompounding(Set<String> stems) {

  EnglishCompounding {
    stems = Set.copyOf(stems);
  }

  /** The German noun a glossary match gives when it gives exactly one, without alternatives ("Station"), else null. */
  static String noun(List<String> german) {
    return single(german) && Character.isUpperCase(german.get(0).codePointAt(0)) ? german.get(0) : null;
  }

  /** The German word of a match that gives one lower-case word German uses as a compound's first part, else null. */
  String stem(List<String> german) {
    return single(german) && stems.contains(german.get(0)) ? german.get(0) : null;
  }

  /**
   * The question word for the nouns joined so far ({@code noun}), after an adjective {@link #stem} or none (null):
   * the compound of both first, then the nouns alone ("Mustertag|Tag").
   */
  static String word(String stem, String noun) {
    return stem == null ? noun : compound(stem, noun) + "|" + noun;
  }

  /** The compound German writes for a lower-case first part and a noun ("muster", "Tag" → "Mustertag"). */
  static String compound(String stem, String noun) {
    return stem.substring(0, 1).toUpperCase(Locale.GERMAN) + stem.substring(1) + noun.toLowerCase(Locale.GERMAN);
  }

  /** A run of consecutive glossary matches written into {@code out} (lower-case key to question word). */
  Run run(Map<String, String> out) {
    return new Run(this, out);
  }

  private static boolean single(List<String> german) {
    return german.size() == 1 && !german.get(0).contains("|") && !german.get(0).contains(" ")
        && !german.get(0).isEmpty();
  }

  /**
   * The nouns of one run of consecutive glossary matches joined so far, with the adjective stem before them, as written
   * into the translation's question words. Mutable, one per translation.
   */
  static final class Run {

    private final EnglishCompounding compounding;
    private final Map<String, String> out;
    private String noun;
    private String stem;
    private String entry;

    private Run(EnglishCompounding compounding, Map<String, String> out) {
      this.compounding = compounding;
      this.out = out;
    }

    /**
     * Adds a match's German words: a noun joined to the nouns or the adjective stem before it (replacing their
     * question word), else each word by {@code addNew}.
     */
    void add(List<String> german, Consumer<String> addNew) {
      String next = noun(german);
      if (next != null && (noun != null || stem != null)) {
        if (entry != null) {
          out.remove(entry.toLowerCase(Locale.ROOT));
        }
        noun = noun == null ? next : noun + next.toLowerCase(Locale.ROOT);
        entry = word(stem, noun);
        out.put(entry.toLowerCase(Locale.ROOT), entry);
        return;
      }
      german.forEach(addNew);
      noun = next;
      entry = next;
      stem = next == null ? compounding.stem(german) : null;
    }

    /** Ends the run: a word no match covers comes between. */
    void end() {
      noun = null;
      stem = null;
      entry = null;
    }
  }
}
