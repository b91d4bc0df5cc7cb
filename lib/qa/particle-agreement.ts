// Korean particles after glossary names and terms must agree with the final syllable of the Korean
// form: 권정근는 → 권정근은, 세계식량계획를 → 세계식량계획을, 서울으로 → 서울로. Only words whose end
// we know are checked — glossary targets and Hangul glosses the source itself gives in
// parentheses ("Kwon Jong-gun(권정근)") — because the end of an arbitrary Korean word cannot be
// told from the particle that follows it.
import type { SegmentCheck } from './check';
import { makeIssue, q, findAllLiteral, uniqueKeys } from './shared';
import type { QaIssue } from './types';
import { checkParticleAfter, PARTICLE_PAIRS, pickParticle } from '../names/particles';

const ID = 'particle-agreement';
const GLOSS_RE = /[A-Za-z.\-]\s?[(（]([가-힣]{2,8})[)）]/g;

function knownWords(sourceText: string, glossaryForms: string[]): string[] {
  // One-syllable forms (북, 한) occur inside too many other words to judge what follows them.
  const words = new Set(glossaryForms.filter((w) => w.length >= 2 && /[가-힣\d]$/.test(w)));
  for (const m of sourceText.matchAll(GLOSS_RE)) words.add(m[1]!);
  // Longest first: a longer form claims its particle before a shorter form inside it can.
  return [...words].sort((a, b) => b.length - a.length);
}

export const particleAgreementCheck: SegmentCheck = {
  id: ID,
  scope: 'segment',
  run(segment, ctx) {
    const tgt = segment.targetText;
    if (!/[가-힣]/.test(tgt)) return [];
    const forms = ctx.terms.list.filter((t) => t.term.kind !== 'DO_NOT_TRANSLATE').flatMap((t) => t.targets);
    const issues: QaIssue[] = [];
    const claimed = new Set<number>();
    for (const word of knownWords(segment.sourceText, forms)) {
      for (const span of findAllLiteral(word, tgt)) {
        if (claimed.has(span.end)) continue;
        claimed.add(span.end);
        const mismatch = checkParticleAfter(word, tgt.slice(span.end, span.end + 8));
        if (!mismatch) continue;
        const wrong = word + mismatch.found;
        const right = word + mismatch.expected;
        issues.push(
          makeIssue(ID, ctx.locale, {
            severity: 'warning',
            key: wrong,
            targetSpan: { start: span.start, end: span.end + mismatch.end },
            message: {
              en: `Particle does not agree with ${q(word)}: write ${q(right)}, not ${q(wrong)}.`,
              ko: `${q(word)}에 붙은 조사가 맞지 않습니다. ${q(wrong)} 대신 ${q(right)}${pickParticle(right, PARTICLE_PAIRS.direction)} 쓰세요.`,
            },
          }),
        );
      }
    }
    return uniqueKeys(issues);
  },
};
