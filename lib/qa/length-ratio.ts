// Length ratio outliers: a Korean target far shorter or longer than usual for its English source
// usually means a dropped or duplicated sentence, or a paste into the wrong segment.
//
// Calibration (UTF-16 characters of the trimmed texts, segments with ≥ 40 source characters): the
// clean reference translation lib/qa/fixtures/korean-peninsula-a-to-z.ko.txt, 18 paragraph pairs,
// gives mean ln(target/source) = -0.867 (ratio 0.420) and standard deviation 0.102. Korean
// news prose runs at about 42 % of the English length because Hangul packs a syllable into one
// character. We flag beyond 3σ below (0.31) and 4σ above (0.63). length-ratio.test.ts recomputes
// these figures from the fixture, so they cannot drift from the data silently.
import type { CheckContext, SegmentCheck } from './check';
import { makeIssue } from './shared';

const ID = 'length-ratio';
const DATELINE_RE = /^\s*[A-Z][A-Za-z .'-]*[A-Z],(?:\s+[A-Z][a-z]{2,4}\.?\s+\d{1,2},?)?\s*(?:\([^)]{2,30}\))?\s*(?:--|—|–|-)\s*/;

// A source word the translator repeats in brackets after its Korean form, 라르스 하우겐(Lars Haugen),
// 에게메리디안해운(Aegean Meridian Shipping): a gloss copied from the source, not translated text,
// so it does not count towards the length.
const GLOSS_RE = /(?<=[가-힣])\s?[(（]([^()（）]{2,80})[)）]/g;
const sourceHas = (source: string, inner: string) => /[A-Za-z]/.test(inner) && source.toLowerCase().includes(inner.trim().toLowerCase());

// Sentence endings carry register, not content: the calibration is news prose in 해라체 (있다, 든다),
// and the same sentence in 합쇼체 (있습니다, 듭니다, 있습니다”라면서) or 해요체 (있어요) runs a syllable
// or two longer per sentence. A paragraph is judged long only if it is still long with its polite
// endings counted at their 해라체 length; the short side keeps the plain count (reading endings
// shorter could only make a polite paragraph look shorter than it is).
// 습니다/습니까 → 다/나 (-2); a syllable with final ㅂ before 니다/니까 (듭니다, 합니다 → 든다, 한다): -1;
// a quotative 라 after 니다” (있습니다”라면서 → 있다”면서): -1; 해요체 요 before an end mark or a
// closing quotation mark (있어요. → 있어.): -1.
const POLITE_ENDING_RE = /(습|[가-힣])니[다까]([”"]라)?|[가-힣]요(?=[.?!”"]|\s*$)/g;

/** How many characters the polite endings of a Korean text add over their 해라체 forms. */
export function politeExcess(text: string): number {
  if (!/니[다까]|요/.test(text)) return 0;
  let n = 0;
  for (const m of text.matchAll(POLITE_ENDING_RE)) {
    if (m[1] === undefined)
      n += 1; // 요
    // 습니다; 듭니다, 합니다: the syllable before 니다 closes in the ending's own ㅂ.
    else if (m[1] === '습') n += 2;
    else if ((m[1].charCodeAt(0) - 0xac00) % 28 === 17) n += 1;
    if (m[2]) n += 1;
  }
  return n;
}

/** Korean written as a headline: no sentence closed by a verb ending and a stop, no final stop or verb ending. */
export function headlineStyle(target: string): boolean {
  const t = target.trim();
  return !/[다요까죠][.?!]/.test(t) && !/(?:[.?!。]|[다요까죠])[”"’')\]]*$/.test(t);
}

export const LENGTH_RATIO_CALIBRATION = {
  logMean: -0.867,
  logStd: 0.102,
  sigmas: 3,
  minSourceChars: 40,
  /** ln(Korean / English) of the whole fixture, the English without spaces and hyphens (as docSourceCompact). */
  docLogRatio: -0.681,
} as const;

// Translators differ: one who writes 이 대표는 for "she" and spells out every clause runs at half
// the English length where the calibration's translator runs at 42 %. A paragraph is long for its
// own document: the rest of the document, once it is long enough to show the translator's habit
// (≥ 2000 characters of English), moves the long bound up by how much longer it runs than the
// calibration (never down, never by more than 0.3 in log terms, and never by the paragraph judged).
const MIN_REST = 2000;
const MAX_SHIFT = 0.3;
const compactLength = (s: string) => s.replace(/[-‐\s]/g, '').length;
function documentShift(ctx: CheckContext, source: string, target: string): number {
  const docS = ctx.docSourceCompact?.();
  const docT = ctx.docText?.();
  if (!docS || !docT) return 0;
  const restS = docS.length - compactLength(source);
  const restT = docT.length - target.length;
  if (restS < MIN_REST || restT <= 0) return 0;
  return Math.min(MAX_SHIFT, Math.max(0, Math.log(restT / restS) - LENGTH_RATIO_CALIBRATION.docLogRatio));
}

export interface RatioStats {
  n: number;
  logMean: number;
  logStd: number;
}

/** Mean and sample standard deviation of ln(target/source) over pairs long enough to count. */
export function calibrateLengthRatio(pairs: readonly { source: string; target: string }[], minSourceChars = 40): RatioStats {
  const logs = pairs
    .map((p) => ({ s: p.source.trim().length, t: p.target.trim().length }))
    .filter((p) => p.s >= minSourceChars && p.t > 0)
    .map((p) => Math.log(p.t / p.s));
  const n = logs.length;
  const logMean = logs.reduce((a, b) => a + b, 0) / n;
  const logStd = Math.sqrt(logs.reduce((a, b) => a + (b - logMean) ** 2, 0) / (n - 1));
  return { n, logMean, logStd };
}

/** The ratio's distance from the calibrated mean, in standard deviations widened for a short source. */
function zOf(ratio: number, s: number, shift = 0): number {
  const { logMean, logStd } = LENGTH_RATIO_CALIBRATION;
  return (Math.log(ratio) - logMean - shift) / (logStd * Math.sqrt(Math.max(1, 250 / s)));
}

export const lengthRatioCheck: SegmentCheck = {
  id: ID,
  scope: 'segment',
  run(segment, ctx) {
    const { logMean, sigmas, minSourceChars } = LENGTH_RATIO_CALIBRATION;
    // A wire dateline ("SEOUL, Feb. 6 (Yonhap) --") is dropped or rewritten by Korean news.
    const s = segment.sourceText.replace(DATELINE_RE, '').trim().length;
    const t = segment.targetText.replace(GLOSS_RE, (g, inner: string) => (sourceHas(segment.sourceText, inner) ? '' : g)).trim().length;
    if (s < minSourceChars || t === 0) return [];
    const ratio = t / s;
    // The calibration is on paragraphs (about 250 characters); a short sentence's ratio varies more
    // (the spread of a ratio grows as the length shrinks), so the band widens for it (zOf).
    const z = zOf(ratio, s);
    // Longer than usual is looser (4σ): translators who explain more run long without error, and
    // the calibration comes from one translator; a missing sentence is the dropped-sentence check's.
    if (z >= -sigmas && z <= sigmas + 1) return [];
    // A headline or standfirst in Korean headline style (noun endings, … and · for joins, no full
    // stop) is terser than prose: short only beyond 4σ, as long is.
    if (z < -sigmas && z >= -(sigmas + 1) && headlineStyle(segment.targetText)) return [];
    if (z > sigmas + 1) {
      const shift = documentShift(ctx, segment.sourceText, segment.targetText);
      if (zOf((t - politeExcess(segment.targetText)) / s, s, shift) <= sigmas + 1) return [];
    }
    const short = z < 0;
    const pct = Math.round(ratio * 100);
    const usual = Math.round(Math.exp(logMean) * 100);
    return [
      makeIssue(ID, ctx.locale, {
        severity: 'warning',
        key: short ? 'short' : 'long',
        message: short
          ? {
              en: `The translation is unusually short: ${pct}% of the source length (usually about ${usual}%). Is something missing?`,
              ko: `번역문이 유난히 짧습니다. 원문 길이의 ${pct}%입니다(보통 약 ${usual}%). 빠진 내용이 없는지 확인하세요.`,
            }
          : {
              en: `The translation is unusually long: ${pct}% of the source length (usually about ${usual}%). Is something repeated or added?`,
              ko: `번역문이 유난히 깁니다. 원문 길이의 ${pct}%입니다(보통 약 ${usual}%). 중복되거나 덧붙은 내용이 없는지 확인하세요.`,
            },
      }),
    ];
  },
};
