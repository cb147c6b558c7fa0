package de.halle.smartcity.knowledge;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** Normalizes text taken from knowledge files: NFC, no invisible or control characters, single spaces. */
final class PlainText {

  private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cf}\\p{Co}\\p{Cn}&&[^\\s]]");
  private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}\\p{Cc}]+");

  private PlainText() {}

  /** Returns the text in NFC with format characters (zero-width, soft hyphen, BOM) removed and spaces collapsed. */
  static String normalize(String text) {
    String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
    String visible = INVISIBLE.matcher(nfc).replaceAll("");
    return SPACES.matcher(visible).replaceAll(" ").strip();
  }
}
