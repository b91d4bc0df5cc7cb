// Stray spaces in the target: leading, trailing, or doubled inside the text. Double spaces that the
// source also has are left alone (some sources align columns with them).
import type { SegmentCheck } from './check';
import { makeIssue } from './shared';
import type { QaIssue } from './types';

const ID = 'whitespace';
const SPACE = '[ \\t\\u00a0\\u3000]';
const LEADING = new RegExp(`^${SPACE}+`);
const TRAILING = new RegExp(`${SPACE}+$`);
const DOUBLE = new RegExp(`${SPACE}{2,}`, 'g');

export const whitespaceCheck: SegmentCheck = {
  id: ID,
  scope: 'segment',
  run(segment, ctx) {
    const tgt = segment.targetText;
    const issues: QaIssue[] = [];
    const lead = LEADING.exec(tgt);
    if (lead) {
      issues.push(
        makeIssue(ID, ctx.locale, {
          severity: 'warning',
          key: 'leading',
          targetSpan: { start: 0, end: lead[0].length },
          message: { en: 'The translation starts with a space.', ko: '번역문이 공백으로 시작합니다.' },
        }),
      );
    }
    const trail = TRAILING.exec(tgt);
    if (trail && trail.index > 0) {
      issues.push(
        makeIssue(ID, ctx.locale, {
          severity: 'warning',
          key: 'trailing',
          targetSpan: { start: trail.index, end: tgt.length },
          message: { en: 'The translation ends with a space.', ko: '번역문이 공백으로 끝납니다.' },
        }),
      );
    }
    if (!new RegExp(DOUBLE.source).test(segment.sourceText.trim())) {
      const inner = tgt.trim();
      const offset = tgt.indexOf(inner);
      const double = new RegExp(DOUBLE.source).exec(inner);
      if (double) {
        issues.push(
          makeIssue(ID, ctx.locale, {
            severity: 'warning',
            key: 'double',
            targetSpan: { start: offset + double.index, end: offset + double.index + double[0].length },
            message: { en: 'The translation contains a double space.', ko: '번역문에 공백이 두 번 연달아 있습니다.' },
          }),
        );
      }
    }
    return issues;
  },
};
