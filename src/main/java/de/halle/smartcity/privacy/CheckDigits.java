package de.halle.smartcity.privacy;

/** Check-digit rules that tell real IBANs and tax ids from arbitrary digit runs. */
final class CheckDigits {

  private CheckDigits() {}

  /** ISO 13616 check: the rearranged IBAN read as a number is 1 modulo 97; spaces are ignored. */
  static boolean isValidIban(String candidate) {
    String iban = candidate.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
    if (iban.length() < 15 || iban.length() > 34 || (iban.startsWith("DE") && iban.length() != 22)) {
      return false;
    }
    String rearranged = iban.substring(4) + iban.substring(0, 4);
    int remainder = 0;
    for (int i = 0; i < rearranged.length(); i++) {
      int value = Character.digit(rearranged.charAt(i), 36);
      if (value < 0) {
        return false;
      }
      remainder = (value < 10 ? remainder * 10 + value : remainder * 100 + value) % 97;
    }
    return remainder == 1;
  }

  /**
   * German Steuer-ID check (11 digits, no leading zero, ISO 7064 MOD 11,10 check digit, and in the first ten digits
   * exactly one digit repeated).
   */
  static boolean isValidSteuerId(String candidate) {
    String digits = candidate.replace(" ", "");
    if (!digits.matches("[1-9]\\d{10}")) {
      return false;
    }
    int product = 10;
    int[] counts = new int[10];
    for (int i = 0; i < 10; i++) {
      int digit = digits.charAt(i) - '0';
      counts[digit]++;
      int sum = (digit + product) % 10;
      product = (sum == 0 ? 10 : sum) * 2 % 11;
    }
    int check = 11 - product == 10 ? 0 : 11 - product;
    return check == digits.charAt(10) - '0' && exactlyOneRepeated(counts);
  }

  private static boolean exactlyOneRepeated(int[] counts) {
    int repeated = 0;
    for (int count : counts) {
      if (count > 3) {
        return false;
      }
      if (count > 1) {
        repeated++;
      }
    }
    return repeated == 1;
  }
}
