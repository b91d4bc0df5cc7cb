// A change “from X to Y” keeps its order in Korean (X에서 Y로): “slipped from 23rd to 27th” is
// 23위에서 27위로 떨어졌다, “fell from 3.1% to 2.8%” 3.1%에서 2.8%로. Both figures are kept when the
// order is reversed, so the value match sees nothing: a Korean “Y…에서 X…로” whose figures are the
// source's X and Y the other way round, with no “X…에서 Y…로” beside it, is flagged.
import { makeIssue, q } from './shared';
import type { QaIssue, QaLocale } from './types';

const NUM = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
// from 23rd to 27th, from 3.1% to 2.8%, from $4 billion to $5 billion, from 12 to 9 percent.
const EN_FROM_TO = new RegExp(
  String.raw`\bfrom\s+(?:about\s+|around\s+|some\s+)?[$€£¥]?(${NUM})(?:st|nd|rd|th)?(?:\s?(?:%|percent|per cent))?(?:\s+[a-z]+){0,2}?\s+to\s+(?:about\s+|around\s+)?[$€£¥]?(${NUM})`,
  'gi',
);
// 23위에서 27위로, 3.1%에서 2.8%로, 12개에서 9개로: a figure with at most a four-character unit, 에서,
// then at most one word and the second figure with its unit and 로/으로.
const KO_FROM_TO = new RegExp(
  String.raw`(?<![\d.,])(${NUM})[^\d\s에]{0,4}에서\s(?:[가-힣]+\s)?(?:약\s?)?(${NUM})[^\d\s]{0,4}?(?:으로|로)(?![가-힣])`,
  'g',
);
const val = (s: string) => Number(s.replace(/,/g, ''));

export function reversedRanges(source: string, target: string, locale: QaLocale): QaIssue[] {
  if (!/\bfrom\b/i.test(source) || !target.includes('에서')) return [];
  const pairs = new Set<string>();
  for (const m of source.matchAll(EN_FROM_TO)) if (val(m[1]!) !== val(m[2]!)) pairs.add(`${val(m[1]!)}>${val(m[2]!)}`);
  if (pairs.size === 0) return [];
  const found = [...target.matchAll(KO_FROM_TO)].map((m) => ({ m, key: `${val(m[1]!)}>${val(m[2]!)}` }));
  const out: QaIssue[] = [];
  for (const { m } of found) {
    const a = val(m[1]!);
    const b = val(m[2]!);
    const forward = `${b}>${a}`;
    if (!pairs.has(forward) || pairs.has(`${a}>${b}`) || found.some((f) => f.key === forward)) continue;
    out.push(
      makeIssue('numbers', locale, {
        severity: 'error',
        key: `reversed:${a}>${b}`,
        targetSpan: { start: m.index!, end: m.index! + m[0].length },
        message: {
          en: `${q(m[0])}: the source goes from ${b} to ${a}. Were the two figures swapped?`,
          ko: `${q(m[0])}: 원문은 ${b}에서 ${a}(으)로 바뀐 것입니다. 두 숫자가 뒤바뀌지 않았습니까?`,
        },
      }),
    );
  }
  return out;
}
