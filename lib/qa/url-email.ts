// URLs and e-mail addresses must come through unchanged (Xbench's "URL mismatch"): one in the
// source that the target lacks is an error; one in the target the source lacks is a warning (a
// changed address or a link the translator added). Trailing sentence punctuation is not part of an
// address (“see example.org/report.”), and http/https, a trailing slash and letter case in the host
// do not count as differences.
import type { SegmentCheck } from './check';
import { makeIssue, q } from './shared';
import { particleFor, PARTICLE_PAIRS } from '../names/particles';
import type { QaIssue, Span } from './types';

const ID = 'url-email';
// Cheap guard before the regex: most segments hold no address.
const MAYBE = /:\/\/|www\.|@/;
const ADDRESS_RE = /\bhttps?:\/\/[^\s<>"“”‘’()（）]+|\bwww\.[^\s<>"“”‘’()（）]+|[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;

interface Address extends Span {
  text: string;
  norm: string;
}

/** http/https, a trailing slash and the host's letter case do not make two addresses differ. */
function normalise(a: string): string {
  let s = a.replace(/^https?:\/\//i, '').replace(/\/+$/, '');
  const slash = s.indexOf('/');
  s = slash < 0 ? s.toLowerCase() : s.slice(0, slash).toLowerCase() + s.slice(slash);
  return s;
}

export function findAddresses(text: string): Address[] {
  if (!MAYBE.test(text)) return [];
  const out: Address[] = [];
  for (const m of text.matchAll(ADDRESS_RE)) {
    // Sentence punctuation after an address belongs to the sentence.
    const raw = m[0].replace(/[.,;:!?。]+$/, '');
    if (raw.length < 5) continue;
    out.push({ text: raw, norm: normalise(raw), start: m.index!, end: m.index! + raw.length });
  }
  return out;
}

export const urlEmailCheck: SegmentCheck = {
  id: ID,
  scope: 'segment',
  run(segment, ctx) {
    const src = findAddresses(segment.sourceText);
    const tgt = findAddresses(segment.targetText);
    if (src.length === 0 && tgt.length === 0) return [];
    const issues: QaIssue[] = [];
    const inTarget = new Set(tgt.map((a) => a.norm));
    const inSource = new Set(src.map((a) => a.norm));
    const reported = new Set<string>();
    for (const a of src) {
      if (inTarget.has(a.norm) || reported.has(`missing:${a.norm}`)) continue;
      reported.add(`missing:${a.norm}`);
      const email = a.text.includes('@') && !a.text.includes('/');
      issues.push(
        makeIssue(ID, ctx.locale, {
          severity: 'error',
          key: `missing:${a.norm}`,
          sourceSpan: { start: a.start, end: a.end },
          message: email
            ? {
                en: `The e-mail address ${q(a.text, 60)} is missing or changed in the translation.`,
                ko: `이메일 주소 ${q(a.text, 60)}${particleFor(a.text, PARTICLE_PAIRS.subject)} 번역문에 없거나 바뀌었습니다.`,
              }
            : {
                en: `The URL ${q(a.text, 60)} is missing or changed in the translation.`,
                ko: `URL ${q(a.text, 60)}${particleFor(a.text, PARTICLE_PAIRS.subject)} 번역문에 없거나 바뀌었습니다.`,
              },
        }),
      );
    }
    for (const a of tgt) {
      if (inSource.has(a.norm) || reported.has(`extra:${a.norm}`)) continue;
      reported.add(`extra:${a.norm}`);
      issues.push(
        makeIssue(ID, ctx.locale, {
          severity: 'warning',
          key: `extra:${a.norm}`,
          targetSpan: { start: a.start, end: a.end },
          message: {
            en: `The address ${q(a.text, 60)} in the translation is not in the source.`,
            ko: `번역문의 주소 ${q(a.text, 60)}${particleFor(a.text, PARTICLE_PAIRS.topic)} 원문에 없습니다.`,
          },
        }),
      );
    }
    return issues;
  },
};
