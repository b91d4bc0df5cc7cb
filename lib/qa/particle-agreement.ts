// Korean particles must agree with the final syllable of the word they follow: 권정근는 → 권정근은,
// 세계식량계획를 → 세계식량계획을, 서울으로 → 서울로, 김 위원장는 → 김 위원장은, 합의을 → 합의를.
// Glossary targets and Hangul glosses the source gives in parentheses ("Kwon Jong-gun(권정근)")
// are checked first, by their known form; every other word through particle-nouns.ts, which
// only judges endings that cannot belong to a verb or a longer noun.
import type { SegmentCheck } from './check';
import { makeIssue, q, findAllLiteral, uniqueKeys } from './shared';
import type { QaIssue, QaLocale } from './types';
import { checkParticleAfter, checkParticleAfterFinals, latinFinals, PARTICLE_PAIRS, particleFor } from '../names/particles';
import {
  bareQuotativeCopulaSlips,
  copulaSlips,
  percentCopulaSlips,
  presentCopulaSlips,
  quotedCopulaSlips,
  quotedOpenCopulaSlips,
} from './particle-copula';
import { findNounParticleMismatches, nounLookup, particleEvidence } from './particle-nouns';
import { naAfterClosed } from './particle-na';
import { numberParticleSlips } from './particle-numbers';
import { roleSseoSlips } from './particle-roles';
import { verbParticleSlips } from './particle-verbs';

const ID = 'particle-agreement';
const GLOSS_RE = /[A-Za-z.\-]\s?[(（]([가-힣]{2,8})[)）]/g;
// A Latin gloss in brackets after a Korean word: (KOCCA), (Korea Creative Content Agency).
const LATIN_GLOSS = /^\([A-Za-z][A-Za-z0-9&.\- ]{0,36}\)/;

// The glossary's Korean forms, once per compiled glossary (not once per segment): the forms
// judged, in glossary order, and the same longest first (the list of a segment without glosses).
interface GlossaryForms {
  forms: string[];
  sorted: string[];
}
const FORMS = new WeakMap<object, GlossaryForms>();

function glossaryForms(targets: string[]): GlossaryForms {
  // One-syllable forms (북, 한) occur inside too many other words to judge what follows them.
  const forms = [...new Set(targets.filter((w) => w.length >= 2 && /[가-힣\d]$/.test(w)))];
  return { forms, sorted: byLength(forms) };
}

// Longest first: a longer form claims its particle before a shorter form inside it can.
const byLength = (words: string[]) => [...words].sort((a, b) => b.length - a.length);

function knownWords(sourceText: string, glossary: GlossaryForms): string[] {
  // Most sources gloss no name in Hangul: the glossary's own list, sorted once.
  if (!/[(（]/.test(sourceText)) return glossary.sorted;
  let words: Set<string> | null = null;
  for (const m of sourceText.matchAll(GLOSS_RE)) (words ??= new Set(glossary.forms)).add(m[1]!);
  return words ? byLength([...words]) : glossary.sorted;
}

// The message of each wrong word, built once (es-hangul picks its particle): a long run of one
// wrong word repeats it thousands of times.
const MESSAGES = new Map<string, { en: string; ko: string }>();
function message(word: string, found: string, expected: string): { en: string; ko: string } {
  const wrong = word + found;
  const right = word + expected;
  const key = `${wrong}\u0000${expected}`;
  let m = MESSAGES.get(key);
  if (!m) {
    m = {
      en: `Particle does not agree with ${q(word)}: write ${q(right)}, not ${q(wrong)}.`,
      ko: `${q(word)}에 붙은 조사가 맞지 않습니다. ${q(wrong)} 대신 ${q(right)}${particleFor(right, PARTICLE_PAIRS.direction)} 쓰세요.`,
    };
    // Bounded: words are the translation's, a cache of the last few hundred is plenty.
    if (MESSAGES.size >= 500) MESSAGES.clear();
    MESSAGES.set(key, m);
  }
  return m;
}

function issue(word: string, found: string, expected: string, start: number, end: number, locale: QaLocale): QaIssue {
  return makeIssue(ID, locale, {
    severity: 'warning',
    key: word + found,
    targetSpan: { start, end },
    message: message(word, found, expected),
  });
}

export const particleAgreementCheck: SegmentCheck = {
  id: ID,
  scope: 'segment',
  run(segment, ctx) {
    const tgt = segment.targetText;
    if (!/[가-힣]/.test(tgt)) return [];
    let forms = FORMS.get(ctx.terms);
    if (!forms)
      FORMS.set(
        ctx.terms,
        (forms = glossaryForms(ctx.terms.list.filter((t) => t.term.kind !== 'DO_NOT_TRANSLATE').flatMap((t) => t.targets))),
      );
    const issues: QaIssue[] = [];
    const claimed = new Set<number>();
    // Where glossary words sit: a name ending in 은 (김지은 교수) is no noun + particle.
    const covered: { start: number; end: number }[] = [];
    for (const word of knownWords(segment.sourceText, forms)) {
      for (const span of findAllLiteral(word, tgt)) {
        covered.push(span);
        if (claimed.has(span.end)) continue;
        // 한국콘텐츠진흥원(KOCCA)가: the particle after a bracketed acronym or Latin gloss agrees with
        // the word before the brackets, as it is read (진흥원이), not with the Latin.
        const gloss = tgt[span.end] === '(' ? LATIN_GLOSS.exec(tgt.slice(span.end, span.end + 40)) : null;
        const after = span.end + (gloss ? gloss[0].length : 0);
        if (!/[가-힣]/.test(tgt[after] ?? '')) continue;
        claimed.add(span.end);
        const mismatch = checkStackedParticleAfter(word, tgt.slice(after, after + 8));
        if (!mismatch) continue;
        issues.push(issue(word, mismatch.found, mismatch.expected, span.start, after + mismatch.end, ctx.locale));
      }
    }
    // Only the glossary issues can overlap a noun's. Both tests are lookups by position, linear on a
    // long run of glossary words and mismatches (coverEnd, flaggedChars below).
    const glossaryCount = issues.length;
    let ends: Int32Array | null = null;
    let flagged: Uint8Array | null = null;
    for (const m of findNounParticleMismatches(
      tgt,
      ctx.isNoun ?? nounLookup([tgt]),
      ctx.byParticles ?? particleEvidence([tgt]),
      ctx.docText?.() ?? tgt,
      segment.sourceText,
    )) {
      if (claimed.has(m.start + m.stem.length)) continue;
      if (covered.length && (ends ??= coverEnd(covered, tgt.length))[m.start]! >= m.end) continue;
      if (glossaryCount && anyFlagged((flagged ??= flaggedChars(issues, glossaryCount, tgt.length)), m.start, m.end)) continue;
      issues.push(issue(m.stem, m.found, m.expected, m.start, m.end, ctx.locale));
    }
    glossedParticles(tgt, claimed, issues, ctx.locale);
    for (const c of [
      ...copulaSlips(tgt),
      ...quotedCopulaSlips(tgt),
      ...quotedOpenCopulaSlips(tgt),
      ...presentCopulaSlips(tgt),
      ...percentCopulaSlips(tgt),
      ...bareQuotativeCopulaSlips(tgt),
    ])
      issues.push(issue(c.stem, c.found, c.expected, c.start, c.end, ctx.locale));
    latinParticles(tgt, issues, ctx.locale);
    for (const n of [...numberParticleSlips(tgt), ...naAfterClosed(tgt)])
      issues.push(issue(n.word, n.found, n.expected, n.start, n.end, ctx.locale));
    for (const r of roleSseoSlips(tgt)) {
      const wrong = r.word + r.found;
      const right = r.word + r.expected;
      issues.push(
        makeIssue(ID, ctx.locale, {
          severity: 'warning',
          key: wrong,
          targetSpan: { start: r.start, end: r.end },
          message: {
            en: `${q(wrong)}: 로써 means “by means of”; a person’s capacity takes 로서: write ${q(right)}.`,
            ko: `${q(wrong)}: ‘로써’는 수단·도구를 나타냅니다. 사람의 자격·지위에는 ‘로서’를 써서 ${q(right)}${particleFor(right, PARTICLE_PAIRS.direction)} 쓰세요.`,
          },
        }),
      );
    }
    for (const v of verbParticleSlips(tgt)) {
      const wrong = tgt.slice(v.start, v.end);
      const right = wrong.slice(0, wrong.length - v.found.length) + v.expected;
      const why =
        v.reason === 'duration-subject'
          ? {
              en: 'a duration is the subject of 걸리다 (to take time), not its object',
              ko: '걸리다의 걸린 시간은 목적어가 아니라 주어입니다',
            }
          : { en: 'the pronoun 저 becomes 제 before the subject particle 가', ko: '대명사 ‘저’는 주격 조사 ‘가’ 앞에서 ‘제’가 됩니다' };
      issues.push(
        makeIssue(ID, ctx.locale, {
          severity: 'warning',
          key: wrong,
          targetSpan: { start: v.start, end: v.end },
          message: {
            en: `${q(wrong)}: ${why.en}; write ${q(right)}.`,
            ko: `${q(wrong)}: ${why.ko}. ${q(right)}${particleFor(right, PARTICLE_PAIRS.direction)} 쓰세요.`,
          },
        }),
      );
    }
    codeNumberParticles(tgt, issues, ctx.locale);
    unitSymbolParticles(tgt, issues, ctx.locale);
    return uniqueKeys(issues);
  },
};

// A particle stacked on 으로/로 or 과/와 (으로부터, 로까지, 과의, 와는): the first particle agrees with the
// word as it does alone (에너지으로부터 → 에너지로부터, 정부과의 → 정부와의); the second is the same either way.
const STACKED_RE = /^(으로|로|과|와)(부터|까지|만|는|도|의)(?=$|[\s\p{P}\p{S}])/u;
function checkStackedParticleAfter(word: string, following: string): { found: string; expected: string; end: number } | null {
  const plain = checkParticleAfter(word, following);
  if (plain) return plain;
  const m = STACKED_RE.exec(following);
  if (!m) return null;
  const first = checkParticleAfter(word, m[1]! + ' ');
  if (!first) return null;
  return { found: m[0], expected: first.expected + m[2]!, end: m[0].length };
}

/** The furthest end of a span starting at or before each position (a span inside one ends no later). */
function coverEnd(spans: readonly { start: number; end: number }[], length: number): Int32Array {
  const out = new Int32Array(length + 1).fill(-1);
  for (const c of spans) if (c.end > out[c.start]!) out[c.start] = c.end;
  for (let i = 1; i <= length; i++) if (out[i - 1]! > out[i]!) out[i] = out[i - 1]!;
  return out;
}

/** The characters the first `count` issues span. */
function flaggedChars(issues: readonly QaIssue[], count: number, length: number): Uint8Array {
  const out = new Uint8Array(length + 1);
  for (let k = 0; k < count; k++) {
    const span = issues[k]!.targetSpan;
    if (span) out.fill(1, span.start, span.end);
  }
  return out;
}

function anyFlagged(flagged: Uint8Array, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (flagged[k]) return true;
  return false;
}

// Any Korean word with a Latin gloss in brackets and a particle after them (테더(USDT)로, 지수(index)는):
// the particle agrees with the Korean word, as it is read, not with the Latin — as for glossary
// words above, which claimed their brackets first.
const GLOSSED_RE = /([가-힣]{2,})[(（]([A-Za-z][A-Za-z0-9&.\- ]{0,36})[)）](?=[가-힣])/g;
function glossedParticles(tgt: string, claimed: ReadonlySet<number>, issues: QaIssue[], locale: QaLocale): void {
  if (!/[)）][가-힣]/.test(tgt)) return;
  // The particle-nouns pass may have judged the same word already, across its brackets.
  const flagged = issues.length ? flaggedChars(issues, issues.length, tgt.length) : null;
  for (const m of tgt.matchAll(GLOSSED_RE)) {
    const word = m[1]!;
    const wordEnd = m.index! + word.length;
    const after = m.index! + m[0].length;
    if (claimed.has(wordEnd) || (flagged && anyFlagged(flagged, after, after + 1))) continue;
    const mismatch = checkStackedParticleAfter(word, tgt.slice(after, after + 8));
    if (mismatch) issues.push(issue(word, mismatch.found, mismatch.expected, m.index!, after + mismatch.end, locale));
  }
}

// Capital acronyms and units after a number with a particle glued to them: WMO은 → WMO는 (오),
// 7.5m을 → 7.5m를 (미터), ICBM를 → ICBM을 (엠). Judged only where Korean reads the end one way
// (latinFinals); a Latin word in mixed case or with digits is left alone.
const LATIN_RE = /[A-Za-z]+(?=[가-힣])/g;
function latinParticles(tgt: string, issues: QaIssue[], locale: QaLocale): void {
  if (!/[A-Za-z][가-힣]/.test(tgt)) return;
  for (const m of tgt.matchAll(LATIN_RE)) {
    const token = m[0];
    const start = m.index!;
    const before = tgt[start - 1] ?? '';
    if (/[A-Za-z&.\-]/.test(before)) continue;
    const unit = /\d[만억천조]?$/.test(tgt.slice(Math.max(0, start - 2), start));
    const finals = latinFinals(token, unit);
    if (!finals) continue;
    const end = start + token.length;
    const mismatch = checkParticleAfterFinals(finals, tgt.slice(end, end + 8));
    if (!mismatch) continue;
    const word = unit ? (/[\d.,]+[만억천조]?$/.exec(tgt.slice(Math.max(0, start - 24), start))?.[0] ?? '') + token : token;
    issues.push(issue(word, mismatch.found, mismatch.expected, end - word.length, end + mismatch.end, locale));
  }
}

// A code of capital letters and three digits or more (R290, A380, B737): Korean reads the digits in
// Korean, one by one or as a number (알이구공, 에이삼팔공, 비칠삼칠), and both readings end alike — on
// the last digit's own name, or on a closed 공/십/백/천 after a 0. R290를 → R290을, A380를 → A380을.
// Fewer digits (G20, F-35) are often read in English (지트웬티) and stay unjudged.
// (공's ㅇ takes the particles any closed final but ㄹ takes: written as ㄴ, a final checkParticleAfterFinals reads.)
const CODE_DIGIT_FINAL = ['ㄴ', 'ㄹ', '', 'ㅁ', '', '', 'ㄱ', 'ㄹ', 'ㄹ', ''];
const CODE_RE = /(?<![A-Za-z0-9.,\-])[A-Z]{1,4}-?(\d{3,6})(?=[가-힣])/g;
function codeNumberParticles(tgt: string, issues: QaIssue[], locale: QaLocale): void {
  if (!/[A-Z]-?\d{3}/.test(tgt)) return;
  for (const m of tgt.matchAll(CODE_RE)) {
    const digits = m[1]!;
    const final = CODE_DIGIT_FINAL[Number(digits[digits.length - 1])]!;
    const end = m.index! + m[0].length;
    const mismatch = checkParticleAfterFinals([final], tgt.slice(end, end + 8));
    if (mismatch) issues.push(issue(m[0], mismatch.found, mismatch.expected, m.index!, end + mismatch.end, locale));
  }
}

// Unit symbols of their own (CJK compatibility squares) after a number, with a particle glued on:
// 82.1㎞을 → 82.1㎞를 (킬로미터), 3㎏를 → 3㎏을 (킬로그램), 30℃을 → 30℃를 (도). The particle agrees with the unit as
// it is read.
const UNIT_SYMBOL_FINALS: Record<string, string[]> = {
  '㎞': [''], // 킬로미터
  '㎝': [''], // 센티미터
  '㎜': [''], // 밀리미터
  '㎡': [''], // 제곱미터
  '㎢': [''], // 제곱킬로미터
  '㎥': [''], // 세제곱미터
  '㎖': [''], // 밀리리터
  ℓ: [''], // 리터
  '㎘': [''], // 킬로리터
  '㎾': [''], // 킬로와트
  '㎿': [''], // 메가와트
  '㏊': [''], // 헥타르
  '㎏': ['ㅁ'], // 킬로그램
  '㎎': ['ㅁ'], // 밀리그램
  '㎍': ['ㅁ'], // 마이크로그램
  '㏄': [''], // 시시
  '℃': [''], // 도
  '℉': [''], // 도
  '°C': [''], // 도
  '°F': [''], // 도
  '‰': ['ㄹ'], // 퍼밀
};
const UNIT_SYMBOL_RE = /[\d.,]*\d\s?([㎞㎝㎜㎡㎢㎥㎖ℓ㎘㎾㎿㏊㎏㎎㎍㏄℃℉‰]|°[CF])(?=[가-힣])/g;
function unitSymbolParticles(tgt: string, issues: QaIssue[], locale: QaLocale): void {
  if (!/(?:[㎞㎝㎜㎡㎢㎥㎖ℓ㎘㎾㎿㏊㎏㎎㎍㏄℃℉‰]|°[CF])[가-힣]/.test(tgt)) return;
  for (const m of tgt.matchAll(UNIT_SYMBOL_RE)) {
    const end = m.index! + m[0].length;
    const mismatch = checkParticleAfterFinals(UNIT_SYMBOL_FINALS[m[1]!]!, tgt.slice(end, end + 8));
    if (mismatch) issues.push(issue(m[0], mismatch.found, mismatch.expected, m.index!, end + mismatch.end, locale));
  }
}
