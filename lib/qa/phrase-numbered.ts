// A pass of the phrase-consistency check: one numbered English phrase (phase 3, stage 2, level 4,
// round 2) written with one Korean counter in most segments and another in one (3상 … 3단계, 4단계 …
// 4등급, 2차 … 2라운드). Either counter may be right; two in one document name one stage two ways.
// The counter must follow the same number, the English word before the number must be the same, and
// the odd counter is in no other segment with that phrase.
import { makeIssue, q } from './shared';
import type { QaIssue, QaLocale } from './types';
import { ID } from './phrase-issue';
import { PARTICLE_PAIRS, particleFor } from '../names/particles';

// Counters of a stage, a rank or a round (longest first, so 단계 is not read as 단).
const COUNTERS = ['라운드', '번째', '단계', '등급', '세대', '회차', '상', '차', '기', '급', '호', '단', '회'];
const COUNTER_RE = new RegExp(`^\\s?(${COUNTERS.join('|')})`);
const KO_GATE = new RegExp(`\\d\\s?(?:${COUNTERS.join('|')})`);
const EN_GATE = /[a-z]\s+\d/i;
// An English word of four letters or more before a number of one to three digits (phase 3), not a
// month (June 3) or a word that only counts (about 3, over 3, than 3, from 3).
const EN_RE = /\b([A-Za-z]{4,})\s+(\d{1,3})\b(?![.,]\d)/g;
const NOT_STAGE = new Set(
  'january february march april june july august september october november december about over than from with under more less nearly almost around some just only into after before since until within'.split(
    ' ',
  ),
);

interface Use {
  id: string;
  /** Counter → its offset in the Korean. */
  counters: Map<string, number>;
}

function countersAfter(target: string, n: string): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = target.indexOf(n); i >= 0; i = target.indexOf(n, i + 1)) {
    if (/[\d.,]/.test(target[i - 1] ?? '') || /\d/.test(target[i + n.length] ?? '')) continue;
    const m = COUNTER_RE.exec(target.slice(i + n.length, i + n.length + 4));
    if (m && !out.has(m[1]!)) out.set(m[1]!, i + n.length + m[0].length - m[1]!.length);
  }
  return out;
}

export function numberedPhrasePass(
  segments: readonly { id: string; sourceText: string; targetText: string }[],
  out: Map<string, QaIssue[]>,
  locale: QaLocale,
): void {
  const byPhrase = new Map<string, Use[]>();
  for (const s of segments) {
    // Most segments stop here: no digit with a counter after it in the Korean.
    if (!KO_GATE.test(s.targetText) || !EN_GATE.test(s.sourceText)) continue;
    const seen = new Set<string>();
    for (const m of s.sourceText.matchAll(EN_RE)) {
      const word = m[1]!.toLowerCase();
      const phrase = `${word} ${m[2]}`;
      if (NOT_STAGE.has(word) || seen.has(phrase)) continue;
      seen.add(phrase);
      const counters = countersAfter(s.targetText, m[2]!);
      if (!counters.size) continue;
      const list = byPhrase.get(phrase) ?? [];
      list.push({ id: s.id, counters });
      byPhrase.set(phrase, list);
    }
  }
  for (const [phrase, uses] of byPhrase) {
    if (uses.length < 2) continue;
    for (const x of uses) {
      const others = uses.filter((u) => u !== x);
      for (const [c, at] of x.counters) {
        if (others.some((o) => o.counters.has(c))) continue;
        // The usual counter: in at least half the other segments, and not here.
        const usual = [...new Set(others.flatMap((o) => [...o.counters.keys()]))].find(
          (u) => !x.counters.has(u) && others.filter((o) => o.counters.has(u)).length * 2 >= others.length,
        );
        if (!usual) continue;
        const list = out.get(x.id) ?? [];
        if (list.some((i) => i.targetSpan?.start === at || i.key === `${ID}:${phrase}`)) continue;
        const n = phrase.slice(phrase.indexOf(' ') + 1);
        list.push(
          makeIssue(ID, locale, {
            severity: 'warning',
            key: phrase,
            targetSpan: { start: at, end: at + c.length },
            relatedSegmentId: others.find((o) => o.counters.has(usual))!.id,
            message: {
              en: `${q(phrase)} is written ${q(n + c)} here but ${q(n + usual)} elsewhere in the document.`,
              ko: `${q(phrase)}: 여기서는 ${q(n + c)}, 문서의 다른 곳에서는 ${q(n + usual)}${particleFor(usual, PARTICLE_PAIRS.direction)} 썼습니다.`,
            },
          }),
        );
        out.set(x.id, list);
      }
    }
  }
}
