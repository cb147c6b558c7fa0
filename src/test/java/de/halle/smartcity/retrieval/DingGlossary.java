package de.halle.smartcity.retrieval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;

/**
 * Derives a German-to-English word glossary for {@link GermanGloss} from the Ding dictionary (Debian package
 * {@code trans-de-en} 1.9-6, GPL 2 or later, so it is not bundled): for every one-word German entry, its key (see
 * {@link GermanGloss#keyAnalyzer()}) and the first English translation of at most two words; which entry of a key wins
 * is told at {@code Choice}. Run: {@code apt-get download trans-de-en && dpkg -x trans-de-en_*.deb
 * ding && java -cp target/test-classes:target/halle-bot.jar de.halle.smartcity.retrieval.DingGlossary
 * ding/usr/share/trans/de-en OUTPUT}.
 */
final class DingGlossary {

  private static final Pattern NOTES = Pattern.compile("\\{[^}]*}|\\[[^]]*]|\\([^)]*\\)");
  private static final Pattern ONE_WORD = Pattern.compile("\\p{L}[\\p{L}-]*\\p{L}");
  private static final Pattern ENGLISH = Pattern.compile("[\\p{L}][\\p{L} '-]*");
  private static final int MAX_ENGLISH_WORDS = 2;

  private DingGlossary() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: DingGlossary DING_DE_EN OUTPUT but got " + args.length + " arguments");
    }
    Files.write(Path.of(args[1]), glossary(Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)),
        StandardCharsets.UTF_8);
  }

  /** The glossary lines {@code key<TAB>english}, sorted by key, of Ding's lines. */
  static List<String> glossary(List<String> dingLines) {
    Map<String, Choice> best = new TreeMap<>();
    try (Analyzer keys = GermanGloss.keyAnalyzer()) {
      for (String line : dingLines) {
        if (!line.startsWith("#") && line.contains(" :: ")) {
          entry(line, keys, best);
        }
      }
    }
    List<String> out = new ArrayList<>();
    best.forEach((key, choice) -> out.add(key + "\t" + choice.english()));
    return out;
  }

  private static void entry(String line, Analyzer keys, Map<String, Choice> best) {
    String[] sides = line.split(" :: ", 2);
    String[] german = sides[0].split(" \\| ");
    String[] english = sides[1].split(" \\| ");
    for (int s = 0; s < Math.min(german.length, english.length); s++) {
      String translation = english(english[s]);
      if (translation.isEmpty()) {
        continue;
      }
      String[] alternatives = german[s].split(";");
      for (int a = 0; a < alternatives.length; a++) {
        String alternative = alternatives[a];
        String word = NOTES.matcher(alternative).replaceAll("").strip();
        if (ONE_WORD.matcher(word).matches()) {
          List<String> stems = GermanAnalysis.terms(keys, word);
          if (stems.size() == 1) {
            Choice choice = new Choice(word.length(), s == 0 ? Math.min(a, 1) : 2, german.length,
                translation);
            best.merge(stems.get(0), choice, (old, now) -> now.before(old) ? now : old);
          }
        }
      }
    }
  }

  /**
   * A translation of a stem: the shortest German word wins, then the line's first headword before its other headwords
   * before inflected forms, then the line with the most sub-entries (Ding elaborates a word's main sense), then the
   * earlier line.
   */
  private record Choice(int length, int form, int segments, String english) {
    boolean before(Choice other) {
      if (length != other.length) {
        return length < other.length;
      }
      return form != other.form ? form < other.form : segments > other.segments;
    }
  }

  /** The first translation of at most two words, without notes and without the infinitive's "to". */
  private static String english(String segment) {
    for (String alternative : segment.split(";")) {
      String text = NOTES.matcher(alternative).replaceAll("").strip().replaceFirst("^to ", "");
      if (ENGLISH.matcher(text).matches() && text.split(" ").length <= MAX_ENGLISH_WORDS) {
        return text.toLowerCase(Locale.ROOT);
      }
    }
    return "";
  }
}
