package de.halle.smartcity.answer;

import static de.halle.smartcity.answer.AskedTypeExpressions.Role.ANSWER;
import static de.halle.smartcity.answer.AskedTypeExpressions.Role.NOT_ANSWER;
import static de.halle.smartcity.answer.AskedTypeExpressions.Role.QUESTION;
import static de.halle.smartcity.answer.AskedTypeExpressions.Role.STATED;

import de.halle.smartcity.answer.AskedTypeExpressions.Role;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What kind of fact a German question asks for, read off its question words: an amount of money ("was kostet"), a count
 * ("wie viele"), a duration ("wie lange"), an age ("wie alt"), a number ("wie hoch"), a time of day ("welche
 * Öffnungszeiten"), a day ("an welchem Tag"), a beginning ("seit wann"), a date or period ("wann"), who pays ("wer
 * bezahlt"), a contact ("wie erreiche ich"), a way to do something ("wie kann ich"), a place ("an welchem Ort"), who
 * stands behind something ("wer steckt hinter"), a person's role ("wer ist Anna Muster"), who holds a role ("wer ist
 * Ansprechpartner"), who does something ("wer leitet"), what something is ("was ist"), a name ("wie heißt"), where
 * something is ("wo liegt"), or anything; whether a sentence holds such a fact is {@link HeldFacts}, which of the
 * question's words play a part for it {@link QuestionWords}. The Java holds the kinds, their order and what sets them
 * apart; their German words are the regular expressions of {@code lang/de/asked-types.tsv}
 * ({@link AskedTypeExpressions}, loaded once: a missing or malformed line stops the start). Immutable.
 */
enum AskedType {
  /**
   * "Wer bezahlt …", "Wer finanziert …": needs who pays — an amount, a funder or a way of funding; a sentence that says
   * who paid repeats the question's verb ("… wurde vom Förderverein bezahlt"), so that verb counts here.
   */
  PAYER(QUESTION, ANSWER, STATED),
  /**
   * "Was kostet …", "Wie viel Geld …", "Welche Kosten entstehen …", "Kostet … etwas?", "Fallen … Kosten an?": needs an
   * amount of money or the statement that it is free ("keine Kosten", "kostenlos"), even when the question says
   * "Kosten".
   */
  MONEY(QUESTION, ANSWER, STATED),
  /**
   * "Wie weit ist … von …", "Welche Entfernung …": needs a distance — a length or a travel time with its unit, or a
   * word saying how far ("entfernt"); a date or any other number is none.
   */
  DISTANCE(QUESTION, ANSWER),
  /**
   * "Wie viele …", "Wie viel …": needs a count or an amount; a year or a date ("von 2014 bis 2016") is no count.
   */
  COUNT(QUESTION, ANSWER, NOT_ANSWER),
  /**
   * "Wie lange …": needs a duration — years, months or days ("vierjährig", "20 Monate"), a span or an end ("von 2014 bis
   * 2016", "endet am …"); a year alone ("Im Jahr 2021 …") is none.
   */
  DURATION(QUESTION, ANSWER),
  /**
   * "Wie alt …": needs an age ("42 Jahre", "40-jährig") or a year of founding, building or birth with its word
   * ("1972 gegründet"); a date of something else, a count or any other number is no age.
   */
  AGE(QUESTION, ANSWER),
  /** "Wie hoch …": needs a number, which may be a year ("seit 1997"). */
  NUMBER(QUESTION, ANSWER),
  /** "An welchem Tag …", "An welchen Tagen …": needs a day — a calendar date or a weekday, not just a month or year. */
  DAY(QUESTION, ANSWER),
  /**
   * "Seit wann …": needs when something began — a date, a year, a month or a period that is not only an end ("lief bis
   * Ende Juni 2023", "endet am …" do not say since when).
   */
  SINCE(QUESTION, ANSWER, NOT_ANSWER),
  /** "Wann …", "Bis wann …", "In welchem Jahr …": needs a date, a year, a month or a period, not a count of things. */
  TIME(QUESTION, ANSWER, NOT_ANSWER),
  /** "Welche Öffnungszeiten …", "Zu welchen Uhrzeiten …": needs a time of day or days of the week. */
  CLOCK(QUESTION, ANSWER),
  /**
   * "Wie erreiche ich …", "Wie kann ich … kontaktieren": asks for a contact, so needs a telephone number, an e-mail or
   * web address, a contact person or where and when someone is reachable; the verb need not be in the answer.
   */
  CONTACT(QUESTION, ANSWER, STATED),
  /**
   * "Wie kann ich …", "Wo kann man …", "Mit welcher Bahn komme ich …": asks for a way to do something, so needs a
   * sentence that addresses the reader or names a way: a modal ("können", "müssen"), a contact, an e-mail or web
   * address.
   */
  PROCEDURE(QUESTION, ANSWER, STATED),
  /**
   * "An welchem Ort …", or the keyword "Ort" or "Adresse" ({@link KeywordFacts}): needs a place — an address, a
   * building or square after a preposition ("im Museum", "am Marktplatz") or a verb saying where something is.
   */
  PLACE(QUESTION, ANSWER),
  /**
   * "Wer steckt hinter …", "Von wem ist …": asks who organises, runs or stands behind something, in words no answer
   * repeats, so needs a sentence naming its organiser, by a verb with its agent or by a role ("… wird vom Musterverein
   * veranstaltet", "Träger ist …"), or naming the thing as someone's ("… ist ein Programm des Musterbunds"). "Wer
   * organisiert …" and "Wer veranstaltet …" ask the same: the verb need not be repeated. A sentence naming the thing
   * holds its organiser also when the next one names the organiser of it in another word ({@link ReferringNext}).
   */
  ORGANISER(QUESTION, STATED),
  /**
   * "Wer ist Anna Muster?", "Was macht Anna Muster?", "Welche Position hat Anna Muster?" (a given name after the
   * question words), or the keyword "Beruf" or "Funktion" ({@link KeywordFacts}): asks for a person's role, so needs a
   * sentence naming a role ("Marketingleiterin der … ist Anna Muster", "Anna Muster, Leiterin des …"), not just
   * something the person said.
   */
  ROLE(QUESTION, ANSWER),
  /**
   * "Wer ist Ansprechpartner für …", "Wer war Oberbürgermeister …": asks who holds a role, so needs a sentence stating
   * the relation, as {@link #WHO}, and prefers one naming a person by a role ("Anna Muster ist Koordinatorin im …")
   * to a telephone number.
   */
  HOLDER(QUESTION, STATED),
  /**
   * "Wer leitet …", "Wer hat … unterzeichnet": asks who does something, so needs a sentence that itself states that
   * relation ({@link StatedRelation}); who may do or get something ("Wer kann …", "Wer bekommt …") is not asked here.
   */
  WHO(QUESTION),
  /**
   * "Was ist Musterplan?", "Was bedeutet …?": asks what something is, so a sentence defining it ("Musterplan ist ein
   * digitaler Zwilling …") is preferred; unlike the other kinds, a sentence without one may still answer
   * ({@link #mustHold}).
   */
  DEFINITION(QUESTION, STATED),
  /**
   * "Wie heißt …?", "Wie lautet der Name …?": asks for a name, so a sentence naming something by a name in quotes, a
   * joined product name ("Muster_app") or "namens" is preferred; like a definition, one without may still answer.
   */
  NAME(QUESTION, STATED),
  /**
   * "Wo ist …", "Wo liegt …", "Wo befindet sich …": asks where something is, so a sentence saying where ("… liegt in
   * …", an address) is preferred; like a definition, a sentence without one may still answer ("Aheim in Musterland …").
   */
  WHERE(QUESTION, ANSWER),
  /** No particular kind. */
  ANY();

  private final Set<Role> roles;

  /** With the roles of the lines this kind takes in the vocabulary file (none for {@link #ANY}). */
  AskedType(Role... roles) {
    this.roles = Collections.unmodifiableSet(roles.length == 0 ? EnumSet.noneOf(Role.class)
        : EnumSet.copyOf(Arrays.asList(roles)));
  }

  /** The roles of the lines this kind takes in the vocabulary file. */
  Set<Role> roles() {
    return roles;
  }

  /**
   * True for a day, a beginning or a time, whose class noun ("An welchen Tagen …", "In welchem Jahr …") an answer gives a value for
   * (a date) instead of repeating it, so that noun does not count when the question's words are looked for.
   */
  boolean answeredByValue() {
    return this == DAY || this == SINCE || this == TIME;
  }

  /**
   * Whether an answer's sentence must hold this kind of fact; a definition, a place asked "wo", a role asked "wer
   * ist" are only preferred, since a release may describe what something is without a defining sentence, where it is
   * in words no expression knows ("in Musterland"), or who holds a role without a role noun.
   */
  boolean mustHold() {
    return this != DEFINITION && this != NAME && this != WHERE && this != HOLDER;
  }

  /**
   * True for an organiser, which a release may name in the sentence after the one naming the asked thing, speaking of
   * the thing there in another word ({@link ReferringNext}).
   */
  boolean heldByReferringNext() {
    return this == ORGANISER;
  }

  /** True for the kinds asking who does something or holds a role, answered by a sentence stating that relation. */
  boolean asksWho() {
    return this == WHO || this == HOLDER;
  }

  /**
   * True for money, a distance and a number, which an answer gives as an amount ("keine Kosten", "40 Metern") instead
   * of repeating the question's word for it ("Wie hoch …", "… gekostet?").
   */
  boolean answeredByAmount() {
    return this == MONEY || this == DISTANCE || this == COUNT || this == DURATION || this == AGE || this == NUMBER;
  }

  /**
   * The kind of fact the question asks for; the first matching kind wins, so who pays ("Wer zahlt, was … gekostet hat")
   * before the amount.
   */
  static AskedType of(String question) {
    String text = question.toLowerCase(Locale.GERMAN).strip();
    for (AskedType type : values()) {
      Pattern asks = AskedTypeExpressions.shipped().of(type, QUESTION);
      if (asks != null && asks.matcher(text).find()) {
        return type;
      }
    }
    return ANY;
  }

  /** This kind's expression for a role of the vocabulary file, or null when it has none. */
  Pattern expression(Role role) {
    return AskedTypeExpressions.shipped().of(this, role);
  }
}
