// The acronyms check on acronyms Korean writes in Hangul: an international body's acronym read out
// in Hangul (유네스코, 유니세프, 나토, 아세안) that another body's stands for where the English names
// that one (유니세프 협약 for the UNESCO Convention), and a Korean short form in brackets that the
// document never uses (문화체육관광부(문광부), then 문체부 throughout: phrase-abbreviations.ts).
import type { QaIssue, QaLocale } from './types';
import { makeIssue, q } from './shared';
import { PARTICLE_PAIRS, particleFor } from '../names/particles';
import { takenFrom, unusedDeclaredShortForms } from './phrase-abbreviations';

const ID = 'acronyms';

// Bodies Korean names by their acronym written in Hangul, with the English forms that name them.
// General knowledge; 나사 (NASA) is left out (나사 is also a screw).
const HANGUL_ACRONYMS: readonly (readonly [string, string, RegExp])[] = [
  ['유네스코', 'UNESCO', /\bUNESCO\b|\bUnesco\b|United Nations Educational/],
  ['유니세프', 'UNICEF', /\bUNICEF\b|\bUnicef\b|Children['’]s Fund/],
  ['나토', 'NATO', /\bNATO\b|\bNato\b|North Atlantic Treaty/],
  ['아세안', 'ASEAN', /\bASEAN\b|\bAsean\b|Association of South-?East Asian/i],
  ['오펙', 'OPEC', /\bOPEC\b|\bOpec\b|Petroleum Exporting/],
  ['에이펙', 'APEC', /\bAPEC\b|\bApec\b|Asia-Pacific Economic Cooperation/],
  ['이코모스', 'ICOMOS', /\bICOMOS\b|Council on Monuments and Sites/],
  ['인터폴', 'INTERPOL', /\bINTERPOL\b|\bInterpol\b|Criminal Police Organi[sz]ation/],
  ['유엔에이즈', 'UNAIDS', /\bUNAIDS\b/],
  ['유니도', 'UNIDO', /\bUNIDO\b|Industrial Development Organi[sz]ation/],
  ['피파', 'FIFA', /\bFIFA\b|\bFifa\b/],
];
const HANGUL_RE = new RegExp(`(?<![가-힣])(${HANGUL_ACRONYMS.map(([h]) => h).join('|')})(?=[가-힣]{0,3}(?![가-힣]))`, 'g');
const BY_HANGUL = new Map(HANGUL_ACRONYMS.map((e) => [e[0], e]));

// A body's full Korean name with, in brackets, a short form that is not drawn from it: another
// body's short form (산업통상자원부(중기부), 국가정보원(국방부)). A Korean short form takes syllables of
// the full name in order and keeps its last (국정원 ⊂ 국가정보원, 노동부 ⊂ 고용노동부, 건보공단 ⊂
// 국민건강보험공단); one that ends like the name but has a syllable the name lacks names something else.
const BRACKETED_SHORT = /(?<![가-힣])([가-힣]{3,14}([부청처원단]))[(（]([가-힣]{1,4})\2[)）]/g;
// The same with the name's first syllable: a short form starts where the name starts (한전 ⊂ 한국전력,
// 중대본 ⊂ 중앙재난안전대책본부, 금융위 ⊂ 금융위원회), so a bracket of two to four syllables opening on the
// name's first syllable is offered as its short form; a syllable the name lacks makes it another
// body's (한국전력(한수원), 금융위원회(금감원), 중앙재난안전대책본부(중수본)).
const BRACKETED_SAME_START = /(?<![가-힣])([가-힣]{4,14})[(（]([가-힣]{2,4})[)）]/g;
/** Bracketed short forms that are not taken from the full name before them. */
export function foreignShortForms(text: string): { full: string; short: string; start: number }[] {
  if (!text.includes('(') && !text.includes('（')) return [];
  const out: { full: string; short: string; start: number }[] = [];
  for (const m of text.matchAll(BRACKETED_SHORT)) {
    const full = m[1]!;
    const short = m[3]! + m[2]!;
    if (short.length < 3 || short.length >= full.length || takenFrom(short, full)) continue;
    out.push({ full, short, start: m.index + full.length + 1 });
  }
  for (const m of text.matchAll(BRACKETED_SAME_START)) {
    const [, full, short] = m as unknown as [string, string, string];
    const start = m.index + full.length + 1;
    if (short[0] !== full[0] || short.length >= full.length || takenFrom(short, full)) continue;
    if (out.some((o) => o.start === start)) continue;
    out.push({ full, short, start });
  }
  return out;
}

export function koreanAcronymPass(
  segments: readonly { id: string; sourceText: string; targetText: string }[],
  out: Map<string, QaIssue[]>,
  locale: QaLocale,
): void {
  const add = (id: string, issue: QaIssue) => out.set(id, [...(out.get(id) ?? []), issue]);
  for (const s of segments) {
    if (!HANGUL_RE.test(s.targetText)) continue;
    HANGUL_RE.lastIndex = 0;
    for (const m of s.targetText.matchAll(HANGUL_RE)) {
      const [, latin, named] = BY_HANGUL.get(m[1]!)!;
      if (named.test(s.sourceText)) continue;
      // Another body of the table the English names here and the Korean does not write: its place taken.
      const lost = HANGUL_ACRONYMS.find(([h, , re]) => h !== m[1] && re.test(s.sourceText) && !s.targetText.includes(h));
      if (!lost) continue;
      add(
        s.id,
        makeIssue(ID, locale, {
          severity: 'warning',
          key: `unknown:${latin}`,
          targetSpan: { start: m.index, end: m.index + m[1]!.length },
          message: {
            en: `${q(m[1]!)} (${latin}) stands where the source has ${q(lost[1])} (${lost[0]}).`,
            ko: `${q(m[1]!)}(${latin}): 원문은 이 자리에 ${q(lost[1])}${particleFor(lost[1], PARTICLE_PAIRS.object)} 씁니다(${lost[0]}).`,
          },
        }),
      );
    }
  }
  for (const s of segments)
    for (const f of foreignShortForms(s.targetText))
      add(
        s.id,
        makeIssue(ID, locale, {
          severity: 'warning',
          key: `foreign-short:${f.short}`,
          targetSpan: { start: f.start, end: f.start + f.short.length },
          message: {
            en: `The short form ${q(f.short)} in brackets is not drawn from ${q(f.full)}: it may name another body.`,
            ko: `괄호 속 약칭 ${q(f.short)}${particleFor(f.short, PARTICLE_PAIRS.topic)} ${q(f.full)}에서 나온 말이 아닙니다. 다른 기관의 약칭일 수 있습니다.`,
          },
        }),
      );
  for (const d of unusedDeclaredShortForms(segments))
    add(
      d.segmentId,
      makeIssue(ID, locale, {
        severity: 'warning',
        key: `short:${d.short}`,
        targetSpan: { start: d.start, end: d.start + d.short.length },
        message: {
          en: `The short form ${q(d.short)} given for ${q(d.full)} is not the one the document uses (${q(d.usual)}).`,
          ko: `${q(d.full)}의 약칭을 ${q(d.short)}${particleFor(d.short, PARTICLE_PAIRS.direction)} 밝혔지만 문서의 다른 곳에서는 ${q(d.usual)}${particleFor(d.usual, PARTICLE_PAIRS.object)} 씁니다.`,
        },
      }),
    );
}
