// The missing-name check's issues for Chinese and Japanese names (foreign-names.ts): missing, or
// written otherwise than the standard Hangul form (셴젠 for Shenzhen → 선전).
import { foreignNameIn, type ForeignName } from './foreign-names';
import { makeIssue, q } from './shared';
import type { QaIssue, QaLocale } from './types';
import { particleFor, PARTICLE_PAIRS } from '../names/particles';

export function foreignNameIssue(name: ForeignName, tgt: string, locale: QaLocale): QaIssue[] {
  const v = foreignNameIn(name, tgt);
  if (v.kind === 'present') return [];
  const ko = name.forms[0]!;
  const sourceSpan = { start: name.start, end: name.end };
  if (v.kind === 'missing')
    return [
      makeIssue('missing-name', locale, {
        severity: 'warning',
        key: name.source,
        sourceSpan,
        message: {
          en: `The name ${q(name.source)} may be missing from the translation (perhaps ${q(ko)}).`,
          ko: `이름 ${q(name.source)}${particleFor(ko, PARTICLE_PAIRS.subject)} 번역문에서 빠진 것 같습니다(예: ${q(ko)}).`,
        },
      }),
    ];
  const found = tgt.slice(v.found.start, v.found.end);
  return [
    makeIssue('missing-name', locale, {
      severity: 'warning',
      key: `spelling:${name.source}`,
      sourceSpan,
      targetSpan: v.found,
      message: {
        en: `${q(found)} for ${q(name.source)}: the standard Korean spelling is ${q(ko)}.`,
        ko: `${q(name.source)}의 표준 표기는 ${q(ko)}입니다(번역문: ${q(found)}).`,
      },
    }),
  ];
}
