package de.halle.smartcity.retrieval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;

/**
 * Derives the bundled thesaurus ({@value LanguageResources#THESAURUS}) from the Debian package
 * {@code openthesaurus-de-text}: every entry that is one word in standard German (no colloquial, regional, dated,
 * figurative, technical or foreign-language label), as {@code Wort=stamm} with the stem the index analysis makes of
 * it, in the synsets that keep at least two stems. Run: {@code apt-get download openthesaurus-de-text && dpkg -x
 * openthesaurus-de-text_*.deb ot && java -cp target/test-classes:target/halle-bot.jar
 * de.halle.smartcity.retrieval.ThesaurusSubset ot/usr/share/openthesaurus-de/openthesaurus.txt
 * src/main/resources/lang/de/openthesaurus-stems.txt}.
 */
final class ThesaurusSubset {

  private static final Pattern NOTE = Pattern.compile("\\([^)]*\\)");
  private static final Pattern ONE_WORD = Pattern.compile("\\p{L}[\\p{L}-]*\\p{L}");
  private static final Pattern UNUSUAL = Pattern.compile("ugs|geh\\.|veralte|derb|vulg|abwertend|scherzh|ironisch"
      + "|salopp|fig\\.|regional|österr|schweiz|dt\\.|bair|Jargon|Spruch|selten|engl\\.|lat\\.|franz|ital|griech"
      + "|Kinderspr|Slang|Neologismus|poetisch|fachspr");
  private static final String HEADER = """
      # German synsets derived from OpenThesaurus (www.openthesaurus.de), Debian package openthesaurus-de-text
      # (20160424), by de.halle.smartcity.retrieval.ThesaurusSubset (test scope; the command is in its Javadoc):
      # one-word entries without usage labels, each as Wort=stamm (the stem the index analysis makes of it).
      # Copyright (C) 2003-2014 Daniel Naber and the OpenThesaurus contributors; licence: GNU LGPL 2.1 or later,
      # see openthesaurus-LICENSE.txt beside this file.
      """;

  private ThesaurusSubset() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: ThesaurusSubset OPENTHESAURUS_TXT OUTPUT but got " + args.length
          + " arguments");
    }
    List<String> out = new ArrayList<>();
    try (Analyzer stemmer = GermanAnalysis.stemmer(LanguageResources.germanStopwords())) {
      for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
        String synset = line.startsWith("#") ? "" : synset(line, stemmer);
        if (!synset.isEmpty()) {
          out.add(synset);
        }
      }
    }
    Files.writeString(Path.of(args[1]), HEADER + String.join("\n", out) + "\n", StandardCharsets.UTF_8);
  }

  /** The line's usable entries as {@code Wort=stamm;…}, one per stem, or "" when fewer than two stems remain. */
  static String synset(String line, Analyzer stemmer) {
    Map<String, String> byStem = new LinkedHashMap<>();
    for (String entry : line.split(";")) {
      String word = NOTE.matcher(entry).replaceAll("").strip();
      if (!UNUSUAL.matcher(entry).find() && ONE_WORD.matcher(word).matches()) {
        List<String> terms = GermanAnalysis.terms(stemmer, word);
        if (terms.size() == 1) {
          byStem.putIfAbsent(terms.get(0), word + "=" + terms.get(0));
        }
      }
    }
    return byStem.size() < 2 ? "" : String.join(";", byStem.values());
  }
}
