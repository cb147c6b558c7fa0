package de.halle.smartcity.answer;

import de.halle.smartcity.answer.AskedTypeExpressions.Role;
import de.halle.smartcity.retrieval.IndexView;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * For a question asking for a place ({@link AskedType#PLACE}: "An welchem Ort …", "Musterfest Ort"): whether a
 * sentence places the asked thing by a place's name ({@code place-name} of {@code lang/de/asked-types.tsv}: "das
 * Musterfest 2025 in Zeheim", "beim Musterforum im MZH"), which the place expression, made for buildings and
 * addresses, does not know. The word before the place must be one of the question's ("die erste Stadt in Musterland"
 * does not place the asked archive); a name the question uses, or one most releases use (the home town every release
 * names, {@link GeneralQuestion#COMMON_SHARE}), tells no place of the asked thing. Such a sentence holds a place as far
 * as an answer must; a building or an address is still preferred to it. Immutable.
 *
 * @param questionWords the question's lower-case words
 * @param common whether an analysed term is one most releases use
 * @param analysis the analysed terms of a word
 */
record NamedPlace(Set<String> questionWords, Predicate<String> common, Function<String, List<String>> analysis)
    implements Predicate<String> {

  private static final Pattern PLACE_NAME = AskedTypeExpressions.shipped().general(Role.PLACE_NAME);

  NamedPlace {
    questionWords = Set.copyOf(questionWords);
  }

  /** The test for a question with these words over the releases of {@code view}. */
  static NamedPlace of(Set<String> questionWords, IndexView view) {
    return new NamedPlace(questionWords, GeneralQuestion.commonTerms(view), view.analysis()::wordIndexTerms);
  }

  /**
   * Whether the sentence places one of the question's words by a name that is neither the question's nor one most
   * releases use.
   */
  @Override
  public boolean test(String sentence) {
    Matcher place = PLACE_NAME.matcher(sentence);
    while (place.find()) {
      String name = place.group("name");
      if (questionWords.contains(place.group("thing").toLowerCase(Locale.GERMAN))
          && !questionWords.contains(name.toLowerCase(Locale.GERMAN))
          && analysis.apply(name).stream().findFirst().filter(common.negate()).isPresent()) {
        return true;
      }
    }
    return false;
  }
}
