package de.halle.smartcity.answer;

/** How well a score separates two groups, for the test-scope probing tools; pure functions. */
final class Separation {

  private Separation() {}

  /**
   * The area under the ROC curve: the chance that a random member of {@code higher} scores above a random member of
   * {@code lower}, ties counting half (1: perfectly separated, 0.5: no better than chance).
   */
  static double auc(double[] higher, double[] lower) {
    if (higher.length == 0 || lower.length == 0) {
      throw new IllegalArgumentException("need scores in both groups but got " + higher.length + " and "
          + lower.length);
    }
    double wins = 0;
    for (double h : higher) {
      for (double l : lower) {
        wins += h > l ? 1 : h == l ? 0.5 : 0;
      }
    }
    return wins / ((double) higher.length * lower.length);
  }
}
