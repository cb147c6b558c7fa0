package de.halle.smartcity.answer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells English questions from German ones by their share of English and German stopwords, and turns an English
 * question into German search words with a general glossary, so the German releases can answer it. Names and numbers
 * the glossary does not know pass through unchanged. Language data lives in {@code lang/}. Thread-safe.
 */
public final class EnglishQuery {

  /** The words opening an English question. */
  static final String QUESTION_OPENERS = "lang/en-question-openers.txt";

  /** A message that asks: it ends with a question mark, maybe before closing quotes or brackets. */
  private static final Pattern ASKS = Pattern.compile("\\?[\\s\"'“”»«)\\]]*$");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[-'_][\\p{L}\\p{N}]+)*");

  private final Set<String> englishStopwords;
  private final Set<String> germanStopwords;
  private final Set<String> sharedStopwords;
  private final EnglishQueryGlossary glossary;
  private final EnglishQuestionFrames frames;
  private final Set<String> questionOpeners;
  private final EnglishCompounding compounding;

  EnglishQuery(Set<String> englishStopwords, Set<String> germanStopwords, Set<String> sharedStopwords,
      EnglishQueryGlossary glossary, EnglishQuestionFrames frames, Set<String> questionOpeners,
      EnglishCompounding compounding) {
    this.englishStopwords = Set.copyOf(englishStopwords);
    this.germanStopwords = Set.copyOf(germanStopwords);
    this.sharedStopwords = Set.copyOf(sharedStopwords);
    this.glossary = glossary;
    this.frames = frames;
    this.questionOpeners = Set.copyOf(questionOpeners);
    this.compounding = compounding;
  }

  /**
   * Loads {@code lang/language-detect.tsv}, {@code lang/en-de-glossary.tsv}, {@code lang/en-question-frames.tsv} and
   * {@code lang/en-question-openers.txt}.
   *
   * @param compoundParts the words German uses as the first part of compounds, as the analysis loaded them
   *     ({@link de.halle.smartcity.retrieval.LanguageResources#compoundParts}), for joining translated words
   *     ({@link EnglishCompounding})
   */
  public static EnglishQuery load(Collection<String> compoundParts) {
    Map<String, Set<String>> lists = Map.of("en", new HashSet<>(), "de", new HashSet<>(), "both", new HashSet<>());
    for (LanguageTable.Row row : LanguageTable.read("lang/language-detect.tsv", 2)) {
      Set<String> list = lists.get(row.column(0));
      if (list == null) {
        throw row.problem("language must be en, de or both");
      }
      list.add(row.column(1).toLowerCase(Locale.ROOT));
    }
    return new EnglishQuery(
        lists.get("en"), lists.get("de"), lists.get("both"), EnglishQueryGlossary.read("lang/en-de-glossary.tsv"),
        EnglishQuestionFrames.read(EnglishQuestionFrames.SHIPPED), LanguageTable.words(QUESTION_OPENERS),
        new EnglishCompounding(Set.copyOf(compoundParts)));
  }

  /**
   * The language of a question: "en" when it has more English than German stopwords (at least two, or one in a
   * question of up to four words or one that starts with it, as "Who leads Smart City Halle?" does), or when it is a
   * keyword message in English ({@link #englishKeywords}); otherwise "de".
   */
  public String detect(String text) {
    List<String> typed = words(text);
    List<String> words = typed.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
    long english = words.stream().filter(englishStopwords::contains).count();
    long german = words.stream().filter(germanStopwords::contains).count();
    boolean enough = english >= 2
        || (english == 1 && (words.size() <= 4 || englishStopwords.contains(words.get(0))));
    return enough && english > german || german == 0 && englishKeywords(typed, words) ? "en" : "de";
  }

  /**
   * Whether a message of keywords without a question word is English: at least two and more than half of its words
   * that are no stopword, name or number are English glossary words German does not write alike ("Opening hours
   * library", "Number of parking spaces"; not "Museum Parkplatz", as "museum" is German too, nor "Kosten Reise").
   */
  private boolean englishKeywords(List<String> typed, List<String> lower) {
    boolean[] name = names(typed, lower);
    int content = 0;
    int english = 0;
    int i = 0;
    while (i < typed.size()) {
      String word = lower.get(i);
      if (name[i] || !Character.isLetter(word.codePointAt(0)) || englishStopwords.contains(word)
          || sharedStopwords.contains(word)) {
        i++;
        continue;
      }
      Optional<EnglishQueryGlossary.Match> match = glossary.longestAt(lower, i, typed.size());
      int length = match.map(EnglishQueryGlossary.Match::length).orElse(1);
      content += length;
      if (match.isPresent() && !(length == 1 && writtenAlike(word, match.get().german()))) {
        english += length;
      }
      i += length;
    }
    return english >= 2 && english * 2 > content;
  }

  /** Whether German writes the English word alike: one of its German words is the word or its base form. */
  private static boolean writtenAlike(String word, List<String> german) {
    List<String> forms = EnglishQueryGlossary.baseForms(word);
    return german.stream().flatMap(g -> List.of(g.split("\\|")).stream()).map(EnglishQuery::lower)
        .anyMatch(forms::contains);
  }

  /** True when {@link #detect} says "en". */
  public boolean isEnglish(String text) {
    return "en".equals(detect(text));
  }

  /**
   * German search words for an English question: glossary phrases and words translated, English stopwords dropped,
   * multi-word names ("Los Angeles") and unknown words or numbers kept as typed (without an English possessive "'s").
   * The German alternatives of one English word stay one question word, joined by a bar ("Kosten|gekostet"). A word
   * repeated in another case is left out like any duplicate ("Kosten" and "kosten"): the search reads both as the
   * same question word, and a word counted twice would weigh twice among the question's words. A question opening
   * like one of the {@link EnglishQuestionFrames} keeps that frame's German words ("Is Aheim a partner city?" → "ist
   * Aheim ein Partnerstadt"), so the German question rules read it as they read the German question. Nouns side by
   * side, each translated to one German noun, form one compound, offered with an adjective before them as a compound
   * too ({@link EnglishCompounding}).
   */
  public String translate(String text) {
    return frames.translate(text, this::translateWords);
  }

  /**
   * The German text to search with for an English message: its {@link #translate translation}, ended with a question
   * mark when the message asks ({@link #asks}). The translation keeps words only, and without its question mark a short
   * question would read as a message of a few keywords ("Can I come without an appointment?" as "ohne Termin", which
   * asks for a date); with it, the German rules read the question as they read the German question.
   */
  public String search(String text) {
    String german = translate(text);
    return asks(text) && !german.isEmpty() ? german + "?" : german;
  }

  /**
   * Whether an English message asks: it ends with a question mark (before closing quotes or brackets), or opens with
   * a word of {@code lang/en-question-openers.txt} ("when is the market open").
   */
  boolean asks(String text) {
    if (ASKS.matcher(text).find()) {
      return true;
    }
    Matcher first = wordMatcher(text);
    return first.find() && questionOpeners.contains(first.group().toLowerCase(Locale.ROOT));
  }

  private String translateWords(String text) {
    List<String> typed = words(text);
    List<String> lower = typed.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
    boolean[] name = names(typed, lower);
    Map<String, String> out = new LinkedHashMap<>();
    EnglishCompounding.Run run = compounding.run(out);
    int i = 0;
    while (i < typed.size()) {
      Optional<EnglishQueryGlossary.Match> match = glossary.longestAt(lower, i, typed.size());
      if (match.isPresent() && (!name[i] || match.get().length() > 1)) {
        run.add(match.get().german(), word -> addNew(word, out));
        i += match.get().length();
        continue;
      }
      run.end();
      if (name[i] || !(englishStopwords.contains(lower.get(i)) || sharedStopwords.contains(lower.get(i)))) {
        String kept = withoutPossessive(typed.get(i));
        out.putIfAbsent(lower(kept), kept);
      }
      i++;
    }
    return String.join(" ", out.values());
  }

  /**
   * Adds one German question word, its alternatives joined by a bar ("Kosten|gekostet": they count as one question
   * word), without the alternatives the translation holds already; nothing when it holds them all.
   */
  private static void addNew(String word, Map<String, String> out) {
    List<String> fresh = new ArrayList<>();
    for (String alternative : word.split("\\|")) {
      if (out.keySet().stream().noneMatch(key -> List.of(key.split("\\|")).contains(lower(alternative)))) {
        fresh.add(alternative);
      }
    }
    if (!fresh.isEmpty()) {
      String joined = String.join("|", fresh);
      out.put(lower(joined), joined);
    }
  }

  /** A name as the releases write it: "Muster" for "Muster's". */
  private static String withoutPossessive(String word) {
    return word.endsWith("'s") && word.length() > 2 ? word.substring(0, word.length() - 2) : word;
  }

  private static String lower(String word) {
    return word.toLowerCase(Locale.ROOT);
  }

  /**
   * Marks runs of two or more capitalized non-stopwords, such as "Los Angeles" or "Red Cross", as names; such a run
   * goes on over "of" before another capitalized word ("Cities of Tomorrow").
   */
  private boolean[] names(List<String> typed, List<String> lower) {
    boolean[] name = new boolean[typed.size()];
    int start = 0;
    while (start < typed.size()) {
      int end = start;
      while (end < typed.size() && capitalized(typed.get(end)) && !englishStopwords.contains(lower.get(end))
          || end - start >= 2 && end + 1 < typed.size() && "of".equals(lower.get(end))
              && capitalized(typed.get(end + 1)) && !englishStopwords.contains(lower.get(end + 1))) {
        end++;
      }
      for (int j = start; end - start >= 2 && j < end; j++) {
        name[j] = true;
      }
      start = Math.max(end, start + 1);
    }
    return name;
  }

  private static boolean capitalized(String word) {
    return Character.isUpperCase(word.codePointAt(0));
  }

  private static List<String> words(String text) {
    return wordMatcher(text).results().map(MatchResult::group).toList();
  }

  /** Finds the words of a text one by one, an apostrophe written as {@code ’} read as {@code '}. */
  private static Matcher wordMatcher(String text) {
    return WORD.matcher(text.replace('\u2019', '\''));
  }
}
