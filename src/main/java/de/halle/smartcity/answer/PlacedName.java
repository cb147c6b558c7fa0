package de.halle.smartcity.answer;

import de.halle.smartcity.answer.AskedTypeExpressions.Role;
import de.halle.smartcity.retrieval.Evidence;
import de.halle.smartcity.retrieval.GermanAnalysis;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * For a question asking a property of something or where it lies ("Wie groß ist Musterstadt?", "Wo liegt
 * Musterstadt?", the {@code property-question} line of {@code lang/de/asked-types.tsv}): tells a sentence about another
 * subject that names the something only to place it ("Der Musterpark ist 20 Hektar groß und liegt im Osten von
 * Musterstadt."; {@code named-subject} and {@code place-phrase}): the property or place it tells is the other
 * subject's. For a "where" question also whether a sentence places the something at all ({@link #places}).
 * Immutable.
 *
 * @param names the first capitalised word of the question's words naming the something, as written (the head of a
 *     name such as "Musterstadt (Elbe)"), or none; read and compiled once per question
 * @param where whether the question asks where the something is (the group {@code where} of the expression)
 */
record PlacedName(List<Name> names, boolean where) implements Predicate<Evidence> {

  private static final Pattern QUESTION = AskedTypeExpressions.shipped().general(Role.PROPERTY_QUESTION);
  private static final Pattern SUBJECT = AskedTypeExpressions.shipped().general(Role.NAMED_SUBJECT);
  private static final Pattern PLACE = AskedTypeExpressions.shipped().general(Role.PLACE_PHRASE);
  private static final Pattern PLACED = AskedTypeExpressions.shipped().general(Role.NAME_PLACED);
  private static final Pattern PLACED_BEFORE = AskedTypeExpressions.shipped().general(Role.NAME_PLACED_BEFORE);
  private static final Pattern WHERE = AskedType.WHERE.expression(Role.ANSWER);
  private static final Pattern PLACE_ANSWER = AskedType.PLACE.expression(Role.ANSWER);
  /** A comma opening a relative clause ({@code lang/de/relative-pronouns.txt}). */
  private static final Pattern RELATIVE_CLAUSE = Pattern.compile(",\\s+" + LanguageTable.alternatives(
      "lang/de/relative-pronouns.txt", Pattern.compile("\\p{Ll}+"), "a lower-case word") + "\\b");

  /** Tells no sentence: the question asks no property. */
  static final PlacedName NONE = new PlacedName(List.of(), false);

  PlacedName {
    names = List.copyOf(names);
  }

  /** The names whose property the question asks; {@link #NONE} for another question. */
  static PlacedName of(String question) {
    String text = question.strip();
    Matcher matcher = QUESTION.matcher(text.toLowerCase(Locale.GERMAN));
    if (!matcher.find()) {
      return NONE;
    }
    List<Name> names = GermanAnalysis.surfaceTokens(text.substring(matcher.start("subject"), matcher.end("subject")))
        .stream().filter(word -> Character.isUpperCase(word.codePointAt(0))).limit(1).map(Name::of).toList();
    return new PlacedName(names, matcher.group("where") != null);
  }

  @Override
  public boolean test(Evidence e) {
    return !names.isEmpty() && placesOnly(e.text());
  }

  /**
   * Whether the sentence opens with another subject and names the question's names, each time in a place phrase; for
   * a "where" question, one placing a name right after it ({@link #placedAfter}: "… fand im Museum am Musterplatz
   * statt") tells where that is too.
   */
  boolean placesOnly(String sentence) {
    Matcher subject = SUBJECT.matcher(sentence);
    if (!subject.find() || names.stream().anyMatch(name -> subject.group().contains(name.text()))) {
      return false;
    }
    boolean named = false;
    for (Name name : names) {
      Matcher at = name.whole().matcher(sentence);
      while (at.find()) {
        if (!PLACE.matcher(sentence.substring(0, at.start())).find()
            || where && placedAfter(sentence.substring(at.end()))) {
          return false;
        }
        named = true;
      }
    }
    return named;
  }

  /** Whether what follows a name places it: {@code name-placed}, or a "place" answer right after it. */
  private static boolean placedAfter(String after) {
    return PLACED.matcher(after).find()
        || PLACE_ANSWER.matcher(after.stripLeading().toLowerCase(Locale.GERMAN)).lookingAt();
  }

  /**
   * Whether what comes before a name places it: a "place" answer and then only what {@code name-placed-before} allows
   * (the rest of the place's name, an article): "Die Stadt baut im Musterpark Nord einen Prüfstand auf".
   */
  private static boolean placedBefore(String before) {
    String lower = before.toLowerCase(Locale.GERMAN);
    if (lower.length() != before.length()) {
      return false;
    }
    Matcher place = PLACE_ANSWER.matcher(lower);
    while (place.find()) {
      if (PLACED_BEFORE.matcher(before.substring(place.end())).matches()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the sentence says where the question's names lie, for a "where" question about them: it names one and
   * places it right after the name ({@code name-placed}: "Aheim in Musterland"; or a "place" answer: "im Museum am
   * Musterplatz", "Aheim liegt …"), or it names one and holds a "where" answer ("Aheim liegt an der Elbe", an address)
   * that no relative clause opened after the name holds ("Die Mitteilungen von Aheim nennen Beheim, das an der Elbe
   * liegt" places Beheim), without being about another subject it only places in the name ({@link #placesOnly}). True
   * for a question without names.
   */
  boolean places(String sentence) {
    if (names.isEmpty()) {
      return true;
    }
    String lower = sentence.toLowerCase(Locale.GERMAN);
    boolean whereAboutName = false;
    for (Name name : names) {
      Matcher at = name.whole().matcher(sentence);
      while (at.find()) {
        if (placedAfter(sentence.substring(at.end())) || placedBefore(sentence.substring(0, at.start()))) {
          return true;
        }
        whereAboutName |= whereAbout(sentence, lower, at.end());
      }
    }
    return whereAboutName && !placesOnly(sentence);
  }

  /**
   * Whether only the heading a sentence stands under says where the question's names lie: the sentence names one
   * (not only to place it, {@link #placesOnly}) without placing it, and the heading places one by a "place" answer
   * right after or before it ("Musterpark am Musterweg" over "Im Musterpark stehen zwölf Bänke."; not "Aheim in
   * Zahlen", as {@code name-placed} would). Such a sentence answers only when quoted with its heading.
   */
  boolean placedByHeadingOnly(String heading, String sentence) {
    return !names.isEmpty() && !heading.isBlank() && !places(sentence) && !placesOnly(sentence)
        && names.stream().anyMatch(name -> name.whole().matcher(sentence).find()) && headingPlaces(heading);
  }

  /** {@link #placedByHeadingOnly(String, String)} for a candidate under its heading. */
  boolean placedByHeadingOnly(Evidence e) {
    return placedByHeadingOnly(e.document().document().headingOf(e.sentence()), e.text());
  }

  private boolean headingPlaces(String heading) {
    for (Name name : names) {
      Matcher at = name.whole().matcher(heading);
      while (at.find()) {
        if (PLACE_ANSWER.matcher(heading.substring(at.end()).stripLeading().toLowerCase(Locale.GERMAN)).lookingAt()
            || placedBefore(heading.substring(0, at.start()))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether the sentence holds a "where" answer that is not in a relative clause opened after a name ending at
   * {@code nameEnd}.
   */
  private static boolean whereAbout(String sentence, String lower, int nameEnd) {
    Matcher where = WHERE.matcher(lower);
    Matcher relative = RELATIVE_CLAUSE.matcher(sentence);
    while (where.find()) {
      if (where.start() < nameEnd || !relative.region(nameEnd, where.start()).find()) {
        return true;
      }
    }
    return false;
  }

  /**
   * A name the question asks a property of.
   *
   * @param text the name as written
   * @param whole the name as a whole word of a sentence
   */
  record Name(String text, Pattern whole) {

    static Name of(String text) {
      return new Name(text, Pattern.compile("\\b" + Pattern.quote(text) + "\\b", Pattern.UNICODE_CHARACTER_CLASS));
    }
  }
}
