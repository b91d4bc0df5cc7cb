// Length model in the spirit of Gale & Church (1993): the target length of a bead is roughly normal
// around ratio × source length, with variance growing with length. Unlike the classic model the
// ratio is not 1 — Korean needs far fewer characters than English — and both the ratio and the
// variance are estimated per document pair, shrunk towards a prior so short documents stay sane.

export interface LengthModel {
  /** Expected target characters per source character (whitespace excluded). */
  ratio: number;
  /** Variance per target character of (target − ratio × source). */
  variance: number;
  /** Floor on the relative error: long paragraphs still vary by a few percent. */
  relative: number;
}

// Prior for English → Korean news prose, characters without spaces. Korean needs roughly 40–50% as
// many characters; the variance prior is deliberately generous (measured spreads are smaller).
export const PRIOR_MODEL: LengthModel = { ratio: 0.42, variance: 3, relative: 0.04 };

/** Pseudo-counts: how many paragraph pairs' worth of evidence the prior is worth. */
const PRIOR_WEIGHT_RATIO = 4;
const PRIOR_WEIGHT_VARIANCE = 20;
// Median of a chi-square variable with one degree of freedom: converts a median of squared
// standardised residuals into a variance estimate without letting outliers dominate.
const CHI2_MEDIAN = 0.4549;

/** First guess from totals alone: the share of the whole document, weighted by paragraph count. */
export function initialModel(sourceChars: number, targetChars: number, pairs: number, prior: LengthModel = PRIOR_MODEL): LengthModel {
  if (sourceChars <= 0 || targetChars <= 0 || pairs <= 0) return prior;
  const w = Math.min(pairs, 200);
  const logRatio = (w * Math.log(targetChars / sourceChars) + PRIOR_WEIGHT_RATIO * Math.log(prior.ratio)) / (w + PRIOR_WEIGHT_RATIO);
  return { ...prior, ratio: Math.exp(logRatio) };
}

/** Median of a non-empty list (both callers check for at least one value). */
function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/**
 * Re-estimates ratio and variance from beads a first pass found (source and target lengths of its
 * 1:1 beads). Medians keep the misaligned minority from skewing the estimate.
 */
export function refineModel(
  pairs: readonly (readonly [number, number])[],
  start: LengthModel,
  prior: LengthModel = PRIOR_MODEL,
): LengthModel {
  const usable = pairs.filter(([s, t]) => s > 0 && t > 0);
  if (usable.length === 0) return start;
  const w = usable.length;
  const logRatio = median(usable.map(([s, t]) => Math.log(t / s)));
  const ratio = Math.exp((w * logRatio + PRIOR_WEIGHT_RATIO * Math.log(start.ratio)) / (w + PRIOR_WEIGHT_RATIO));
  const z2 = usable.map(([s, t]) => {
    const mean = (ratio * s + t) / 2;
    // The relative-error floor is added back in lengthSigma, so it is taken out here.
    return ((t - ratio * s) ** 2 - CHI2_MEDIAN * (prior.relative * mean) ** 2) / mean;
  });
  const measured = Math.max(0.05, median(z2) / CHI2_MEDIAN);
  const variance = (w * measured + PRIOR_WEIGHT_VARIANCE * prior.variance) / (w + PRIOR_WEIGHT_VARIANCE);
  return { ratio, variance, relative: prior.relative };
}

/** Standard deviation (target characters) expected for a bead of these lengths. */
export function lengthSigma(model: LengthModel, sourceChars: number, targetChars: number): number {
  const mean = Math.max(1, (model.ratio * sourceChars + targetChars) / 2);
  return Math.sqrt(model.variance * mean + (model.relative * mean) ** 2);
}

/** Standardised length mismatch of a bead: 0 when the target has exactly the expected length. */
export function lengthDelta(model: LengthModel, sourceChars: number, targetChars: number): number {
  return (targetChars - model.ratio * sourceChars) / lengthSigma(model, sourceChars, targetChars);
}
