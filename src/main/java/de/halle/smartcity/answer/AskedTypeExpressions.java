package de.halle.smartcity.answer;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The German vocabulary of {@link AskedType}, read from a tab-separated data file (shipped as {@code
 * lang/de/asked-types.tsv}): per kind and role a regular expression, plus the lines of kind {@code *} that apply
 * whatever the kind. Immutable and thread-safe.
 */
final class AskedTypeExpressions {

  /** The shipped vocabulary file. */
  static final String SHIPPED = "lang/de/asked-types.tsv";
  /** The kind column of the lines that apply whatever the kind. */
  private static final String EVERY_KIND = "*";
  /** In an expression, stands for any given name of {@code lang/given-names.txt}. */
  private static final String GIVEN_NAME = "{given-name}";

  /** What an expression of a line is for. */
  enum Role {
    /** Question words that ask for the kind. */
    QUESTION,
    /** Sentence words that hold such a fact once the question's own words are left out. */
    ANSWER,
    /** Sentence words that hold the fact even when the question uses them too. */
    STATED,
    /** Sentence words that look like such a fact but are not, left out before the answer words are looked for. */
    NOT_ANSWER,
    /** A question word asking for an instance of a class (kind {@code *}). */
    CLASS_WORD,
    /** A source named with its date in a sentence (kind {@code *}). */
    SOURCE_DATE,
    /** Plain strings every {@link #SOURCE_DATE} match contains, separated by spaces (kind {@code *}). */
    SOURCE_START,
    /** Question words asking for a coming occurrence: the next, the upcoming one (kind {@code *}). */
    UPCOMING,
    /** Question words asking for the members of a class without a class word, the noun following (kind {@code *}). */
    CLASS_QUESTION,
    /** What follows a class noun in a sentence listing instances of the class (kind {@code *}). */
    INSTANCE_LIST,
    /** How a sentence opens that speaks of the thing of the sentence before it again (kind {@code *}). */
    REFERS_BACK,
    /** A yes/no question whether something is an instance of a class, with the groups it names (kind {@code *}). */
    COPULA_QUESTION,
    /** A question for a property of something, with the group naming the something (kind {@code *}). */
    PROPERTY_QUESTION,
    /** A sentence's opening subject: an article and a capitalised name (kind {@code *}). */
    NAMED_SUBJECT,
    /** What comes right before a name that only places something else (kind {@code *}). */
    PLACE_PHRASE,
    /** What follows a name in a sentence that says where the named thing lies (kind {@code *}). */
    NAME_PLACED,
    /**
     * What comes between a "place" answer and a name after it that the place answer places, in the same clause
     * (kind {@code *}).
     */
    NAME_PLACED_BEFORE,
    /** A place named by its name, the group {@code name} holding it (kind {@code *}). */
    PLACE_NAME,
    /**
     * A question asking for the value of a noun of something, the group {@code noun} holding the noun ("Was ist der
     * Termin des …?"; kind {@code *}).
     */
    FACT_NOUN_QUESTION
  }

  private static final Set<Role> EVERY_KIND_ROLES =
      Collections.unmodifiableSet(EnumSet.of(Role.CLASS_WORD, Role.SOURCE_DATE, Role.SOURCE_START, Role.UPCOMING,
          Role.CLASS_QUESTION, Role.INSTANCE_LIST, Role.REFERS_BACK, Role.COPULA_QUESTION,
          Role.PROPERTY_QUESTION, Role.NAMED_SUBJECT, Role.PLACE_PHRASE, Role.NAME_PLACED, Role.NAME_PLACED_BEFORE,
          Role.PLACE_NAME, Role.FACT_NOUN_QUESTION));

  private final Map<AskedType, Map<Role, Pattern>> byKind;
  private final Map<Role, Pattern> general;
  private final List<String> sourceStarts;

  private AskedTypeExpressions(Map<AskedType, Map<Role, Pattern>> byKind, Map<Role, LanguageTable.Row> general) {
    this.byKind = byKind;
    this.general = new EnumMap<>(Role.class);
    general.forEach((role, row) -> {
      if (role != Role.SOURCE_START) {
        this.general.put(role, compile(row, ""));
      }
    });
    this.sourceStarts = List.of(general.get(Role.SOURCE_START).column(2).split(" +"));
  }

  /**
   * Reads and checks a vocabulary file: every kind's {@link AskedType#roles()} and every role of kind {@code *} exactly
   * once, each expression valid.
   *
   * @throws IllegalStateException naming the file (and the line, when there is one) of what is missing or malformed
   */
  static AskedTypeExpressions read(String resource) {
    String givenName = MessageChatter.givenNames(MessageChatter.GIVEN_NAMES);
    Map<AskedType, Map<Role, Pattern>> byKind = new EnumMap<>(AskedType.class);
    Map<Role, LanguageTable.Row> general = new EnumMap<>(Role.class);
    Map<String, Integer> seen = new HashMap<>();
    for (LanguageTable.Row row : LanguageTable.read(resource, 3)) {
      Integer earlier = seen.putIfAbsent(row.column(0) + "\t" + row.column(1), row.line());
      if (earlier != null) {
        throw row.problem("'" + row.column(0) + " " + row.column(1) + "' already given on line " + earlier);
      }
      Role role = role(row);
      if (row.column(0).equals(EVERY_KIND)) {
        expect(row, EVERY_KIND_ROLES, role);
        general.put(role, row);
      } else {
        AskedType kind = kind(row);
        expect(row, kind.roles(), role);
        byKind.computeIfAbsent(kind, k -> new EnumMap<>(Role.class)).put(role, compile(row, givenName));
      }
    }
    requireAll(resource, byKind, general);
    return new AskedTypeExpressions(byKind, general);
  }

  /** The shipped vocabulary, loaded once: a missing or malformed line stops the start, naming the file and line. */
  static AskedTypeExpressions shipped() {
    return Shipped.EXPRESSIONS;
  }

  /** The kind's expression for a role, or null when the kind has none for that role. */
  Pattern of(AskedType kind, Role role) {
    return byKind.getOrDefault(kind, Map.of()).get(role);
  }

  /** The expression of kind {@code *} for a role. */
  Pattern general(Role role) {
    return general.get(role);
  }

  /** The plain strings of the {@link Role#SOURCE_START} line. */
  List<String> sourceStarts() {
    return sourceStarts;
  }

  private static Role role(LanguageTable.Row row) {
    try {
      return Role.valueOf(row.column(1).toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw row.problem("'" + row.column(1) + "' is not a role; expected one of " + names(Role.values()));
    }
  }

  private static AskedType kind(LanguageTable.Row row) {
    for (AskedType type : AskedType.values()) {
      if (!type.roles().isEmpty() && name(type).equals(row.column(0))) {
        return type;
      }
    }
    throw row.problem("'" + row.column(0) + "' is not a kind; expected '*' or one of " + kindNames());
  }

  private static void expect(LanguageTable.Row row, Set<Role> roles, Role role) {
    if (!roles.contains(role)) {
      throw row.problem("kind '" + row.column(0) + "' takes no '" + row.column(1) + "' line; it takes "
          + names(roles.toArray(Role[]::new)));
    }
  }

  /** The line's expression, with {@link #GIVEN_NAME} standing for {@code givenName}. */
  private static Pattern compile(LanguageTable.Row row, String givenName) {
    try {
      return Pattern.compile(row.column(2).replace(GIVEN_NAME, givenName), Pattern.UNICODE_CHARACTER_CLASS);
    } catch (PatternSyntaxException e) {
      throw row.problem("not a valid regular expression: " + e.getDescription() + " near index " + e.getIndex()
          + " of '" + row.column(2) + "'");
    }
  }

  private static void requireAll(String resource, Map<AskedType, Map<Role, Pattern>> byKind,
      Map<Role, LanguageTable.Row> general) {
    for (AskedType type : AskedType.values()) {
      for (Role role : type.roles()) {
        if (!byKind.getOrDefault(type, Map.of()).containsKey(role)) {
          throw new IllegalStateException(resource + ": no '" + name(type) + "\t" + name(role) + "' line");
        }
      }
    }
    for (Role role : EVERY_KIND_ROLES) {
      if (!general.containsKey(role)) {
        throw new IllegalStateException(resource + ": no '" + EVERY_KIND + "\t" + name(role) + "' line");
      }
    }
  }

  private static String name(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static String names(Enum<?>[] constants) {
    return Arrays.stream(constants).map(AskedTypeExpressions::name).toList().toString();
  }

  private static String kindNames() {
    return names(Arrays.stream(AskedType.values()).filter(type -> !type.roles().isEmpty()).toArray(Enum<?>[]::new));
  }

  /** Loads the shipped vocabulary on first use, once every kind exists. */
  private static final class Shipped {
    static final AskedTypeExpressions EXPRESSIONS = read(SHIPPED);
  }
}
