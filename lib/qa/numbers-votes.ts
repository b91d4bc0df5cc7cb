// A vote's tally with its sides swapped: “approved the increase by 68 votes to 31” written 찬성 31표,
// 반대 68표. Both numbers are in the Korean, so the numbers check proper sees nothing missing. The
// English gives the sides in words (68 in favour, 31 against; 31 opposed) or by the verb: a motion
// approved, passed or adopted “by 68 votes to 31” (68–31, a 68-31 vote) had 68 for it; one rejected or
// defeated by those votes had 68 against it. A Korean 찬성 N and 반대 M that take the other sides is
// flagged on the 찬성 figure. A tally the English does not tie to a side is not judged.

export interface VoteSwap {
  text: string;
  start: number;
  end: number;
  /** The English's votes for and against. */
  yes: number;
  no: number;
}

const NUM = '(\\d{1,3}(?:,\\d{3})*|\\d+)';
const YES_EN = new RegExp(
  `\\b${NUM} (?:votes? |members? |lawmakers? |senators? )?(?:in favou?r\\b|for(?= it\\b|[,;]| and\\b)|for the (?:bill|motion|measure|plan|proposal)\\b|voted for\\b|supporting\\b)`,
  'i',
);
const NO_EN = new RegExp(`\\b${NUM} (?:votes? |members? |lawmakers? |senators? )?(?:against|opposed|voted against)\\b`, 'i');
const PASSED = /\b(?:approv|pass|adopt|endors|back|ratifi|confirm|carri|elect|accept)\w*\b/i;
const FAILED = /\b(?:reject|defeat|vot(?:ed|es|ing) down|block|fail|turn(?:ed|s)? down|overr?ul|vetoed)\w*\b/i;
// “by 68 votes to 31”, “by 68-31”, “in a 68-31 vote”, “68 to 31”.
const TALLY_EN = new RegExp(`\\b${NUM}(?: votes?)? ?(?:to|-|–) ?${NUM}(?: votes?)?\\b(?! (?:percent|per cent|%))`, 'i');
const YES_KO = /찬성\s?(\d{1,3}(?:,\d{3})+|\d+)(?:\s?[표명석])?/;
const NO_KO = /반대\s?(\d{1,3}(?:,\d{3})+|\d+)(?:\s?[표명석])?/;

const num = (s: string) => Number(s.replace(/,/g, ''));

/** The English's votes for and against, when it ties them to a side. */
function englishSides(src: string): { yes: number; no: number } | null {
  const yes = YES_EN.exec(src);
  const no = NO_EN.exec(src);
  if (yes && no) return { yes: num(yes[1]!), no: num(no[1]!) };
  if (!/vote|ballot|tally|\d ?(?:to|-|–) ?\d/i.test(src)) return null;
  const t = TALLY_EN.exec(src);
  if (!t) return null;
  // The verb of the clause before the tally decides which side the first figure is.
  const before = src.slice(Math.max(0, t.index - 120), t.index);
  const passed = PASSED.test(before);
  const failed = FAILED.test(before);
  if (passed === failed) return null;
  const [a, b] = [num(t[1]!), num(t[2]!)];
  return passed ? { yes: a, no: b } : { yes: b, no: a };
}

/** A Korean 찬성/반대 tally whose figures take the English's other sides. */
export function swappedVotes(src: string, tgt: string): VoteSwap | null {
  if (!tgt.includes('찬성') || !tgt.includes('반대') || !/\d/.test(src)) return null;
  const yesKo = YES_KO.exec(tgt);
  const noKo = NO_KO.exec(tgt);
  if (!yesKo || !noKo) return null;
  const sides = englishSides(src);
  if (!sides || sides.yes === sides.no) return null;
  if (num(yesKo[1]!) !== sides.no || num(noKo[1]!) !== sides.yes) return null;
  return { text: yesKo[0], start: yesKo.index, end: yesKo.index + yesKo[0].length, ...sides };
}
