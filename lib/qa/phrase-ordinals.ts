// One ordinal with one head written two ways in one document (4차 발사 in three paragraphs, 네 번째
// 발사 in a fourth, for “the fourth launch”): the series number (4차, 제4차), digits with 번째 (4번째)
// and a Korean numeral (네 번째, 넷째) are three ways of writing it, and a document keeps one for
// one thing. Pure: phrase-consistency.ts turns the findings into issues.

import { EN_ORDINALS } from '../text/number-words-en';

const NATIVE: Record<string, number> = {
  첫: 1,
  두: 2,
  둘: 2,
  세: 3,
  셋: 3,
  네: 4,
  넷: 4,
  다섯: 5,
  여섯: 6,
  일곱: 7,
  여덟: 8,
  아홉: 9,
  열: 10,
};
/** English ordinal words by value (first … the shared list of lib/text). */
const ENGLISH = new Map(Object.entries(EN_ORDINALS).map(([w, n]) => [n, w]));
const SUFFIX = (n: number) => (n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th');

// 4차 / 제4차 (series), 4번째 (digits), 네 번째 / 넷째 (a Korean numeral), then the head word. Not
// 4년째, 23일째 (a duration: “for the fourth year”), nor 4차 with no word after it (내년 5차, …).
const ORDINAL =
  /(?<![0-9A-Za-z가-힣])(?:제\s?(\d{1,2})\s?차|(\d{1,2})\s?차|(\d{1,2})\s?번째|(첫|두|세|네|다섯|여섯|일곱|여덟|아홉|열)\s?번째|(첫|둘|셋|넷)째)\s+([가-힣]{2,})/g;

export interface OrdinalFinding {
  segmentId: string;
  /** The odd form as written (네 번째 발사) and where it starts in the target. */
  variant: string;
  start: number;
  /** The form the rest of the document uses (4차 발사), and a segment that uses it. */
  usual: string;
  relatedSegmentId: string;
  /** The English ordinal of the segment's source (fourth, 4th). */
  english: string;
}

/** The English ordinal for n in a source text, if it has one (fourth, 4th). */
function englishOrdinal(source: string, n: number): string | undefined {
  const word = ENGLISH.get(n);
  const m = source.match(new RegExp(`\\b(?:${word ? `${word}|` : ''}${n}${SUFFIX(n)})\\b`, 'i'));
  return m?.[0].toLowerCase();
}

/**
 * Ordinals of one number and one head (the head's stem: 발사가, 발사는 → 발사) written in two styles;
 * the style used fewer times (on a tie, the later one) is reported where its segment's source has
 * the English ordinal.
 */
export function ordinalFindings(
  segments: readonly { id: string; sourceText: string; targetText: string }[],
  stemOf: (word: string) => string,
): OrdinalFinding[] {
  // "n head" → style → occurrences
  const byKey = new Map<string, Map<string, { id: string; start: number; text: string; order: number }[]>>();
  let order = 0;
  for (const s of segments) {
    if (!/\d\s?차|번째|째\s/.test(s.targetText)) continue;
    for (const m of s.targetText.matchAll(ORDINAL)) {
      const n = Number(m[1] ?? m[2] ?? m[3] ?? 0) || NATIVE[m[4] ?? m[5] ?? ''] || 0;
      if (!n) continue;
      const style = m[1] || m[2] ? 'series' : m[3] ? 'digits' : 'native';
      const head = stemOf(m[6]!);
      const key = `${n} ${head}`;
      let styles = byKey.get(key);
      if (!styles) byKey.set(key, (styles = new Map()));
      const list = styles.get(style) ?? [];
      list.push({ id: s.id, start: m.index!, text: m[0].slice(0, m[0].length - m[6]!.length) + head, order: order++ });
      styles.set(style, list);
    }
  }
  const sources = new Map(segments.map((s) => [s.id, s.sourceText]));
  const out: OrdinalFinding[] = [];
  for (const [key, styles] of byKey) {
    if (styles.size < 2) continue;
    const n = Number(key.slice(0, key.indexOf(' ')));
    const ranked = [...styles.values()].sort((a, b) => b.length - a.length || a[0]!.order - b[0]!.order);
    const usual = ranked[0]!;
    for (const list of ranked.slice(1))
      for (const x of list) {
        const english = englishOrdinal(sources.get(x.id) ?? '', n);
        if (!english) continue;
        const related = usual.find((u) => u.id !== x.id) ?? usual[0]!;
        out.push({ segmentId: x.id, variant: x.text, start: x.start, usual: usual[0]!.text, relatedSegmentId: related.id, english });
      }
  }
  return out;
}
