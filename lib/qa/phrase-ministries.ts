// A ministry under an older or a shortened official name (문화관광부 for the Ministry of Culture,
// Sports and Tourism, 노동부 for the Ministry of Employment and Labor): the English names every
// portfolio, and a Korean ministry name (…부) written with some of their words leaves one out before
// a later one it keeps whole. Abbreviations stay silent: they keep the first portfolio and then at
// most first syllables (문체부, 고용부, 산업부, 행안부).
import type { NearFinding } from './phrase-near-forms';

// English portfolio words and the Korean word each takes in a ministry's name.
const PORTFOLIOS: Record<string, string> = {
  culture: '문화',
  sports: '체육',
  sport: '체육',
  tourism: '관광',
  employment: '고용',
  labor: '노동',
  labour: '노동',
  health: '보건',
  welfare: '복지',
  education: '교육',
  land: '국토',
  transport: '교통',
  trade: '통상',
  industry: '산업',
  energy: '에너지|자원',
  resources: '자원|에너지',
  interior: '행정',
  safety: '안전',
  gender: '여성',
  family: '가족',
  science: '과학',
  oceans: '해양',
  fisheries: '수산',
  agriculture: '농림',
  food: '식품',
  environment: '환경',
  economy: '경제',
  finance: '재정',
  strategy: '기획',
  unification: '통일',
  justice: '법무',
  defense: '국방',
  defence: '국방',
  patriots: '보훈',
  veterans: '보훈',
};

/** The portfolios a source's “Ministry of …” (or “Minister of …”) names, in order. */
export function ministryPortfolios(source: string): string[][] {
  const out: string[][] = [];
  for (const m of source.matchAll(/Minist(?:ry|er) of ((?:[A-Z][a-z]+|and|,|\s)+)/g)) {
    const ko = [...m[1]!.matchAll(/[A-Z][a-z]+/g)].map((w) => PORTFOLIOS[w[0].toLowerCase()]).filter((w): w is string => !!w);
    if (ko.length >= 2) out.push(ko);
  }
  return out;
}

/**
 * The Korean ministry name leaves a portfolio out: it keeps two portfolios whole and has no syllable
 * of a third (문화관광부), or it is one portfolio alone that a fuller name of the document has after
 * another one (노동부 beside 고용노동부). An abbreviation keeps the front (고용부, 산업부, 문체부).
 */
export function dropsPortfolio(name: string, portfolios: readonly string[], fuller: readonly string[] = [], aloneOnly = false): boolean {
  if (!name.endsWith('부')) return false;
  const alts = portfolios.map((p) => p.split('|'));
  const whole = alts.filter((a) => a.some((p) => name.includes(p)));
  const none = alts.filter((a) => a.every((p) => ![...p].some((c) => name.includes(c))));
  if (!aloneOnly && whole.length >= 2 && none.length >= 1) return true;
  const alone = alts.flat().find((p) => `${p}부` === name);
  return !!alone && fuller.some((f) => f !== name && f.includes(alone) && !f.startsWith(alone) && f.endsWith('부'));
}

/** A ministry the document names in full (in any segment), written without a portfolio in a segment
 *  whose English speaks of a ministry or a minister. */
export function ministryFindings(segments: readonly { id: string; sourceText: string; targetText: string }[]): NearFinding[] {
  const named = segments.flatMap((s) => (/Minist(?:ry|er) of /.test(s.sourceText) ? ministryPortfolios(s.sourceText) : []));
  const out: NearFinding[] = [];
  if (!named.length) return out;
  // The document's longer ministry names (고용노동부), read only when a one-portfolio name is seen.
  let fullerMemo: string[] | undefined;
  const fuller = () =>
    (fullerMemo ??= [
      ...new Set(segments.flatMap((s) => s.targetText.match(/[가-힣]{4,}부(?=[은는이가을를의와과에도로만]|[^가-힣]|$)/g) ?? [])),
    ]);
  const alone = new Set(named.flat().flatMap((p) => p.split('|').map((a) => `${a}부`)));
  for (const s of segments) {
    if (!/\bminist(?:ry|er|ries)\b/i.test(s.sourceText)) continue;
    // A portfolio dropped between two kept (문화관광부) against this segment's own English only:
    // another segment may name another country's ministry (경제산업성's Economy, Trade and Industry).
    const own = ministryPortfolios(s.sourceText);
    for (const m of s.targetText.matchAll(/[가-힣]{2,}부(?=[은는이가을를의와과에도로만]|[^가-힣]|$)/g)) {
      const ps =
        own.find((p) => dropsPortfolio(m[0], p)) ??
        (alone.has(m[0]) ? named.find((p) => dropsPortfolio(m[0], p, fuller(), true)) : undefined);
      if (ps)
        out.push({
          segmentId: s.id,
          english: 'ministry',
          variant: m[0],
          usual: fuller().find((f) => dropsPortfolio(m[0], ps, [f])) ?? `${ps.map((p) => p.split('|')[0]).join('')}부`,
          start: m.index,
          relatedSegmentId: s.id,
        });
    }
  }
  return out;
}
