// A pass of the phrase-consistency check: a body of the glossary (the Korean Rice Farmers' Union →
// 전국쌀농민연합) written elsewhere in the document, and in one segment by the same name with its
// last word, the kind of body, swapped for another (전국쌀농민연대, 한국소비자협회 for 한국소비자연맹):
// the name recalled wrong. Only where that segment's English names the body's kind (the union's
// chairman): the same body, not another group that shares the front of its name.
import { makeIssue, q } from './shared';
import type { QaIssue, QaLocale } from './types';
import type { CompiledTerms } from './term-matching';
import { ID } from './phrase-issue';

// Two-syllable words that end the names of bodies (a union, an alliance, an association, a foundation …).
const BODY_ENDS = new Set(
  '연합 연대 연맹 동맹 협회 협의 조합 재단 학회 공사 공단 본부 센터 포럼 모임 단체 회의 총회 의회 위원 기구 학교 법인'.split(' '),
);

export function bodyEndFindings(
  segments: readonly { id: string; sourceText: string; targetText: string }[],
  terms: CompiledTerms | undefined,
): { segmentId: string; variant: string; usual: string; start: number; english: string; related: string }[] {
  const out: { segmentId: string; variant: string; usual: string; start: number; english: string; related: string }[] = [];
  if (!terms?.list.length) return out;
  const targets = new Set(terms.list.flatMap((t) => t.targets));
  for (const t of terms.list) {
    if (t.term.kind === 'NAME') continue;
    // The English word naming the kind of body (Union), the term's last word.
    const kind = t.term.source.match(/([A-Za-z]{4,})\W*$/)?.[1]?.toLowerCase();
    if (!kind) continue;
    const kindRe = new RegExp(`(?<![A-Za-z])${kind}`, 'i');
    for (const target of t.targets) {
      if (target.length < 5 || /\s/.test(target) || !BODY_ENDS.has(target.slice(-2))) continue;
      const with_ = segments.find((s) => s.targetText.includes(target));
      if (!with_) continue;
      const front = target.slice(0, -2);
      for (const s of segments) {
        if (s === with_ || s.targetText.includes(target) || !kindRe.test(s.sourceText)) continue;
        let at = s.targetText.indexOf(front);
        while (at >= 0) {
          const variant = s.targetText.slice(at, at + target.length);
          const before = at > 0 ? s.targetText[at - 1]! : ' ';
          if (!/[가-힣]/.test(before) && BODY_ENDS.has(variant.slice(-2)) && variant !== target && !targets.has(variant)) {
            out.push({ segmentId: s.id, variant, usual: target, start: at, english: t.term.source, related: with_.id });
            break;
          }
          at = s.targetText.indexOf(front, at + front.length);
        }
      }
    }
  }
  return out;
}

export function bodyEndPass(
  segments: readonly { id: string; sourceText: string; targetText: string }[],
  terms: CompiledTerms | undefined,
  out: Map<string, QaIssue[]>,
  locale: QaLocale,
): void {
  for (const f of bodyEndFindings(segments, terms)) {
    const list = out.get(f.segmentId) ?? [];
    if (list.some((i) => i.targetSpan?.start === f.start)) continue;
    list.push(
      makeIssue(ID, locale, {
        severity: 'warning',
        key: f.english.toLowerCase(),
        targetSpan: { start: f.start, end: f.start + f.variant.length },
        relatedSegmentId: f.related,
        message: {
          en: `${q(f.english)} is written ${q(f.variant)} here but ${q(f.usual)} elsewhere in the document (the glossary's name).`,
          ko: `${q(f.english)}: 여기서는 ${q(f.variant)}, 문서의 다른 곳과 용어집에서는 ${q(f.usual)}입니다.`,
        },
      }),
    );
    out.set(f.segmentId, list);
  }
}
