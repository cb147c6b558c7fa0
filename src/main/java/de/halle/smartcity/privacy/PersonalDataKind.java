package de.halle.smartcity.privacy;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A kind of personal data removed before a text is stored, with the placeholder that replaces it: found by the
 * {@link PersonalDataScrubber}, except the name a writer introduces themself with, which the reading of a question
 * replaces ("Ich, [NAME], möchte wissen, …").
 */
public enum PersonalDataKind {
  EMAIL("[E-MAIL]", "E-Mail-Adressen", "e-mail addresses"),
  PHONE("[TELEFON]", "Telefonnummern", "phone numbers"),
  IBAN("[IBAN]", "IBANs", "IBANs"),
  TAX_ID("[STEUER-ID]", "Steuer-IDs und Steuernummern", "tax ids and tax numbers"),
  ID_DOCUMENT("[AUSWEIS]", "Ausweis- und Passnummern", "ID card and passport numbers"),
  ADDRESS("[ADRESSE]", "Anschriften mit Hausnummer", "street addresses with house numbers"),
  BIRTH_DATE("[GEBURTSDATUM]", "Geburtsdaten", "dates of birth"),
  NAME("[NAME]", "Ihr eigener Name", "your own name");

  /** Any of the placeholders, with the spaces before it. */
  private static final Pattern PLACEHOLDER = Pattern.compile("\\s*(?:" + Arrays.stream(values())
      .map(kind -> Pattern.quote(kind.placeholder)).collect(Collectors.joining("|")) + ")");

  private final String placeholder;
  private final String germanName;
  private final String englishName;

  PersonalDataKind(String placeholder, String germanName, String englishName) {
    this.placeholder = placeholder;
    this.germanName = germanName;
    this.englishName = englishName;
  }

  /** What this kind is called in German, plural, e.g. "Telefonnummern". */
  public String germanName() {
    return germanName;
  }

  /** What this kind is called in English, plural, e.g. "phone numbers". */
  public String englishName() {
    return englishName;
  }

  /** The text that stands in for a removed item, e.g. {@code [TELEFON]}. */
  public String placeholder() {
    return placeholder;
  }

  /** Whether the text holds the placeholder of a removed item, e.g. a scrubbed "Tel. [TELEFON]". */
  public static boolean placeholderIn(String text) {
    return PLACEHOLDER.matcher(text).find();
  }

  /** The kinds whose placeholder the text holds. */
  public static Set<PersonalDataKind> placeholdersIn(String text) {
    Set<PersonalDataKind> kinds = EnumSet.noneOf(PersonalDataKind.class);
    Arrays.stream(values()).filter(kind -> text.contains(kind.placeholder)).forEach(kinds::add);
    return kinds;
  }

  /** The text without the placeholders of removed items (and the spaces before them). */
  public static String withoutPlaceholders(String text) {
    return PLACEHOLDER.matcher(text).replaceAll("").strip();
  }
}
