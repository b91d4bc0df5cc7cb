// Korean particles must agree with the final syllable of the word they follow: 권정근는 → 권정근은,
// 세계식량계획를 → 세계식량계획을, 서울으로 → 서울로, 김 위원장는 → 김 위원장은, 합의을 → 합의를.
// Glossary targets and Hangul glosses the source gives in parentheses ("Kwon Jong-gun(권정근)")
// are checked first, by their known form; every other word through particle-nouns.ts, which
// only judges endings that cannot belong to a verb or a longer noun.
import type { SegmentCheck } from './check';
import { makeIssue, q, findAllLiteral, uniqueKeys } from './shared';
import type { QaIssue, QaLocale } from './types';
import { checkParticleAfter, PARTICLE_PAIRS, particleFor } from '../names/particles';
import { findNounParticleMismatches, nounLookup, particleEvidence } from './particle-nouns';

const ID = 'particle-agreement';
const GLOSS_RE = /[A-Za-z.\-]\s?[(（]([가-힣]{2,8})[)）]/g;

// The glossary's Korean forms, once per compiled glossary (not once per segment).
const FORMS = new WeakMap<object, string[]>();

function knownWords(sourceText: string, glossaryForms: string[]): string[] {
  // One-syllable forms (북, 한) occur inside too many other words to judge what follows them.
  const words = new Set(glossaryForms.filter((w) => w.length >= 2 && /[가-힣\d]$/.test(w)));
  for (const m of sourceText.matchAll(GLOSS_RE)) words.add(m[1]!);
  // Longest first: a longer form claims its particle before a shorter form inside it can.
  return [...words].sort((a, b) => b.length - a.length);
}

function issue(word: string, found: string, expected: string, start: number, end: number, locale: QaLocale): QaIssue {
  const wrong = word + found;
  const right = word + expected;
  return makeIssue(ID, locale, {
    severity: 'warning',
    key: wrong,
    targetSpan: { start, end },
    message: {
      en: `Particle does not agree with ${q(word)}: write ${q(right)}, not ${q(wrong)}.`,
      ko: `${q(word)}에 붙은 조사가 맞지 않습니다. ${q(wrong)} 대신 ${q(right)}${particleFor(right, PARTICLE_PAIRS.direction)} 쓰세요.`,
    },
  });
}

export const particleAgreementCheck: SegmentCheck = {
  id: ID,
  scope: 'segment',
  run(segment, ctx) {
    const tgt = segment.targetText;
    if (!/[가-힣]/.test(tgt)) return [];
    let forms = FORMS.get(ctx.terms);
    if (!forms) FORMS.set(ctx.terms, (forms = ctx.terms.list.filter((t) => t.term.kind !== 'DO_NOT_TRANSLATE').flatMap((t) => t.targets)));
    const issues: QaIssue[] = [];
    const claimed = new Set<number>();
    // Where glossary words sit: a name ending in 은 (김지은 교수) is no noun + particle.
    const covered: { start: number; end: number }[] = [];
    for (const word of knownWords(segment.sourceText, forms)) {
      for (const span of findAllLiteral(word, tgt)) {
        covered.push(span);
        if (claimed.has(span.end)) continue;
        // 세계식량계획(WFP)를: a gloss after the word leaves its particle to the noun pass below.
        if (!/[가-힣]/.test(tgt[span.end] ?? '')) continue;
        claimed.add(span.end);
        const mismatch = checkParticleAfter(word, tgt.slice(span.end, span.end + 8));
        if (!mismatch) continue;
        issues.push(issue(word, mismatch.found, mismatch.expected, span.start, span.end + mismatch.end, ctx.locale));
      }
    }
    // Only the glossary issues can overlap a noun's: linear on a long run of mismatches.
    const glossaryIssues = issues.slice();
    for (const m of findNounParticleMismatches(
      tgt,
      ctx.isNoun ?? nounLookup([tgt]),
      ctx.byParticles ?? particleEvidence([tgt]),
      ctx.docText?.() ?? tgt,
      segment.sourceText,
    )) {
      if (
        claimed.has(m.start + m.stem.length) ||
        covered.some((c) => c.start <= m.start && m.end <= c.end) ||
        glossaryIssues.some((i) => i.targetSpan && i.targetSpan.start < m.end && m.start < i.targetSpan.end)
      )
        continue;
      issues.push(issue(m.stem, m.found, m.expected, m.start, m.end, ctx.locale));
    }
    return uniqueKeys(issues);
  },
};
