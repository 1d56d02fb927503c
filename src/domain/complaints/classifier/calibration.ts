/** A held-out example's probabilities from the uncalibrated model and the indexes of its right codes. */
export interface ScoredExample {
  probabilities: Float64Array;
  labels: number[];
}

/** The mapping from the model's raw probability of a category to the probability that the category is right. */
export interface Calibration {
  slope: number;
  intercept: number;
}

const logit = (p: number) => Math.log(Math.max(p, 1e-9) / Math.max(1 - p, 1e-9));

/** The calibrated probability that a category is right, from the model's raw probability. */
export function calibrate(calibration: Calibration, probability: number): number {
  return 1 / (1 + Math.exp(-(calibration.slope * logit(probability) + calibration.intercept)));
}

/**
 * Platt scaling on held-out examples the model did not learn from: a
 * logistic regression of "this category is one of the complaint's labels" on
 * the logit of the model's probability for it, over every (complaint,
 * category) pair. A complaint often has two labels (ถนน and ทางเท้า), and the
 * softmax splits its belief between them, so its raw top score understates
 * how often the top suggestion is right; after scaling, a suggestion shown at
 * 80 % is right about 80 % of the time. Monotone: no ranking changes.
 * Fitted by Newton's method on the two parameters.
 */
export function fitCalibration(examples: readonly ScoredExample[]): Calibration {
  const pairs: { x: number; y: number }[] = [];
  for (const example of examples) {
    example.probabilities.forEach((p, index) => pairs.push({ x: logit(p), y: example.labels.includes(index) ? 1 : 0 }));
  }
  let slope = 1;
  let intercept = 0;
  if (pairs.length === 0) return { slope, intercept };
  for (let iteration = 0; iteration < 50; iteration++) {
    let gs = 0;
    let gi = 0;
    let hss = 1e-6;
    let hsi = 0;
    let hii = 1e-6;
    for (const { x, y } of pairs) {
      const q = 1 / (1 + Math.exp(-(slope * x + intercept)));
      const w = q * (1 - q);
      gs += (q - y) * x;
      gi += q - y;
      hss += w * x * x;
      hsi += w * x;
      hii += w;
    }
    const det = hss * hii - hsi * hsi;
    if (Math.abs(det) < 1e-12) break;
    const ds = (hii * gs - hsi * gi) / det;
    const di = (hss * gi - hsi * gs) / det;
    slope -= ds;
    intercept -= di;
    if (Math.abs(ds) + Math.abs(di) < 1e-9) break;
  }
  return { slope, intercept };
}

/**
 * Expected calibration error of the first suggestion: the gap between the
 * confidence shown and how often it is right, averaged over ten bins of
 * confidence weighted by how many suggestions fall in each.
 */
export function expectedCalibrationError(predictions: readonly { confidence: number; right: boolean }[]): number {
  const bins = Array.from({ length: 10 }, () => ({ count: 0, confidence: 0, right: 0 }));
  for (const prediction of predictions) {
    const bin = bins[Math.min(9, Math.floor(prediction.confidence * 10))]!;
    bin.count++;
    bin.confidence += prediction.confidence;
    if (prediction.right) bin.right++;
  }
  const total = predictions.length || 1;
  return bins.reduce(
    (error, bin) => error + (bin.count ? (bin.count / total) * Math.abs(bin.confidence / bin.count - bin.right / bin.count) : 0),
    0,
  );
}
