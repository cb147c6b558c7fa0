package de.halle.smartcity.privacy;

/** A kind of personal data the scrubber removes, with the placeholder that replaces it. */
public enum PersonalDataKind {
  EMAIL("[E-MAIL]"),
  PHONE("[TELEFON]"),
  IBAN("[IBAN]"),
  TAX_ID("[STEUER-ID]"),
  ID_DOCUMENT("[AUSWEIS]"),
  ADDRESS("[ADRESSE]");

  private final String placeholder;

  PersonalDataKind(String placeholder) {
    this.placeholder = placeholder;
  }

  /** The text that stands in for a removed item, e.g. {@code [TELEFON]}. */
  public String placeholder() {
    return placeholder;
  }
}
