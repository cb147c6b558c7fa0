package de.halle.smartcity.telegram;

/**
 * Decides whether a citizen's message contains personal data (e-mail, phone, IBAN, tax or ID numbers); such messages
 * are neither answered nor stored. Implementations are thread-safe.
 */
public interface PersonalDataCheck {

  /** True when the text contains personal data the bot must not keep. */
  boolean containsPersonalData(String text);
}
