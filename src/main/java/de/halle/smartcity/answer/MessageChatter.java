package de.halle.smartcity.answer;

import de.halle.smartcity.answer.SmallTalk.Intent;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The chatter in one sentence of a citizen's message, for {@link MessageFocus}: small talk (greetings, thanks,
 * goodbyes; {@link SmallTalk}) or an expression of {@code lang/message-chatter.tsv} matching a whole part of it, alone
 * or joined to other chatter ("Ich bin Sabine und habe eine Frage"); a lead-in to the question ("Ich wollte fragen
 * wann …"); and a sentence that starts with a sign-off. Thread-safe.
 */
final class MessageChatter {

  static final String CHATTER = "lang/message-chatter.tsv";
  static final String GIVEN_NAMES = "lang/given-names.txt";
  /** Where a chatter expression stands for any of the given names. */
  static final String GIVEN_NAME = "{given-name}";
  private static final Pattern NAME = Pattern.compile("\\p{Ll}+(-\\p{Ll}+)*");

  /** The small-talk intents that are chatter when they make up a part; help and emergencies are never left out. */
  private static final Set<Intent> SMALL_TALK = EnumSet.of(Intent.GREETING, Intent.THANKS, Intent.GOODBYE);
  private static final Set<Intent> SIGN_OFF = EnumSet.of(Intent.THANKS, Intent.GOODBYE);
  /** Where a sentence's first clause ends. */
  private static final Pattern CLAUSE_END = Pattern.compile("[,:;]\\s+");
  private static final Pattern CLOSING = Pattern.compile("[\\s.!?…]+$");

  /** The role of a chatter expression. */
  enum Role {
    /** The part tells about the writer or the letter; it is left out. */
    CLAUSE,
    /** The part ends a letter; a sentence that starts with it and asks nothing is left out whole. */
    SIGNOFF,
    /** The part may be the writer's name; a sentence that starts with it is left out whole only after a question. */
    SIGNATURE,
    /** The words join parts that are chatter each into one ("Ich bin Sabine und habe eine Frage"). */
    JOIN,
    /**
     * The part only leads in to the question: it is left out as a clause, and also without the comma before a word of
     * an {@link #ASKING} expression ("Ich wollte fragen wann …", "Darf ich fragen wer …").
     */
    LEAD,
    /** The words that open the question a {@link #LEAD} part leads in to ("wann", "ob", "wer", …). */
    ASKING
  }

  /** A chatter expression of the data file. */
  record Chatter(Role role, Pattern pattern) {}

  private final SmallTalk smallTalk;
  private final List<Chatter> chatter;
  private final List<Pattern> joins;
  /** Each lead-in expression followed by spaces and a word opening a question, matched at a sentence's start. */
  private final List<Pattern> leadIns;

  MessageChatter(SmallTalk smallTalk, List<Chatter> chatter) {
    this.smallTalk = smallTalk;
    this.chatter = chatter.stream().filter(c -> c.role() != Role.JOIN && c.role() != Role.ASKING).toList();
    this.joins = chatter.stream().filter(c -> c.role() == Role.JOIN)
        .map(c -> Pattern.compile("\\s+(?:" + c.pattern().pattern() + ")\\s+", Pattern.UNICODE_CHARACTER_CLASS))
        .toList();
    String asking = chatter.stream().filter(c -> c.role() == Role.ASKING).map(c -> "(?:" + c.pattern().pattern() + ")")
        .reduce((a, b) -> a + "|" + b).orElse("(?!)");
    this.leadIns = chatter.stream().filter(c -> c.role() == Role.LEAD)
        .map(c -> Pattern.compile("(?:" + c.pattern().pattern() + ")\\s+(?=(?:" + asking + ")\\b)",
            Pattern.UNICODE_CHARACTER_CLASS))
        .toList();
  }

  /** The shipped chatter expressions; a malformed line stops the start, naming file and line. */
  static MessageChatter load(SmallTalk smallTalk) {
    String givenName = givenNames(GIVEN_NAMES);
    List<Chatter> chatter = new ArrayList<>();
    for (LanguageTable.Row row : LanguageTable.read(CHATTER, 2)) {
      Role role = row.constant(0, Role.class);
      String expression = row.column(1).replace(GIVEN_NAME, givenName);
      try {
        chatter.add(new Chatter(role, Pattern.compile(expression, Pattern.UNICODE_CHARACTER_CLASS)));
      } catch (PatternSyntaxException e) {
        IllegalStateException problem = row.problem("not a regular expression: " + e.getDescription());
        problem.initCause(e);
        throw problem;
      }
    }
    return new MessageChatter(smallTalk, chatter);
  }

  /**
   * The given names of a one-column data file as one group matching any of them.
   *
   * @throws IllegalStateException naming the file and line of a name that is not lower-case letters (and hyphens)
   */
  static String givenNames(String resource) {
    return LanguageTable.alternatives(resource, NAME, "a lower-case given name");
  }

  /** The sentence from its first clause that is not chatter; empty when all of it is. */
  String withoutLeadingChatter(String sentence) {
    String rest = sentence;
    while (!rest.isEmpty()) {
      if (leftOut(rest)) {
        return "";
      }
      String led = withoutLeadIn(rest);
      if (!led.equals(rest)) {
        rest = led;
        continue;
      }
      Matcher end = CLAUSE_END.matcher(rest);
      if (!end.find() || !leftOut(rest.substring(0, end.start()))) {
        return rest;
      }
      rest = rest.substring(end.end());
    }
    return rest;
  }

  /** The part after a lead-in at the start ("Ich wollte fragen wann …" is "wann …"); the part itself without one. */
  private String withoutLeadIn(String part) {
    String lower = part.toLowerCase(Locale.GERMAN);
    if (lower.length() != part.length()) {
      return part;
    }
    for (Pattern leadIn : leadIns) {
      Matcher start = leadIn.matcher(lower);
      if (start.lookingAt()) {
        return part.substring(start.end());
      }
    }
    return part;
  }

  /**
   * Whether the sentence starts with a sign-off: a thanks, a goodbye or a sign-off expression, or after a sentence that
   * asks, a signature (the writer's name).
   */
  boolean signOff(String sentence, boolean afterAQuestion) {
    Matcher end = CLAUSE_END.matcher(sentence);
    Optional<Role> start = kind(end.find() ? sentence.substring(0, end.start()) : sentence);
    return start.filter(r -> r == Role.SIGNOFF || r == Role.SIGNATURE && afterAQuestion).isPresent();
  }

  /** Whether a part is chatter wherever it stands (a name alone may be what the question is about). */
  private boolean leftOut(String part) {
    return kind(part).filter(r -> r != Role.SIGNATURE).isPresent();
  }

  /**
   * The chatter role of a whole part, or empty when it is not chatter; a part whose pieces between joining words are all
   * chatter wherever they stand is chatter too, with the role of its last piece.
   */
  private Optional<Role> kind(String part) {
    String text = CLOSING.matcher(part.trim().toLowerCase(Locale.GERMAN)).replaceAll("");
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Optional<Role> whole = kindOfWhole(text);
    if (whole.isPresent()) {
      return whole;
    }
    for (Pattern join : joins) {
      List<Optional<Role>> pieces = join.splitAsStream(text).map(this::kindOfWhole).toList();
      boolean allChatter = pieces.stream().allMatch(r -> r.filter(role -> role != Role.SIGNATURE).isPresent());
      if (pieces.size() > 1 && allChatter) {
        return pieces.get(pieces.size() - 1);
      }
    }
    return Optional.empty();
  }

  /** The chatter role of a lower-cased part without its closing punctuation, matched by one expression. */
  private Optional<Role> kindOfWhole(String text) {
    Optional<Intent> talk = smallTalk.recognize(text).map(SmallTalk.Recognized::intent).filter(SMALL_TALK::contains);
    if (talk.isPresent()) {
      return Optional.of(SIGN_OFF.contains(talk.get()) ? Role.SIGNOFF : Role.CLAUSE);
    }
    return chatter.stream().filter(c -> c.pattern().matcher(text).matches()).map(Chatter::role).findFirst();
  }
}
