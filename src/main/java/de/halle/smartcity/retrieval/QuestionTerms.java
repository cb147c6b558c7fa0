package de.halle.smartcity.retrieval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Reads a question into its tagged terms: each question word's own terms and compound parts as the index analyzer
 * makes them, the synonyms of its parts, the staff synonyms and the thesaurus' related words. Immutable and
 * thread-safe.
 */
final class QuestionTerms {

  private final Analyzer indexAnalyzer;
  private final Analyzer queryAnalyzer;
  private final Analyzer partAnalyzer;
  private final CharArraySet stopwords;
  private final Thesaurus thesaurus;

  /**
   * With the index analyzer, the same with synonyms and without compound splitting ({@code queryAnalyzer}: a synonym
   * adds itself, not its parts), the analyzer giving compound parts as
   * written ({@code partAnalyzer}, in the index analyzer's order), the stop words (which may open a name, see
   * {@link JoinedNames#joined}) and the thesaurus.
   */
  QuestionTerms(Analyzer indexAnalyzer, Analyzer queryAnalyzer, Analyzer partAnalyzer, CharArraySet stopwords,
      Thesaurus thesaurus) {
    this.indexAnalyzer = indexAnalyzer;
    this.queryAnalyzer = queryAnalyzer;
    this.partAnalyzer = partAnalyzer;
    this.stopwords = stopwords;
    this.thesaurus = thesaurus;
  }

  /**
   * The question's terms, each tagged with the position of the question word it belongs to, how it relates to that
   * word, and whether the word counts as a noun or name ({@link KeywordQuery#noun}: capitalised inside the question, or
   * at the start of a few keywords). Alternatives written "A|B" are one question word at A's position: B's own term
   * (not its compound parts) counts as a synonym of A and, like any synonym, takes A's capitalisation (a verb's noun
   * alternative does not make it a noun). A synonyms-file rewrite of a phrase of several words stands for each of them
   * ({@link Rewrite}).
   */
  List<QueryTerm> of(String question) {
    List<String> surface = new ArrayList<>();
    List<int[]> offsets = new ArrayList<>();
    read(question, surface, offsets);
    String joined = JoinedNames.joined(question, CharArraySet.EMPTY_SET);
    int[] group = AlternativeWords.firstOfGroup(question, offsets);
    boolean keywords = KeywordQuery.is(question, surface);
    List<List<String>> owns = ownTerms(surface, group);
    List<Rewrite> rewrites = synonyms(question, offsets, group, w -> !owns.get(w).isEmpty());
    Set<Integer> replaced = new HashSet<>();
    rewrites.stream().filter(Rewrite::phrase).forEach(r -> replaced.addAll(r.words()));
    List<QueryTerm> terms = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int w = 0; w < surface.size(); w++) {
      int g = group[w];
      List<String> own = owns.get(w);
      List<String> parts = own.size() > 1 ? GermanAnalysis.terms(partAnalyzer, surface.get(w)) : List.of();
      for (int i = 0; i < own.size(); i++) {
        if (seen.add(g + " " + own.get(i))) {
          QueryTerm.Origin origin = origin(g == w, i, replaced.contains(g));
          terms.add(new QueryTerm(own.get(i), g, origin, KeywordQuery.noun(surface, g, keywords)));
          if (i > 0 && parts.size() == own.size()) {
            partSynonyms(parts.get(i), g, KeywordQuery.noun(surface, g, keywords), seen, terms);
          }
        }
      }
    }
    for (Rewrite rewrite : rewrites) {
      QueryTerm.Origin origin = rewrite.phrase() ? QueryTerm.Origin.WORD : QueryTerm.Origin.SYNONYM;
      rewrite.words().stream().filter(g -> seen.add(g + " " + rewrite.term()))
          .forEach(g -> terms.add(new QueryTerm(rewrite.term(), g, origin, KeywordQuery.noun(surface, g, keywords))));
    }
    related(terms, seen);
    joinedNames(question, joined, offsets, group, w -> KeywordQuery.noun(surface, w, keywords), terms, seen);
    spacedNames(question, surface, offsets, group, terms, seen);
    return terms;
  }

  /** Each question word's own terms as the index analyzer makes them; an alternative after the first keeps its first. */
  private List<List<String>> ownTerms(List<String> surface, int[] group) {
    List<List<String>> owns = new ArrayList<>();
    for (int w = 0; w < surface.size(); w++) {
      List<String> own = GermanAnalysis.terms(indexAnalyzer, surface.get(w));
      owns.add(group[w] == w || own.isEmpty() ? own : own.subList(0, 1));
    }
    return owns;
  }

  /**
   * Adds the whole of each name whose words are joined by hyphens ("MUS-City", read as two words; {@code joined}: the
   * question read so) as a further term of its first word, after all
   * others, so that text naming it whole ranks above text with only its parts; for a hyphen-joined name of three words
   * or more also its whole without the last word, which names what the rest is a kind of ("Muster-Plus-App" is the app
   * "Muster Plus"; the words of a quoted name are all its name). The whole is a noun when its first word is one ({@code noun}), a stop word among them ("Unser-Muster-App").
   */
  private void joinedNames(String question, String joined, List<int[]> offsets, int[] group, IntPredicate noun,
      List<QueryTerm> terms, Set<String> seen) {
    for (int w = 0; w + 1 < offsets.size(); w++) {
      int last = w;
      while (last + 1 < offsets.size() && offsets.get(last)[1] + 1 == offsets.get(last + 1)[0]
          && joined.charAt(offsets.get(last)[1]) == JoinedNames.JOINER) {
        last++;
      }
      if (last > w) {
        addWhole(joined.substring(offsets.get(w)[0], offsets.get(last)[1]), group[w], noun.test(w), terms, seen);
      }
      if (last > w + 1 && question.charAt(offsets.get(last - 1)[1]) == '-') {
        addWhole(joined.substring(offsets.get(w)[0], offsets.get(last - 1)[1]), group[w], noun.test(w), terms, seen);
      }
      w = Math.max(w, last);
    }
  }

  /** Adds the whole of one joined name as a further term of the question word at {@code first}. */
  private void addWhole(String name, int first, boolean noun, List<QueryTerm> terms, Set<String> seen) {
    boolean capitalized = noun || terms.stream().anyMatch(t -> t.word() == first && t.capitalized());
    addWhole(name, first, QueryTerm.Origin.WORD, capitalized, terms, seen);
  }

  private void addWhole(String name, int first, QueryTerm.Origin origin, boolean capitalized, List<QueryTerm> terms,
      Set<String> seen) {
    List<String> whole = GermanAnalysis.terms(indexAnalyzer, name);
    if (!whole.isEmpty() && JoinedNames.isWhole(whole.get(0)) && seen.add(first + " " + whole.get(0))) {
      terms.add(new QueryTerm(whole.get(0), first, origin, capitalized));
    }
  }

  /**
   * Adds, for a capitalised stop word inside a sentence of the question, after a space (not quoted) and followed by
   * capitalised words ("Was kann die Unser Muster App?"), the whole of the name they may form, read as the releases
   * read a quoted name opening with a stop word ({@link JoinedNames#joined}), without its last word and whole (the
   * last part), as compound parts of the stop word: they weigh by how often the releases name them and, when no
   * release does, not at all ("Haben Sie Fragen?" names nothing). A quoted question name adds nothing: on
   * integreat-qa train its whole made a needed neighbour sentence look redundant.
   */
  private void spacedNames(String question, List<String> surface, List<int[]> offsets, int[] group,
      List<QueryTerm> terms, Set<String> seen) {
    for (int w = 1; w + 1 < surface.size(); w++) {
      int last = w;
      while (last + 1 < surface.size() && offsets.get(last)[1] + 1 == offsets.get(last + 1)[0]
          && question.charAt(offsets.get(last)[1]) == ' ' && Character.isUpperCase(surface.get(last + 1).charAt(0))) {
        last++;
      }
      if (last > w && Character.isUpperCase(surface.get(w).charAt(0)) && !sentenceStart(question, offsets.get(w)[0])
          && question.charAt(offsets.get(w)[0] - 1) == ' '
          && stopwords.contains(surface.get(w).toLowerCase(Locale.ROOT))) {
        for (int end = Math.max(w + 1, last - 1); end <= last; end++) {
          String name = question.substring(offsets.get(w)[0], offsets.get(end)[1]).replace(' ', JoinedNames.JOINER);
          addWhole(name, group[w], QueryTerm.Origin.PART, false, terms, seen);
        }
        w = last;
      }
    }
  }

  /** Whether a word starting at {@code start} opens a sentence: only spaces lie between it and a full stop or the start. */
  private static boolean sentenceStart(String text, int start) {
    int before = start - 1;
    while (before >= 0 && Character.isWhitespace(text.charAt(before))) {
      before--;
    }
    return before < 0 || ".!?:".indexOf(text.charAt(before)) >= 0;
  }

  /**
   * The word itself, a compound part of it, or (for an alternative after the first, or the word itself where a rewrite
   * of a phrase stands for it, see {@link Rewrite}) a synonym of its group's word.
   */
  private static QueryTerm.Origin origin(boolean firstOfGroup, int term, boolean replaced) {
    if (!firstOfGroup || replaced && term == 0) {
      return QueryTerm.Origin.SYNONYM;
    }
    return term == 0 ? QueryTerm.Origin.WORD : QueryTerm.Origin.PART;
  }

  /**
   * Adds the synonyms of one compound part as written ("vertrag" of "partnerschaftsvertrag"), so that a question's
   * compound also matches text that says its parts in other words ("Vereinbarung über die Partnerschaft").
   */
  private void partSynonyms(String part, int word, boolean capitalized, Set<String> seen, List<QueryTerm> terms) {
    for (Map.Entry<int[], String> synonym : synonyms(part)) {
      if (seen.add(word + " " + synonym.getValue())) {
        terms.add(new QueryTerm(synonym.getValue(), word, QueryTerm.Origin.PART_SYNONYM, capitalized));
      }
    }
  }

  /** Adds the thesaurus synonyms of every question word itself (not of its parts or synonyms). */
  private void related(List<QueryTerm> terms, Set<String> seen) {
    List<QueryTerm> words = terms.stream().filter(t -> t.origin() == QueryTerm.Origin.WORD && !t.numeric()).toList();
    for (QueryTerm word : words) {
      for (String related : thesaurus.related(word.term())) {
        if (seen.add(word.word() + " " + related)) {
          terms.add(new QueryTerm(related, word.word(), QueryTerm.Origin.RELATED, word.capitalized()));
        }
      }
    }
  }

  /** Adds the words of a text as written ({@link GermanAnalysis#surfaceTokens}) and where each starts and ends. */
  static void read(String text, List<String> words, List<int[]> offsets) {
    try (TokenStream stream = GermanAnalysis.TYPED.tokenStream("t", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        words.add(term.toString());
        offsets.add(new int[] {offset.startOffset(), offset.endOffset()});
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing in memory failed", e);
    }
  }

  /**
   * The synonym terms the synonyms file adds to a question whose words start and end at {@code offsets}, each with the
   * question words it stands for ({@link Rewrite#of}).
   */
  private List<Rewrite> synonyms(String question, List<int[]> offsets, int[] group, IntPredicate hasTerms) {
    return synonyms(question).stream()
        .map(s -> Rewrite.of(s.getValue(), s.getKey()[0], s.getKey()[1], offsets, group, hasTerms)).toList();
  }

  /** The synonym terms the synonyms file adds to a text, each with the start and end offsets of the words it replaces. */
  private List<Map.Entry<int[], String>> synonyms(String question) {
    List<Map.Entry<int[], String>> synonyms = new ArrayList<>();
    try (TokenStream stream = queryAnalyzer.tokenStream("q", question)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      TypeAttribute type = stream.addAttribute(TypeAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        if (SynonymGraphFilter.TYPE_SYNONYM.equals(type.type())) {
          synonyms.add(Map.entry(new int[] {offset.startOffset(), offset.endOffset()}, term.toString()));
        }
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing in memory failed", e);
    }
    return synonyms;
  }
}
