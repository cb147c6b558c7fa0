package de.halle.smartcity.answer;

import java.util.List;

/**
 * Fits a logistic regression (bias and one weight per feature) by Newton's method on the L2-penalised
 * log-likelihood, so the fit converges to the same optimum on every run; a pure function for the model-fitting tool.
 */
final class LogisticFit {

  private LogisticFit() {}

  /**
   * The fitted bias followed by the weights.
   *
   * @param rows feature vectors, all of the same length
   * @param labels one label per row
   * @param l2 penalty on the weights (not the bias), per row
   * @param iterations Newton steps (a few dozen reach the optimum)
   */
  static double[] fit(List<double[]> rows, List<Boolean> labels, double l2, int iterations) {
    if (rows.isEmpty() || rows.size() != labels.size()) {
      throw new IllegalArgumentException("need as many labels as rows but got " + rows.size() + " rows and "
          + labels.size() + " labels");
    }
    int n = rows.get(0).length + 1;
    double[] w = new double[n];
    for (int it = 0; it < iterations; it++) {
      double[] gradient = new double[n];
      double[][] hessian = new double[n][n];
      for (int r = 0; r < rows.size(); r++) {
        double[] x = withBias(rows.get(r));
        double p = probability(w, rows.get(r));
        double error = (labels.get(r) ? 1 : 0) - p;
        for (int i = 0; i < n; i++) {
          gradient[i] += error * x[i];
          for (int j = 0; j < n; j++) {
            hessian[i][j] += p * (1 - p) * x[i] * x[j];
          }
        }
      }
      for (int i = 1; i < n; i++) {
        gradient[i] -= l2 * rows.size() * w[i];
        hessian[i][i] += l2 * rows.size();
      }
      double[] step = solve(hessian, gradient);
      for (int i = 0; i < n; i++) {
        w[i] += step[i];
      }
    }
    return w;
  }

  /** The model's probability for one row: the logistic of bias plus weighted features. */
  static double probability(double[] biasAndWeights, double[] x) {
    double z = biasAndWeights[0];
    for (int i = 0; i < x.length; i++) {
      z += biasAndWeights[i + 1] * x[i];
    }
    return 1 / (1 + Math.exp(-z));
  }

  private static double[] withBias(double[] x) {
    double[] out = new double[x.length + 1];
    out[0] = 1;
    System.arraycopy(x, 0, out, 1, x.length);
    return out;
  }

  /** Solves a x = b by Gaussian elimination with partial pivoting (a is small and positive definite). */
  private static double[] solve(double[][] a, double[] b) {
    int n = b.length;
    for (int col = 0; col < n; col++) {
      int pivot = col;
      for (int r = col + 1; r < n; r++) {
        pivot = Math.abs(a[r][col]) > Math.abs(a[pivot][col]) ? r : pivot;
      }
      double[] row = a[col];
      a[col] = a[pivot];
      a[pivot] = row;
      double value = b[col];
      b[col] = b[pivot];
      b[pivot] = value;
      for (int r = col + 1; r < n; r++) {
        double factor = a[r][col] / a[col][col];
        b[r] -= factor * b[col];
        for (int c = col; c < n; c++) {
          a[r][c] -= factor * a[col][c];
        }
      }
    }
    double[] x = new double[n];
    for (int r = n - 1; r >= 0; r--) {
      double sum = b[r];
      for (int c = r + 1; c < n; c++) {
        sum -= a[r][c] * x[c];
      }
      x[r] = sum / a[r][r];
    }
    return x;
  }
}
