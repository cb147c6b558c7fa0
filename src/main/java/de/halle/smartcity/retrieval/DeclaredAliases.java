package de.halle.smartcity.retrieval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names a release declares equal to a name it uses, so that they count as named in every later sentence of it:
 * an apposition ("Das Amt für Beispiele, die Musterbehörde, zieht um.") or a name in parentheses that shares a word
 * part with the name before it ("Das Amt für Beispiele (Beispielamt) zieht um."). A name in parentheses without such a
 * part ("Musterstadt (Fluss)") adds a place or kind to the name rather than renaming it, and an apposition must be
 * followed by what the sentence says, not by the next item of a list ("…, die Musterbehörde, die Stadtwerke und …").
 * Immutable.
 */
public final class DeclaredAliases {

  private static final DeclaredAliases NONE = new DeclaredAliases(List.of());

  /** ", die Musterbehörde, zieht": a determiner, one capitalised word, a comma and a word in lower case. */
  private static final Pattern APPOSITION = Pattern.compile(
      "[\\p{L})], (?:der|die|das) (\\p{Lu}[\\p{L}-]*\\p{L}), (\\p{Ll}+)");

  /** "Beispiele (Beispielamt)": one capitalised word in parentheses right after a capitalised word. */
  private static final Pattern PARENTHESIS = Pattern.compile(
      "((?:\\p{Lu}[\\p{L}-]*\\p{L} )*\\p{Lu}[\\p{L}-]*\\p{L}) \\((\\p{Lu}[\\p{L}-]*\\p{L})\\)");

  /** Words after an apposition's comma that continue a list rather than the sentence. */
  private static final Set<String> LIST_WORDS = Set.of("der", "die", "das", "den", "dem", "des", "ein", "eine",
      "einer", "eines", "einem", "einen", "und", "oder", "sowie", "bzw");

  /** The shortest word part that counts as shared. */
  private static final int MIN_PART = 4;

  private final List<Declared> declared;

  private DeclaredAliases(List<Declared> declared) {
    this.declared = declared;
  }

  /** The aliases declared in the sentences (in reading order), analysed with {@code analysis}. */
  static DeclaredAliases of(List<String> sentences, GermanAnalysis analysis) {
    List<Declared> declared = new ArrayList<>();
    for (int s = 0; s < sentences.size(); s++) {
      for (String alias : in(sentences.get(s))) {
        declared.add(new Declared(s, analysis.indexTermSet(alias)));
      }
    }
    return declared.isEmpty() ? NONE : new DeclaredAliases(List.copyOf(declared));
  }

  /** The aliases one sentence declares, as written. */
  static List<String> in(String sentence) {
    List<String> aliases = new ArrayList<>();
    Matcher apposition = APPOSITION.matcher(sentence);
    while (apposition.find()) {
      if (!LIST_WORDS.contains(apposition.group(2))) {
        aliases.add(apposition.group(1));
      }
    }
    Matcher parenthesis = PARENTHESIS.matcher(sentence);
    while (parenthesis.find()) {
      if (sharePart(parenthesis.group(1), parenthesis.group(2))) {
        aliases.add(parenthesis.group(2));
      }
    }
    return aliases;
  }

  /**
   * Whether a word of the name and a hyphen-joined part of the alias hold one another (compared in lower case, parts
   * of at least {@value #MIN_PART} letters): "Beispielamt" holds "Beispiel", "Muster-Visum" is held by "Reisevisum".
   */
  private static boolean sharePart(String name, String alias) {
    for (String word : name.toLowerCase(Locale.ROOT).split("[ -]")) {
      for (String part : alias.toLowerCase(Locale.ROOT).split("-")) {
        if (word.length() >= MIN_PART && part.length() >= MIN_PART && (word.contains(part) || part.contains(word))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * True when an alias declared in the sentence or before it holds the term with the given {@link TermSet#hash} (as a
   * word of its own only when {@code whole}).
   */
  boolean holds(int sentence, long hash, boolean whole) {
    for (Declared alias : declared) {
      if (alias.sentence() <= sentence
          && (whole ? alias.terms().containsWholeHash(hash) : alias.terms().containsHash(hash))) {
        return true;
      }
    }
    return false;
  }

  /** One alias: the sentence declaring it and its analysed terms. */
  private record Declared(int sentence, TermSet terms) {}
}
